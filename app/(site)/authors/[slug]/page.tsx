import type { Metadata } from "next";
import { AuthorPage, authorPageMetadata } from "@/components/site/author-page";

// Cached (ISR) on first request; see docs/architecture.md, "Caching and freshness".
export const revalidate = 600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authorPageMetadata((await params).slug, 1);
}

export default async function Page({ params }: Props) {
  return <AuthorPage slug={(await params).slug} page={1} />;
}

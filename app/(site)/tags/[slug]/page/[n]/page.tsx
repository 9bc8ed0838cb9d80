import type { Metadata } from "next";
import { TagPage, tagPageMetadata } from "@/components/site/tag-page";
import { readPathPage } from "@/lib/seo/path-page";

// Cached (ISR) on first request; see docs/architecture.md, "Caching and freshness".
export const revalidate = 600;
export function generateStaticParams(): { slug: string; n: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return tagPageMetadata(slug, readPathPage(n));
}

export default async function Page({ params }: Props) {
  const { slug, n } = await params;
  return <TagPage slug={slug} page={readPathPage(n)} />;
}

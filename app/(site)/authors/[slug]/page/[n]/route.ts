import { readPathPage } from "@/lib/seo/path-page";
import { loadAuthorPage } from "../../../load-author-page";

// Older pages of the list; cached like the first (see ../../route.ts).
export const revalidate = 600;
export function generateStaticParams(): { slug: string; n: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; n: string }> }): Promise<Response> {
  const { slug, n } = await params;
  return loadAuthorPage(slug, readPathPage(n));
}

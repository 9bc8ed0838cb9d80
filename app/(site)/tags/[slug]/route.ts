import { loadTagPage } from "../load-tag-page";

// Cached (ISR) on first request, as a whole HTML response; see docs/architecture.md,
// "Reader pages" and "Caching and freshness".
export const revalidate = 600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return loadTagPage((await params).slug, 1);
}

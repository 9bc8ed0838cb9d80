import { articlePageResponse } from "@/components/site/article-page";

// Cached (ISR) on first request, as a whole HTML response. Saves expire it at once
// (revalidatePath); capPageLifetime() keeps a cached copy from outliving the next
// scheduled publication. See docs/architecture.md, "Reader pages" and "Caching and freshness".
export const revalidate = 600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return articlePageResponse((await params).slug);
}

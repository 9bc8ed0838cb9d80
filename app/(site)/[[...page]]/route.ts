import { homePageResponse, isHomePagePath } from "@/components/site/home-page";
import { notFoundResponse } from "@/components/site/not-found-view";

// The front page (`/`) and its older pages (`/page/2`), cached (ISR) like every reader
// page and rendered on first request, never at build time (a build has no database).
// Any other path that no route claims lands here too, and gets the reader 404.
export const revalidate = 600;
export function generateStaticParams(): { page: string[] }[] {
  return [];
}

type Context = { params: Promise<{ page?: string[] }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return homePageResponse((await params).page);
}

// Other methods: a path that is no page is still "not found", not "method not allowed".
async function refuse(_request: Request, { params }: Context): Promise<Response> {
  if (!isHomePagePath((await params).page)) return notFoundResponse();
  return new Response("Only GET and HEAD are allowed here.", { status: 405, headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" } });
}
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };

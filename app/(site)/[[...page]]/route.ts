import { homePageResponse } from "@/components/site/home-page";

// The front page (`/`) and its older pages (`/page/2`), cached (ISR) like every reader
// page and rendered on first request, never at build time (a build has no database).
// Any other path that no route claims lands here too, and gets the reader 404.
export const revalidate = 600;
export function generateStaticParams(): { page: string[] }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ page?: string[] }> }): Promise<Response> {
  return homePageResponse((await params).page);
}

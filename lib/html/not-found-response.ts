import "server-only";
import { htmlResponse } from "@/lib/html/html-response";
import { NotFoundPage } from "@/components/site/not-found-page";

/** The reader 404 as a whole response: the reader routes' and the proxy's, the same bytes. */
export function notFoundResponse(): Response {
  return htmlResponse(NotFoundPage(), { status: 404 });
}

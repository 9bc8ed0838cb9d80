/** @jsxImportSource @/lib/html */
import { htmlResponse } from "@/lib/html/html-response";
import { SiteDocument } from "@/components/site/site-document";

/** The reader site's 404: the whole page, with the masthead and search. */
export function notFoundResponse(): Response {
  return htmlResponse(
    <SiteDocument meta={{ title: "Page not found", robots: "noindex" }}>
      <div className="py-16 text-center">
        <h1 className="font-serif text-3xl font-bold">Page not found</h1>
        <p className="mt-4">This page does not exist or is no longer published.</p>
        <p className="mt-4"><a href="/" className="underline">Go to the front page</a></p>
      </div>
    </SiteDocument>,
    { status: 404 },
  );
}

/** A permanent move (old article slug, renamed or merged tag). */
export function movedPermanentlyResponse(path: string): Response {
  return new Response(null, { status: 301, headers: { Location: path } });
}

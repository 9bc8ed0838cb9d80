/** @jsxImportSource @/lib/html */
import type { SafeHtml } from "@/lib/html/safe-html";
import { SiteDocument } from "@/components/site/site-document";

/** The reader site's 404: the whole page, with the masthead and search. */
export function NotFoundPage(): SafeHtml {
  return (
    <SiteDocument meta={{ title: "Page not found", robots: "noindex" }}>
      <div className="py-16 text-center">
        <h1 className="font-serif text-3xl font-bold">Page not found</h1>
        <p className="mt-4">This page does not exist or is no longer published.</p>
        <p className="mt-4"><a href="/" className="underline">Go to the front page</a></p>
      </div>
    </SiteDocument>
  );
}

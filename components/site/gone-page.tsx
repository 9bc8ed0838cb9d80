/** @jsxImportSource @/lib/html */
import type { SafeHtml } from "@/lib/html/safe-html";
import { SiteDocument } from "@/components/site/site-document";

/** The page of an article whose end time has passed (issue 13): answered 410 Gone. */
export function GonePage({ headline }: { headline: string }): SafeHtml {
  return (
    <SiteDocument meta={{ title: "No longer available", robots: "noindex" }}>
      <div className="py-16 text-center">
        <h1 className="font-serif text-3xl font-bold">This article is no longer available</h1>
        <p className="mt-4">“{headline}” has been removed from this site, for example because the rights to publish it have ended.</p>
        <p className="mt-4"><a href="/" className="underline">Go to the front page</a></p>
      </div>
    </SiteDocument>
  );
}

/** @jsxImportSource @/lib/html */
import type { SafeHtml } from "@/lib/html/safe-html";
import type { PageMeta } from "@/lib/seo/page-meta";
import { SiteDocument } from "@/components/site/site-document";
import { LiveView, type LiveViewProps } from "@/components/site/live-view";

/** A live article (/articles/[slug] with coverage, and its /live pages): the whole document. */
export function LivePage({ meta, view, script }: { meta: PageMeta; view: LiveViewProps; script: string | null }): SafeHtml {
  return (
    <SiteDocument meta={meta} script={script ?? undefined}>
      <LiveView {...view} />
    </SiteDocument>
  );
}

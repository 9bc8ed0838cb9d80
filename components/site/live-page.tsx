/** @jsxImportSource @/lib/html */
import type { SafeHtml } from "@/lib/html/safe-html";
import type { PageMeta } from "@/lib/seo/page-meta";
import { SiteDocument } from "@/components/site/site-document";
import type { CurrentSection } from "@/components/site/section-nav";
import { LiveView, type LiveViewProps } from "@/components/site/live-view";

/**
 * A live article (/articles/[slug] with coverage, and its /live pages): the whole document.
 * `meta.scripts` holds the embed loader when the page shows embeds; `script` the live updates.
 */
export function LivePage({ meta, view, script, section }: { meta: PageMeta; view: LiveViewProps; script: string | null; section?: CurrentSection }): SafeHtml {
  return (
    <SiteDocument meta={meta} script={script ?? undefined} section={section}>
      <LiveView {...view} />
    </SiteDocument>
  );
}

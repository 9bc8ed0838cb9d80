/** @jsxImportSource @/lib/html */
import type { SafeHtml } from "@/lib/html/safe-html";
import { BANNER_LABEL, type SiteBanner } from "@/lib/site-chrome/types";

const STYLE_CLASS = {
  breaking: "bg-red-700 text-white",
  developing: "bg-amber-300 text-neutral-950",
  live: "bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-950",
} as const;

// The breaking-news banner (issue 13): plain HTML on every reader page, no script. A
// status region, so a screen reader announces it politely rather than interrupting.
export function SiteBannerBar({ banner }: { banner: SiteBanner }): SafeHtml {
  const label = BANNER_LABEL[banner.style];
  return (
    <div role="status" aria-live="polite" data-banner={banner.style} className={`${STYLE_CLASS[banner.style]} print:hidden`}>
      <p className="mx-auto flex max-w-5xl flex-wrap items-baseline gap-x-3 px-4 py-2 text-sm sm:text-base">
        <strong className="font-bold uppercase tracking-wide">{label}</strong>
        {banner.href ? <a href={banner.href} className="font-semibold underline underline-offset-2">{banner.text}</a> : <span className="font-semibold">{banner.text}</span>}
      </p>
    </div>
  );
}

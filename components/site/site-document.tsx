/** @jsxImportSource @/lib/html */
import type { Child } from "@/lib/html/jsx-runtime";
import { trustedHtml, type SafeHtml } from "@/lib/html/safe-html";
import { siteStylesheetHref } from "@/lib/html/site-stylesheet";
import { serializeJsonLd } from "@/lib/seo/json-ld";
import type { PageMeta } from "@/lib/seo/page-meta";
import { documentTitle } from "@/lib/seo/article-appearance";
import { siteName } from "@/lib/site";
import { currentSiteChrome } from "@/lib/site-chrome/snapshot";
import { bannerAt } from "@/lib/site-chrome/types";
import { SiteBannerBar } from "@/components/site/site-banner";
import { SectionNav, type CurrentSection } from "@/components/site/section-nav";

// The whole reader page: head (title, description, canonical, feeds, social cards,
// structured data, the one stylesheet), the masthead with search, and the footer.
// No script runs on reader pages, except same-origin files a page asks for: the embed
// loader on a page with embeds (`meta.scripts`, issue 15) and the live updates on a running
// live page (`script`, issue 14); each response's policy allows exactly those.
// The banner, name, logo, icon and section menu are the site chrome an editor or admin
// sets (issue 13): the route loaded it before rendering (capPageLifetime → loadSiteChrome).
// `section` is the section the page belongs to (marked in the menu).
export function SiteDocument({ meta, children, script, section }: { meta: PageMeta; children?: Child; script?: string; section?: CurrentSection }): SafeHtml {
  const chrome = currentSiteChrome();
  const banner = bannerAt(chrome, new Date());
  const iconVersion = `?v=${chrome.identityVersion}`;
  const title = documentTitle(meta.title, siteName());
  const feeds = meta.feeds ?? [{ href: "/feed.xml", title: siteName() }];
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {meta.description ? <meta name="description" content={meta.description} /> : null}
        {meta.robots ? <meta name="robots" content={meta.robots} /> : null}
        {meta.canonical ? <link rel="canonical" href={meta.canonical} /> : null}
        {feeds.map((feed) => <link rel="alternate" type="application/rss+xml" href={feed.href} title={feed.title} />)}
        {(meta.names ?? []).map(([name, content]) => <meta name={name} content={content} />)}
        {(meta.properties ?? []).map(([property, content]) => <meta property={property} content={content} />)}
        <meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff" />
        <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#0a0a0a" />
        <link rel="icon" href={`/favicon.ico${iconVersion}`} sizes="32x32" />
        <link rel="apple-touch-icon" href={`/apple-touch-icon.png${iconVersion}`} />
        <link rel="stylesheet" href={siteStylesheetHref()} />
        {meta.jsonLd ? <JsonLd data={meta.jsonLd} /> : null}
        {[...(meta.scripts ?? []), ...(script ? [script] : [])].map((src) => <script src={src} defer />)}
      </head>
      <body className="min-h-screen font-sans">
        <a href="#main" className="skip-link">Skip to content</a>
        <header className="border-b-4 border-double border-neutral-900 dark:border-neutral-200">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-5">
            <a href="/" className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
              {chrome.logo ? <img src={chrome.logo.src} alt={siteName()} width={chrome.logo.width} height={chrome.logo.height} className="h-12 w-auto" /> : siteName()}
            </a>
            <form action="/search" method="get" role="search" className="flex gap-2 print:hidden">
              <label htmlFor="site-search" className="sr-only">Search articles</label>
              <input id="site-search" name="q" type="search" maxLength={200} placeholder="Search" className="w-36 rounded border border-neutral-500 bg-white px-2 py-1 text-sm sm:w-56 dark:bg-neutral-900" />
              <button type="submit" className="rounded border border-neutral-900 px-3 py-1 text-sm font-semibold dark:border-neutral-200">Search</button>
            </form>
          </div>
          <SectionNav sections={chrome.sections} current={section} />
        </header>
        {banner ? <SiteBannerBar banner={banner} /> : null}
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <footer className="mx-auto flex max-w-5xl flex-wrap justify-between gap-4 border-t border-neutral-300 px-4 py-6 text-sm text-neutral-700 dark:border-neutral-700 dark:text-neutral-300">
          <p>© {new Date().getFullYear()} {siteName()}</p>
          <ul className="flex gap-4 print:hidden">
            <li><a href="/search" className="underline">Search</a></li>
            <li><a href="/feed.xml" className="underline">RSS feed</a></li>
            <li><a href="/corrections" className="underline">Corrections</a></li>
          </ul>
        </footer>
      </body>
    </html>
  );
}

/** Structured data, escaped so no text inside can close the script element. */
function JsonLd({ data }: { data: unknown }): SafeHtml {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: trustedHtml(serializeJsonLd(data)) }} />;
}

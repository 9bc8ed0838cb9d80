import { hasOlderPage, listPublishedArticles } from "@/lib/articles/list-published-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { getLiveLayout } from "@/lib/fronts/get-live-layout";
import { resolveFront } from "@/lib/fronts/resolve-front";
import { defaultBlocks, sectionFrontKey } from "@/lib/fronts/schema";
import { htmlResponse } from "@/lib/html/html-response";
import { notFoundResponse } from "@/lib/html/not-found-response";
import { movedPermanentlyResponse } from "@/lib/http/moved-permanently";
import { buildListMetadata } from "@/lib/seo/article-metadata";
import { buildBreadcrumbJsonLd } from "@/lib/seo/json-ld";
import { readPathPage } from "@/lib/seo/path-page";
import { buildRss } from "@/lib/seo/build-rss";
import { feedNotFoundResponse, xmlResponse } from "@/lib/seo/xml";
import { findSectionRedirect, getSectionByPath, type PublicSection } from "@/lib/sections/get-section";
import { SECTION_DEPTH_MAX } from "@/lib/sections/schema";
import { siteName } from "@/lib/site";
import { FrontPage } from "@/components/site/front-page";
import { ListPage } from "@/components/site/list-page";

type Address = { path: string; view: { kind: "page"; page: number } | { kind: "feed" } };

/** `world/asia`, `world/asia/page/2`, `world/asia/feed.xml`; null for anything else. */
export function readSectionAddress(segments: string[]): Address | null {
  let rest = segments;
  let view: Address["view"] = { kind: "page", page: 1 };
  if (rest.at(-1) === "feed.xml") {
    view = { kind: "feed" };
    rest = rest.slice(0, -1);
  } else if (rest.length >= 3 && rest.at(-2) === "page") {
    const page = readPathPage(rest.at(-1));
    if (!page) return null;
    view = { kind: "page", page };
    rest = rest.slice(0, -2);
  }
  if (rest.length === 0 || rest.length > SECTION_DEPTH_MAX || !rest.every(isValidSlug)) return null;
  return { path: rest.join("/"), view };
}

function suffix(view: Address["view"]): string {
  if (view.kind === "feed") return "/feed.xml";
  return view.page > 1 ? `/page/${view.page}` : "";
}

/** A section's page, page n or feed; a renamed or moved section's old address answers 301. */
export async function loadSectionAddress(segments: string[]): Promise<Response> {
  const address = readSectionAddress(segments);
  if (!address) return notFoundResponse();
  const notFound = () => (address.view.kind === "feed" ? feedNotFoundResponse("section") : notFoundResponse());
  const now = new Date();
  const section = await getSectionByPath(address.path);
  if (!section) {
    const moved = await findSectionRedirect(address.path);
    return moved ? movedPermanentlyResponse(`/sections/${moved}${suffix(address.view)}`) : notFound();
  }
  if (address.view.kind === "feed") return sectionFeed(section);
  if (address.view.page === 1) return sectionFront(section, now);
  await capPageLifetime(now);
  const { articles, hasNext } = await listPublishedArticles({ sectionIds: section.subtreeIds, page: address.view.page });
  if (articles.length === 0) return notFoundResponse();
  return htmlResponse(
    ListPage({ kind: "Section", name: section.name, description: section.description, fallbackDescription: `${section.name} news from ${siteName()}.`, basePath: `/sections/${section.path}`, page: address.view.page, articles, hasNext, breadcrumbs: crumbs(section), section: { path: section.path, front: false } }),
  );
}

function crumbs(section: PublicSection) {
  return section.trail.map((s) => ({ name: s.name, href: `/sections/${s.path}` }));
}

// Page 1 is the section's front: its published layout, or the default one filled from
// the section and its subsections. Like the home page, its copy ends at the next
// scheduled article or layout.
async function sectionFront(section: PublicSection, now: Date): Promise<Response> {
  // As on the home page (app/(site)/[[...page]]/route.ts): every read starts as soon as what it needs is in.
  const layout = getLiveLayout(sectionFrontKey(section.id), now);
  const [blocks, more] = await Promise.all([
    resolveFront(layout.then((l) => l.blocks ?? defaultBlocks()), { now, scopeSectionId: section.id }),
    hasOlderPage({ sectionIds: section.subtreeIds }),
    layout.then((l) => capPageLifetime(now, l.nextLayoutAt ?? undefined)),
  ]);
  const basePath = `/sections/${section.path}`;
  const meta = {
    ...buildListMetadata({ title: section.name, description: section.description || `${section.name} news from ${siteName()}.`, path: basePath, feedPath: `${basePath}/feed.xml` }),
    jsonLd: buildBreadcrumbJsonLd(crumbs(section)),
  };
  return htmlResponse(
    FrontPage({ meta, heading: section.name, headingVisible: true, description: section.description, breadcrumbs: crumbs(section), feedPath: `${basePath}/feed.xml`, blocks, moreHref: more ? `${basePath}/page/2` : null, section: { path: section.path, front: true } }),
  );
}

async function sectionFeed(section: PublicSection): Promise<Response> {
  await capPageLifetime();
  const { articles } = await listPublishedArticles({ sectionIds: section.subtreeIds, perPage: 50 });
  const path = `/sections/${section.path}`;
  return xmlResponse(
    buildRss({ title: `${section.name} · ${siteName()}`, description: section.description || `${section.name} news from ${siteName()}.`, path, feedPath: `${path}/feed.xml` }, articles),
    "application/rss+xml",
  );
}

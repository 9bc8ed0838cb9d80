import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { CARD_SELECT, readPublicCards, toArticleCard } from "@/lib/articles/list-published-articles";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import { db, disconnectDb } from "@/lib/db";
import { getLiveLayout } from "@/lib/fronts/get-live-layout";
import { resolveFront } from "@/lib/fronts/resolve-front";
import { restoreFrontRevision, saveFront, withdrawScheduledLayout } from "@/lib/fronts/save-front";
import { sectionFrontKey, type FrontBlocks } from "@/lib/fronts/schema";
import { findSectionRedirect, getSectionByPath } from "@/lib/sections/get-section";
import { createSection, deleteSection, updateSection } from "@/lib/sections/save-section";
import { listTopSections } from "@/lib/sections/list-sections";
import { forgetSiteChrome, loadSiteChrome } from "@/lib/site-chrome/load-site-chrome";
import { SECTION_MENU_MAX } from "@/lib/site-chrome/types";
import { makeUser, uniqueSuffix } from "../support/factories";

afterAll(() => disconnectDb());

const fields = (name: string, more: { slug?: string; parentId?: string; position?: number } = {}) => ({ name, slug: more.slug ?? "", description: "", position: more.position ?? 0, parentId: more.parentId });

async function story(sectionId: string | null, minutesAgo: number, status: "PUBLISHED" | "SCHEDULED" | "DRAFT" | "UNPUBLISHED" = "PUBLISHED") {
  const suffix = uniqueSuffix();
  const publishedAt = new Date(Date.now() - minutesAgo * 60_000);
  return db.article.create({
    data: { slug: `front-${suffix}`, headline: `Story ${suffix}`, body: { type: "doc", content: [] }, status, publishedAt: status === "DRAFT" ? null : publishedAt, sectionId },
    select: { id: true, headline: true },
  });
}

const headlines = (blocks: Awaited<ReturnType<typeof resolveFront>>) => blocks.map((b) => b.articles.map((a) => a.headline));

describe("sections", () => {
  it("nests, renames and moves with redirects for every old address, and refuses cycles, depth and reporters", async () => {
    const admin = await makeUser("ADMIN");
    const s = uniqueSuffix();
    const world = await createSection(admin, fields(`World ${s}`));
    const asia = await createSection(admin, fields(`Asia ${s}`, { parentId: world.id }));
    const china = await createSection(admin, fields(`China ${s}`, { parentId: asia.id }));
    expect(china.path).toBe(`world-${s}/asia-${s}/china-${s}`);
    expect((await getSectionByPath(china.path))?.trail.map((t) => t.name)).toEqual([`World ${s}`, `Asia ${s}`, `China ${s}`]);

    await expect(createSection(admin, fields(`Beijing ${s}`, { parentId: china.id }))).rejects.toThrow("Sections nest at most 3 deep");
    await expect(updateSection(admin, world.id, fields(`World ${s}`, { parentId: china.id }))).rejects.toThrow("cannot sit inside itself");
    await expect(createSection(await makeUser("EDITOR"), fields(`Nope ${s}`))).rejects.toThrow("Only admins manage sections.");

    // Moving Asia to the top level moves China with it; both old addresses lead to the new ones.
    const moved = await updateSection(admin, asia.id, fields(`Asia ${s}`));
    expect(moved).toEqual({ path: `asia-${s}`, moved: true });
    expect(await findSectionRedirect(`world-${s}/asia-${s}`)).toBe(`asia-${s}`);
    expect(await findSectionRedirect(`world-${s}/asia-${s}/china-${s}`)).toBe(`asia-${s}/china-${s}`);
    // A new section may take over an old address, which then stops redirecting.
    await createSection(admin, fields(`Asia ${s}`, { parentId: world.id }));
    expect(await findSectionRedirect(`world-${s}/asia-${s}`)).toBeNull();
  });

  it("refuses to delete a section that still holds articles, saying how many", async () => {
    const admin = await makeUser("ADMIN");
    const section = await createSection(admin, fields(`Sport ${uniqueSuffix()}`));
    await story(section.id, 1);
    await story(section.id, 2, "DRAFT");
    await expect(deleteSection(admin, section.id)).rejects.toThrow(/still has 2 articles/);
    await db.article.deleteMany({ where: { sectionId: section.id } });
    await expect(deleteSection(admin, section.id)).resolves.toEqual({ name: expect.stringContaining("Sport") });
  });
});

describe("fronts", () => {
  it("shows only public stories: a pinned story unpublished drops out, a scheduled one appears at its time, empty places fill from the section", async () => {
    const admin = await makeUser("ADMIN");
    const section = await createSection(admin, fields(`Politics ${uniqueSuffix()}`));
    const sub = await createSection(admin, fields(`Local ${uniqueSuffix()}`, { parentId: section.id }));
    const [a, b, c] = [await story(section.id, 30), await story(sub.id, 20), await story(section.id, 10)];
    const elsewhere = await story(null, 1);
    const embargoed = await story(section.id, -5, "SCHEDULED"); // due in five minutes
    const draft = await story(section.id, 0, "DRAFT");
    const blocks: FrontBlocks = [
      { type: "lead", pick: embargoed.id },
      { type: "top", title: "Top", size: 2, picks: [draft.id, a.id] },
      { type: "river", title: "Latest", count: 5 },
    ];
    const now = new Date();
    const shown = headlines(await resolveFront(blocks, { now, scopeSectionId: section.id }));
    expect(shown).toEqual([[c.headline], [b.headline, a.headline], []]);
    expect(shown.flat()).not.toContain(elsewhere.headline);

    const later = new Date(now.getTime() + 6 * 60_000);
    expect(headlines(await resolveFront(blocks, { now: later, scopeSectionId: section.id }))).toEqual([[embargoed.headline], [c.headline, a.headline], [b.headline]]);

    await db.article.update({ where: { id: a.id }, data: { status: "UNPUBLISHED" } });
    expect(headlines(await resolveFront(blocks, { now, scopeSectionId: section.id }))).toEqual([[c.headline], [b.headline], []]);
  });

  it("a section block shows its section and subsections; a 10-block layout resolves with a fixed number of queries", async () => {
    const admin = await makeUser("ADMIN");
    const section = await createSection(admin, fields(`Arts ${uniqueSuffix()}`));
    const sub = await createSection(admin, fields(`Film ${uniqueSuffix()}`, { parentId: section.id }));
    const stories = [await story(section.id, 5), await story(sub.id, 4), await story(sub.id, 3)];
    const blocks: FrontBlocks = Array.from({ length: 10 }, () => ({ type: "section" as const, sectionId: section.id, title: "", count: 3 }));
    const queries: string[] = [];
    const resolved = await countingQueries(queries, () => resolveFront(blocks, { now: new Date(), scopeSectionId: section.id }));
    expect(resolved[0]?.articles.map((x) => x.headline)).toEqual([stories[2]!.headline, stories[1]!.headline, stories[0]!.headline]);
    // Later blocks never repeat a story shown above.
    expect(resolved.slice(1).every((block) => block.articles.length === 0)).toBe(true);
    // The section tree; one statement for the pins, the fill and every section block; the cards (bodies included, for the stories without a standfirst).
    expect(queries.length).toBe(3);
  });

  it("a front with no scope fills from the newest public stories everywhere and holds back public pins", async () => {
    // Long ago, so that stories other tests write now are not in the way.
    const now = new Date("2001-01-01T00:00:00Z");
    const s = uniqueSuffix();
    const make = (minutesAgo: number, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") =>
      db.article.create({ data: { slug: `old-${minutesAgo}-${s}`, headline: `Old ${minutesAgo} ${s}`, body: { type: "doc", content: [] }, status, publishedAt: new Date(now.getTime() - minutesAgo * 60_000) }, select: { id: true, slug: true } });
    const [, pinned, , , draft] = [await make(1), await make(2), await make(3), await make(4), await make(0.5, "DRAFT")];
    const blocks: FrontBlocks = [
      { type: "lead", pick: draft!.id },
      { type: "river", title: "Latest", count: 2 },
      { type: "picks", title: "Picks", picks: [pinned!.id, draft!.id] },
    ];
    const newest = await db.article.findMany({ where: publicArticleWhere(now), orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take: 4, select: { slug: true } });
    const fill = newest.map((a) => a.slug).filter((slug) => slug !== pinned!.slug);
    const resolved = await resolveFront(blocks, { now });
    expect(resolved.map((b) => b.articles.map((a) => a.slug))).toEqual([[fill[0]], [fill[1], fill[2]], [pinned!.slug]]);
  });

  it("reads its cards in one SQL statement that gives exactly the cards of the Prisma read (bylines and tags in order, image, LIVE, summary from the body)", async () => {
    const [first, second] = [await makeUser("REPORTER"), await makeUser("REPORTER")];
    const s = uniqueSuffix();
    const [tagA, tagB] = [await db.tag.create({ data: { name: `Zeta ${s}`, slug: `zeta-${s}` } }), await db.tag.create({ data: { name: `Alpha ${s}`, slug: `alpha-${s}` } })];
    const image = await db.mediaAsset.create({
      data: { storageKey: randomBytes(16).toString("hex"), originalName: "x.png", format: "png", width: 640, height: 360, bytes: 1, widths: [320, 640], alt: "Alt", caption: "Caption", credit: "Credit" },
    });
    const base = { body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Opening words of the body ${s}.` }] }] }, status: "PUBLISHED" as const };
    const full = await db.article.create({
      data: {
        ...base, slug: `card-full-${s}`, headline: `Full ${s}`, standfirst: "The editor's summary.", dateline: "PARIS", publishedAt: new Date(Date.now() - 60_000), featuredImageId: image.id,
        // Positions out of insertion order: the card follows the positions.
        bylines: { create: [{ userId: second.id, position: 1 }, { userId: first.id, position: 0 }] },
        tags: { create: [{ tagId: tagA.id, position: 1 }, { tagId: tagB.id, position: 0 }] },
        liveCoverage: { create: { startsAt: new Date(Date.now() - 120_000) } },
      },
    });
    const bare = await db.article.create({ data: { ...base, slug: `card-bare-${s}`, headline: `Bare ${s}`, publishedAt: new Date(Date.now() - 30_000), liveCoverage: { create: { startsAt: new Date(Date.now() - 120_000), endsAt: new Date(Date.now() - 60_000) } } } });
    const draft = await story(null, 1, "DRAFT");
    const ids = [full.id, bare.id, draft.id];
    const now = new Date();

    const cards = await readPublicCards(ids, now);
    const viaPrisma = await db.article.findMany({ where: { id: { in: ids }, ...publicArticleWhere(now) }, select: { id: true, ...CARD_SELECT } });
    expect([...cards.keys()].sort()).toEqual([full.id, bare.id].sort());
    for (const row of viaPrisma) expect(cards.get(row.id)).toEqual(toArticleCard(row));
    // What the comparison covers, spelt out.
    expect(cards.get(full.id)).toMatchObject({ summary: "The editor's summary.", live: true, bylines: [{ name: first.name }, { name: second.name }], tags: [{ slug: `alpha-${s}` }, { slug: `zeta-${s}` }] });
    expect(cards.get(full.id)?.image?.alt).toBe("Alt");
    expect(cards.get(full.id)?.publishedAt).toBeInstanceOf(Date);
    expect(cards.get(bare.id)).toMatchObject({ summary: `Opening words of the body ${s}.`, live: false, image: null, bylines: [], tags: [] });
  });

  it("a scheduled layout is live from its time and ends the front's cache then; withdrawing and restoring are revisions", async () => {
    const editor = await makeUser("EDITOR");
    const admin = await makeUser("ADMIN");
    const section = await createSection(admin, fields(`Money ${uniqueSuffix()}`));
    const key = sectionFrontKey(section.id);
    const now = new Date();
    const at = new Date(now.getTime() + 60_000);
    const first: FrontBlocks = [{ type: "river", title: "First", count: 3 }];
    const second: FrontBlocks = [{ type: "river", title: "Second", count: 3 }];
    await saveFront(editor, key, { kind: "PUBLISH", blocks: first }, now);
    const scheduled = await saveFront(editor, key, { kind: "SCHEDULE", blocks: second, at }, now);
    expect(await getLiveLayout(key, now)).toEqual({ blocks: first, nextLayoutAt: at });
    expect((await getLiveLayout(key, at)).blocks).toEqual(second);

    await withdrawScheduledLayout(editor, key, scheduled.revisionId, now);
    expect(await getLiveLayout(key, at)).toEqual({ blocks: first, nextLayoutAt: null });
    await expect(saveFront(await makeUser("REPORTER"), key, { kind: "PUBLISH", blocks: second }, now)).rejects.toThrow("Only editors and admins change fronts.");

    const restored = new Date(now.getTime() + 1_000);
    await saveFront(editor, key, { kind: "PUBLISH", blocks: second }, restored);
    const firstRevision = await db.frontRevision.findFirstOrThrow({ where: { front: { key }, kind: "PUBLISH" }, orderBy: { createdAt: "asc" } });
    await restoreFrontRevision(editor, key, firstRevision.id, new Date(now.getTime() + 2_000));
    expect((await getLiveLayout(key, new Date(now.getTime() + 3_000))).blocks).toEqual(first);
    expect(await db.auditEvent.count({ where: { targetType: "front", targetId: key } })).toBe(5);
  });
});

// issue-13: the masthead's section menu comes with the site chrome, read once per change.
describe("section menu", () => {
  it("lists top-level sections in their order, is read with the site chrome and again only after a site-wide expiry", async () => {
    const admin = await makeUser("ADMIN");
    // Names starting with "0" sort before other tests' sections at the same order (0), so
    // these are within the menu's first SECTION_MENU_MAX in a shared database.
    const s = uniqueSuffix();
    const second = await createSection(admin, fields(`0 Second ${s}`, { position: 0 }));
    const first = await createSection(admin, fields(`0 First ${s}`, { position: 0 }));
    await createSection(admin, fields(`0 Sub ${s}`, { parentId: first.id }));
    const mine = (list: { name: string }[]) => list.map((x) => x.name).filter((n) => n.endsWith(s));
    expect(mine(await listTopSections(300))).toEqual([`0 First ${s}`, `0 Second ${s}`]);
    // The order field comes before the name.
    await updateSection(admin, first.id, fields(`0 First ${s}`, { slug: first.path, position: 5 }));
    expect(mine(await listTopSections(300))).toEqual([`0 Second ${s}`, `0 First ${s}`]);
    await updateSection(admin, first.id, fields(`0 First ${s}`, { slug: first.path, position: 0 }));

    forgetSiteChrome();
    const chrome = await loadSiteChrome();
    expect(chrome.sections.length).toBeLessThanOrEqual(SECTION_MENU_MAX);
    expect(mine(chrome.sections)).toEqual([`0 First ${s}`, `0 Second ${s}`]);
    expect(chrome.sections.find((x) => x.name === `0 First ${s}`)?.path).toBe(first.path);

    // Loaded: the next render costs no query. A change (which expires every page, and so
    // forgets the chrome) is read at the next render.
    const queries: string[] = [];
    await countingQueries(queries, () => loadSiteChrome());
    expect(queries).toEqual([]);
    await updateSection(admin, second.id, fields(`0 Second ${s}`, { slug: second.path }));
    await createSection(admin, fields(`0 Alpha ${s}`));
    expect(mine((await loadSiteChrome()).sections)).toEqual([`0 First ${s}`, `0 Second ${s}`]);
    forgetSiteChrome();
    expect(mine((await loadSiteChrome()).sections)).toEqual([`0 Alpha ${s}`, `0 First ${s}`, `0 Second ${s}`]);
  });
});

// Counts the statements sent to PostgreSQL while `fn` runs (every pooled connection is a pg.Client).
async function countingQueries<T>(queries: string[], fn: () => Promise<T>): Promise<T> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    queries.push(typeof first === "string" ? first : String((first as { text?: string } | undefined)?.text ?? ""));
    return original.apply(this, args);
  };
  try {
    return await fn();
  } finally {
    proto.query = original;
  }
}

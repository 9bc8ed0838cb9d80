import { afterAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { ARTICLE_PAGE_SELECT, getPublishedArticle } from "@/lib/articles/get-published-article";
import { listRelatedArticles } from "@/lib/articles/list-related-articles";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import { db, disconnectDb } from "@/lib/db";
import { closeConnections, queryDb } from "@/lib/db/connections";
import { sql } from "@/lib/db/sql";
import { toPublicImage } from "@/lib/media/public-image";
import { makeUser, uniqueSuffix } from "../support/factories";

afterAll(async () => {
  await closeConnections();
  await disconnectDb();
});

// The article page's read is one SQL statement (lib/articles/get-published-article.ts);
// the preview page reads the same through the ORM (ARTICLE_PAGE_SELECT). They must agree.
describe("the article page's read", () => {
  it("gives exactly what the ORM read of ARTICLE_PAGE_SELECT gives: corrections, bylines and tags in order, image, live window, overrides", async () => {
    const [first, second] = [await makeUser("REPORTER"), await makeUser("REPORTER")];
    const s = uniqueSuffix();
    const [tagA, tagB] = [await db.tag.create({ data: { name: `Zeta ${s}`, slug: `zeta-${s}` } }), await db.tag.create({ data: { name: `Alpha ${s}`, slug: `alpha-${s}` } })];
    const image = await db.mediaAsset.create({
      data: { storageKey: randomBytes(16).toString("hex"), originalName: "x.png", format: "png", width: 640, height: 360, bytes: 1, widths: [320, 640], alt: "Alt", caption: "Caption", credit: "Credit" },
    });
    const publishedAt = new Date(Date.now() - 600_000);
    const full = await db.article.create({
      data: {
        slug: `page-full-${s}`,
        headline: `Full ${s}`,
        standfirst: "The summary.",
        dateline: "DOHA",
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Body ${s}` }] }] },
        status: "PUBLISHED",
        publishedAt,
        modifiedAt: new Date(publishedAt.getTime() + 60_000),
        featuredImageId: image.id,
        seoTitle: "Search title",
        socialTitle: "Social title",
        socialDescription: "Social description",
        // Positions out of insertion order: the page follows the positions.
        bylines: { create: [{ userId: second.id, position: 1 }, { userId: first.id, position: 0 }] },
        tags: { create: [{ tagId: tagA.id, position: 1 }, { tagId: tagB.id, position: 0 }] },
        corrections: {
          create: [
            { kind: "CLARIFICATION", text: "Later note.", createdAt: new Date(publishedAt.getTime() + 120_000) },
            { kind: "CORRECTION", text: "Earlier note.", createdAt: new Date(publishedAt.getTime() + 30_000) },
          ],
        },
        liveCoverage: { create: { startsAt: new Date(publishedAt.getTime() + 1_000) } },
      },
    });
    const bare = await db.article.create({
      data: { slug: `page-bare-${s}`, headline: `Bare ${s}`, body: { type: "doc", content: [] }, status: "PUBLISHED", publishedAt },
    });
    const now = new Date();

    for (const { slug } of [full, bare]) {
      const viaOrm = await db.article.findFirstOrThrow({ where: { slug, ...publicArticleWhere(now) }, select: ARTICLE_PAGE_SELECT });
      const { modifiedAt, featuredImage, ...rest } = viaOrm;
      expect(await getPublishedArticle(slug, now)).toEqual({
        ...rest,
        image: toPublicImage(featuredImage),
        publishedAt: viaOrm.publishedAt,
        updatedAt: modifiedAt && modifiedAt > viaOrm.publishedAt! ? modifiedAt : viaOrm.publishedAt,
        bylines: rest.bylines.map((b) => b.user),
        tags: rest.tags.map((t) => t.tag),
      });
    }
    // What the comparison covers, spelt out.
    const page = await getPublishedArticle(full.slug, now);
    expect(page?.corrections.map((c) => c.text)).toEqual(["Earlier note.", "Later note."]);
    expect(page?.corrections[0]?.createdAt).toBeInstanceOf(Date);
    expect(page?.bylines.map((b) => b.name)).toEqual([first.name, second.name]);
    expect(page?.tags.map((t) => t.slug)).toEqual([`alpha-${s}`, `zeta-${s}`]);
    expect(page?.image?.alt).toBe("Alt");
    expect(page?.updatedAt).toEqual(new Date(publishedAt.getTime() + 60_000));
    expect(page?.liveCoverage?.endsAt).toBeNull();
    expect(page?.seoTitle).toBe("Search title");
    expect(await getPublishedArticle(bare.slug, now)).toMatchObject({ corrections: [], bylines: [], tags: [], image: null, liveCoverage: null, sectionId: null });
    // Not public: a draft, and an article before its time, are not read.
    await db.article.update({ where: { id: bare.id }, data: { publishedAt: new Date(now.getTime() + 60_000), status: "SCHEDULED" } });
    expect(await getPublishedArticle(bare.slug, now)).toBeNull();
  });

  it("related stories: the picks first in their order, then the newest sharing a tag, never the article itself or a story readers cannot see", async () => {
    const s = uniqueSuffix();
    const tag = await db.tag.create({ data: { name: `Shared ${s}`, slug: `shared-${s}` } });
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const make = (name: string, minutes: number, extra: { tagged?: boolean; status?: "PUBLISHED" | "DRAFT" } = {}) =>
      db.article.create({
        data: {
          slug: `rel-${name}-${s}`,
          headline: `${name} ${s}`,
          standfirst: name,
          body: { type: "doc", content: [] },
          status: extra.status ?? "PUBLISHED",
          publishedAt: extra.status === "DRAFT" ? null : at(minutes),
          ...(extra.tagged === false ? {} : { tags: { create: [{ tagId: tag.id }] } }),
        },
      });
    const main = await make("main", 1);
    const older = await make("older", 30);
    const newer = await make("newer", 5);
    const draft = await make("draft", 0, { status: "DRAFT" });
    const pickedUntagged = await make("picked", 60, { tagged: false });
    await db.relatedPick.createMany({ data: [{ articleId: main.id, pickedId: draft.id, position: 0 }, { articleId: main.id, pickedId: pickedUntagged.id, position: 1 }] });

    const related = await listRelatedArticles(main.id, 4);
    expect(related.map((card) => card.headline)).toEqual([`picked ${s}`, `newer ${s}`, `older ${s}`]);
    expect((await listRelatedArticles(main.id, 2)).map((card) => card.headline)).toEqual([`picked ${s}`, `newer ${s}`]);
  });

  it("prepares each statement once per connection, by a name its text always gets", async () => {
    const query = () => queryDb<{ n: number }>(sql`SELECT ${41}::int + 1 AS n`);
    const answers = await Promise.all(Array.from({ length: 12 }, query));
    expect(answers.map(([row]) => row?.n)).toEqual(Array(12).fill(42));
    // The statement below is prepared before it runs, so it finds itself on its connection.
    const self = () => queryDb<{ name: string }>(sql`SELECT name FROM pg_prepared_statements WHERE statement LIKE ${"%pg_prepared_statements WHERE statement LIKE%"}`);
    const names = (await Promise.all(Array.from({ length: 4 }, self))).map((rows) => rows.map((r) => r.name));
    for (const found of names) expect(found).toEqual([names[0]![0]]);
    expect(names[0]![0]).toMatch(/^dateline_\d+$/);
  });
});

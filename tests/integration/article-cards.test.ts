import { afterAll, describe, expect, it } from "vitest";
import { saveArticle } from "@/lib/articles/save-article";
import { listCardTargets, searchCardArticles } from "@/lib/articles/article-cards";
import { allowEmbeds, renderArticleBody } from "@/lib/articles/render-article-body";
import { LIVE_READER_CONTENT_SECURITY_POLICY, READER_CONTENT_SECURITY_POLICY } from "@/lib/http/csp";
import { listAffectedPages } from "@/lib/cache/list-affected-paths";
import { db, disconnectDb } from "@/lib/db";
import type { ContentDocument } from "@/lib/content/types";
import { makeDocument, makeUser, uniqueSuffix } from "../support/factories";
import { articleInput } from "../support/articles";
import type { ArticleInput } from "@/lib/articles/schema";

afterAll(() => disconnectDb());

function input(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return articleInput({ headline: `Story ${uniqueSuffix()}`, standfirst: "", body: makeDocument("Words."), tags: [], intent: "publish", ...overrides });
}

const withCard = (articleId: string): ContentDocument => ({
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Intro." }] },
    { type: "articleCard", attrs: { articleId, label: "When picked", current: null } },
  ],
});

describe("article cards", () => {
  it("keep their links on save, so a change to the linked article expires the pages that show its card", async () => {
    const editor = await makeUser("EDITOR");
    const s = uniqueSuffix();
    const linked = await saveArticle(editor, input({ slug: `linked-${s}` }));
    const host = await saveArticle(editor, input({ slug: `host-${s}`, body: withCard(linked.id) }));
    expect(await db.articleCardLink.findMany({ where: { articleId: host.id }, select: { linkedId: true } })).toEqual([{ linkedId: linked.id }]);
    expect((await listAffectedPages(linked.id)).paths).toContain(`/articles/host-${s}`);

    // Removing the card removes the link.
    await saveArticle(editor, input({ id: host.id, version: host.version, slug: `host-${s}`, body: makeDocument("No card."), intent: "save" }));
    expect(await db.articleCardLink.count({ where: { articleId: host.id } })).toBe(0);
    expect((await listAffectedPages(linked.id)).paths).not.toContain(`/articles/host-${s}`);
  });

  it("show the linked article's current headline, and nothing once it is not public", async () => {
    const editor = await makeUser("EDITOR");
    const linked = await saveArticle(editor, input({ headline: `Current headline ${uniqueSuffix()}` }));
    const draft = await saveArticle(editor, input({ intent: "save" }));
    const targets = await listCardTargets([linked.id, draft.id]);
    expect([...targets.keys()]).toEqual([linked.id]);
    const shown = await renderArticleBody(withCard(linked.id));
    expect(shown.html.html).toContain(`href="/articles/${linked.slug}"`);
    expect(shown.html.html).not.toContain("When picked");
    // No embed with a player: no script, today's policy.
    expect(shown.scripts).toEqual([]);
    expect(shown.headers["Content-Security-Policy"]).toContain("script-src 'none'");
    const hidden = await renderArticleBody(withCard(draft.id));
    expect(hidden.html.html).not.toContain("article-card");
    expect((await searchCardArticles("current headline")).map((r) => r.id)).toContain(linked.id);
  });

  it("refuse a card pointing to an article that does not exist", async () => {
    const editor = await makeUser("EDITOR");
    await expect(saveArticle(editor, input({ body: withCard("0f8fad5b-d9cb-469f-a165-70867728950e"), intent: "save" }))).rejects.toThrow(/no longer exists/);
  });

  it("give a page with embeds the loader script and a frame-src of exactly its providers", async () => {
    const body: ContentDocument = {
      type: "doc",
      content: [
        { type: "embed", attrs: { provider: "vimeo", parts: { video: "76979871" }, caption: "", credit: "", posterId: null, posterSrc: null } },
        { type: "embed", attrs: { provider: "link", parts: { url: "https://example.org/" }, caption: "", credit: "", posterId: null, posterSrc: null } },
      ],
    };
    const rendered = await renderArticleBody(body);
    expect(rendered.scripts).toEqual([expect.stringMatching(/^\/embeds\/loader-[0-9a-f]{12}\.js$/)]);
    expect(rendered.headers["Content-Security-Policy"]).toContain("script-src 'self';");
    expect(rendered.headers["Content-Security-Policy"]).toContain("frame-src https://player.vimeo.com;");
  });

  // issue-14: a live page shows a summary and entries; its policy covers the players of all
  // of them, and while coverage runs also its own script's polling (connect-src 'self').
  it("give a live page the players of its summary and entries, with the live script's connect-src when running", async () => {
    const embed = (provider: string, parts: Record<string, string>) => ({ type: "doc", content: [{ type: "embed", attrs: { provider, parts, caption: "", credit: "", posterId: null, posterSrc: null } }] }) as ContentDocument;
    const summary = makeDocument("What we know so far.");
    const running = allowEmbeds([summary, embed("youtube", { video: "dQw4w9WgXcQ" }), embed("vimeo", { video: "76979871" })], { live: true });
    const policy = running.headers["Content-Security-Policy"]!;
    expect(running.scripts).toEqual([expect.stringMatching(/^\/embeds\/loader-[0-9a-f]{12}\.js$/)]);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("frame-src https://player.vimeo.com https://www.youtube-nocookie.com;");
    // Ended coverage (no live script): frames and the loader only.
    const ended = allowEmbeds([summary, embed("youtube", { video: "dQw4w9WgXcQ" })])["headers"]["Content-Security-Policy"]!;
    expect(ended).toContain("connect-src 'none';");
    expect(ended).toContain("frame-src https://www.youtube-nocookie.com;");
    // Without embeds the live page keeps the policy it had.
    expect(allowEmbeds([summary], { live: true })).toEqual({ scripts: [], headers: { "Content-Security-Policy": LIVE_READER_CONTENT_SECURITY_POLICY } });
    expect(allowEmbeds([summary]).headers["Content-Security-Policy"]).toBe(READER_CONTENT_SECURITY_POLICY);
    expect(LIVE_READER_CONTENT_SECURITY_POLICY).toBe(READER_CONTENT_SECURITY_POLICY.replace("script-src 'none'", "script-src 'self'").replace("connect-src 'none'", "connect-src 'self'"));
  });
});

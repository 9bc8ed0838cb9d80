import { afterAll, describe, expect, it } from "vitest";
import { saveArticle } from "@/lib/articles/save-article";
import { transitionArticle } from "@/lib/articles/transition-article";
import { db, disconnectDb } from "@/lib/db";
import { makeDocument, makeUser, uniqueSuffix } from "../support/factories";
import { articleInput as input } from "../support/articles";
import type { ContentDocument } from "@/lib/content/types";
import { siteUrl } from "@/lib/site";

afterAll(() => disconnectDb());

const linkTo = (href: string): ContentDocument => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "See the earlier story.", marks: [{ type: "link", attrs: { href } }] }] }],
});
const imageWithoutAlt = {
  type: "figure",
  attrs: { mediaId: "7d1f7a3e-2b1c-4c5d-9e8f-0a1b2c3d4e5f", src: "/api/media/0123456789abcdef0123456789abcdef/640.jpg", alt: "", caption: "", credit: "", width: 640, height: 360, widths: [320, 640] },
};

describe("the pre-publish check on the server", () => {
  it("refuses to publish or schedule an empty body, naming the problem, and changes nothing", async () => {
    const editor = await makeUser("EDITOR");
    const draft = await saveArticle(editor, input({ body: { type: "doc", content: [{ type: "paragraph" }] } }));
    await expect(transitionArticle(editor, { id: draft.id, transition: "publish", version: draft.version })).rejects.toThrow("Not published: The body is empty: write the article.");
    await expect(
      transitionArticle(editor, { id: draft.id, transition: "schedule", version: draft.version, publishAt: new Date(Date.now() + 3_600_000) }),
    ).rejects.toThrow("Not scheduled: The body is empty");
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("refuses an article with no byline", async () => {
    const editor = await makeUser("EDITOR");
    const draft = await saveArticle(editor, input());
    await db.byline.deleteMany({ where: { articleId: draft.id } });
    await expect(transitionArticle(editor, { id: draft.id, transition: "publish", version: draft.version })).rejects.toThrow("No byline: name at least one person in Bylines.");
  });

  it("refuses links to Dateline articles readers cannot see, and accepts them once published", async () => {
    const editor = await makeUser("EDITOR");
    const other = await saveArticle(editor, input({ headline: `Earlier story ${uniqueSuffix()}` }));
    const missing = `no-such-story-${uniqueSuffix()}`;
    const body: ContentDocument = { type: "doc", content: [...linkTo(`/articles/${other.slug}`).content!, ...linkTo(`${siteUrl()}/articles/${missing}`).content!] };
    const error = await saveArticle(editor, input({ body, intent: "publish" })).catch((e: Error) => e);
    expect(String(error)).toContain(`The link to /articles/${other.slug} goes to an article readers cannot see yet`);
    expect(String(error)).toMatch(new RegExp(`link to /articles/${missing} goes to no Dateline article`));
    await saveArticle(editor, { ...input(), headline: `Earlier story ${uniqueSuffix()}`, id: other.id, version: other.version, intent: "publish" });
    const ok = await saveArticle(editor, input({ body: linkTo(`/articles/${other.slug}`), intent: "publish" }));
    expect(ok.status).toBe("PUBLISHED");
  });

  it("checks an update to a live article too: an image without alt text is refused there", async () => {
    const editor = await makeUser("EDITOR");
    const live = await saveArticle(editor, input({ intent: "publish" }));
    const withImage: ContentDocument = { type: "doc", content: [...makeDocument("Words.").content!, imageWithoutAlt] };
    await expect(saveArticle(editor, { ...input(), id: live.id, version: live.version, body: withImage })).rejects.toThrow("Not saved: An image has no alt text");
    const stored = await db.article.findUniqueOrThrow({ where: { id: live.id } });
    expect(stored.version).toBe(live.version);
    // A draft may hold an unfinished image: the check is for what readers see.
    const draft = await saveArticle(editor, input({ body: withImage }));
    expect(draft.status).toBe("DRAFT");
  });
});

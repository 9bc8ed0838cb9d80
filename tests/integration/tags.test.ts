import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { saveArticle } from "@/lib/articles/save-article";
import { createTag } from "@/lib/tags/create-tag";
import { updateTag } from "@/lib/tags/update-tag";
import { mergeTags } from "@/lib/tags/merge-tags";
import { deleteTag } from "@/lib/tags/delete-tag";
import { findTagRedirect } from "@/lib/tags/find-tag-redirect";
import { getAdminTag } from "@/lib/tags/get-admin-tag";
import { ensureTags } from "@/lib/tags/ensure-tags";
import { makeDocument, makeUser, uniqueSuffix } from "../support/factories";
import { articleInput } from "../support/articles";

afterAll(() => disconnectDb());

async function articleTagged(actor: { id: string; role: "ADMIN" | "EDITOR" | "REPORTER" }, tags: string[]) {
  return saveArticle(actor, articleInput({ headline: `Story ${uniqueSuffix()}`, standfirst: "", body: makeDocument("Words."), tags, intent: "save" }));
}

async function tagNamesOf(articleId: string): Promise<string[]> {
  const rows = await db.articleTag.findMany({ where: { articleId }, select: { tag: { select: { name: true } } }, orderBy: { position: "asc" } });
  return rows.map((r) => r.tag.name);
}

describe("tags", () => {
  it("keeps names unique regardless of case", async () => {
    const editor = await makeUser("EDITOR");
    const name = `Elections ${uniqueSuffix()}`;
    await createTag(editor, { name, description: "" });
    await expect(createTag(editor, { name: name.toUpperCase(), description: "" })).rejects.toThrow(/already exists/);
  });

  it("is managed by editors and admins, not reporters", async () => {
    const reporter = await makeUser("REPORTER");
    await expect(createTag(reporter, { name: `Nope ${uniqueSuffix()}`, description: "" })).rejects.toThrow("Only editors and admins manage tags.");
  });

  it("renames a tag and keeps every old address pointing at it", async () => {
    const editor = await makeUser("EDITOR");
    const s = uniqueSuffix();
    const tag = await createTag(editor, { name: `Kabul ${s}`, description: "" });
    await updateTag(editor, tag.id, { name: `Afghanistan ${s}`, description: "News from Afghanistan." });
    await updateTag(editor, tag.id, { name: `Afghan war ${s}`, description: "News from Afghanistan." });
    expect(await findTagRedirect(`kabul-${s}`)).toBe(`afghan-war-${s}`);
    expect(await findTagRedirect(`afghanistan-${s}`)).toBe(`afghan-war-${s}`);
    const stored = await getAdminTag(tag.id);
    expect(stored?.description).toBe("News from Afghanistan.");
    expect(stored?.oldSlugs.sort()).toEqual([`afghanistan-${s}`, `kabul-${s}`]);
    // Tagging an article with the old name finds the renamed tag instead of reviving it.
    const [id] = await db.$transaction((tx) => ensureTags(tx, [`Kabul ${s}`]));
    expect(id).toBe(tag.id);
    // Renaming back takes the address back.
    await updateTag(editor, tag.id, { name: `Kabul ${s}`, description: "" });
    expect(await findTagRedirect(`kabul-${s}`)).toBeNull();
    expect(await findTagRedirect(`afghan-war-${s}`)).toBe(`kabul-${s}`);
  });

  it("merges one tag into another: articles move once and the old address redirects", async () => {
    const editor = await makeUser("EDITOR");
    const s = uniqueSuffix();
    const one = await articleTagged(editor, [`Polls ${s}`]);
    const both = await articleTagged(editor, [`Polls ${s}`, `Elections ${s}`]);
    const tags = await db.tag.findMany({ where: { slug: { in: [`polls-${s}`, `elections-${s}`] } } });
    const polls = tags.find((t) => t.slug === `polls-${s}`)!;
    const elections = tags.find((t) => t.slug === `elections-${s}`)!;
    const result = await mergeTags(editor, polls.id, elections.id);
    expect(result.moved).toBe(1);
    expect(await tagNamesOf(one.id)).toEqual([`Elections ${s}`]);
    expect(await tagNamesOf(both.id)).toEqual([`Elections ${s}`]);
    expect(await db.tag.findUnique({ where: { id: polls.id } })).toBeNull();
    expect(await findTagRedirect(`polls-${s}`)).toBe(`elections-${s}`);
    const audit = await db.auditEvent.findFirst({ where: { targetId: elections.id, action: "tag.merge" } });
    expect(audit?.actorId).toBe(editor.id);
  });

  it("deletes a tag, reporting how many articles lose it, and keeps the articles", async () => {
    const editor = await makeUser("EDITOR");
    const s = uniqueSuffix();
    const article = await articleTagged(editor, [`Gone ${s}`, `Kept ${s}`]);
    const gone = await db.tag.findUniqueOrThrow({ where: { slug: `gone-${s}` } });
    expect((await getAdminTag(gone.id))?.articleCount).toBe(1);
    expect(await deleteTag(editor, gone.id)).toEqual({ name: `Gone ${s}`, articleCount: 1 });
    expect(await tagNamesOf(article.id)).toEqual([`Kept ${s}`]);
  });
});

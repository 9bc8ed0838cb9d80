import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { reloadSettings } from "@/lib/settings";
import { saveArticle } from "@/lib/articles/save-article";
import { ArticleConflictError } from "@/lib/articles/describe-conflict";
import { restoreRevision } from "@/lib/articles/revisions";
import { replyToThread, setThreadResolved, startCommentThread } from "@/lib/comments/threads";
import { deleteComment, editComment } from "@/lib/comments/comments";
import { countUnreadMentions, listMentions, markMentionsRead } from "@/lib/comments/inbox";
import { emailMentions } from "@/lib/comments/mentions";
import { listCommentThreads } from "@/lib/comments/list-comment-threads";
import { replySchema, startThreadSchema } from "@/lib/comments/schema";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { documentToPlainText } from "@/lib/content/plain-text";
import { listCommentThreadIds } from "@/lib/content/comment-mark";
import { validateDocument } from "@/lib/content/validate-document";
import { getApiArticle } from "@/lib/content-api/get-api-article";
import { toApiArticle } from "@/lib/content-api/article-representation";
import type { ContentDocument } from "@/lib/content/types";
import type { Actor } from "@/lib/auth/permissions";
import { makeDocument, makeUser } from "../support/factories";
import { articleInput, makeArticle, withdrawPublishedSince } from "../support/articles";

// Comments on drafts (issue 17): threads anchored by a `comment` mark in the body.

const fileStart = new Date();
let smtp: Server;
const received: string[] = [];

beforeAll(async () => {
  smtp = createServer((socket) => {
    let data = false;
    let message = "";
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (chunk) => {
      for (const line of chunk.toString().split("\r\n")) {
        if (data) {
          if (line === ".") {
            data = false;
            received.push(message);
            message = "";
            socket.write("250 queued\r\n");
          } else message += `${line}\n`;
          continue;
        }
        if (!line) continue;
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 test\r\n");
        else if (verb === "DATA") {
          data = true;
          socket.write("354 go on\r\n");
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  for (const key of ["SMTP_HOST", "SMTP_PORT", "SMTP_SECURE", "MAIL_FROM"]) delete process.env[key];
  reloadSettings();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await withdrawPublishedSince(fileStart);
  await disconnectDb();
});

const TEXT = "The minister resigned on Tuesday after the vote.";

async function draftBy(reporter: Actor, text = TEXT) {
  return makeArticle(reporter, "DRAFT", { body: makeDocument(text) });
}

/** Positions of `words` in a one-paragraph document (paragraph content starts at 1). */
function rangeOf(text: string, words: string) {
  const at = text.indexOf(words);
  return { from: 1 + at, to: 1 + at + words.length };
}

function threadInput(article: { id: string; version: number }, words: string, body: string, mentions: string[] = [], text = TEXT) {
  return startThreadSchema.parse({ articleId: article.id, version: article.version, ...rangeOf(text, words), quote: words, body, mentions: mentions.join(",") });
}

const bodyOf = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id }, select: { body: true } })).body as ContentDocument;

describe("threads", () => {
  it("a reporter comments on words of their draft: the body marks them, a new version, the thread, the comment and an audit row", async () => {
    const reporter = await makeUser("REPORTER");
    const article = await draftBy(reporter);
    const before = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { updatedAt: true } });
    const started = await startCommentThread(reporter, threadInput(article, "on Tuesday", "Which Tuesday? Give the date."));
    // Not an edit: "last changed" (the newsroom list's order, autosave recovery) stays.
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { updatedAt: true } })).updatedAt).toEqual(before.updatedAt);

    expect(started.version).toBe(article.version + 1);
    const body = await bodyOf(article.id);
    expect(listCommentThreadIds(body)).toEqual([started.threadId]);
    // The words are unchanged; only the marked run is split out.
    expect(documentToPlainText(body)).toBe(TEXT);
    const marked = body.content?.[0]?.content?.find((n) => n.marks?.some((m) => m.type === "comment"));
    expect(marked?.text).toBe("on Tuesday");

    const [thread] = await listCommentThreads(article.id);
    expect(thread).toMatchObject({ id: started.threadId, quote: "on Tuesday", resolvedAt: null });
    expect(thread?.comments.map((c) => [c.author, c.body])).toEqual([[reporter.name, "Which Tuesday? Give the date."]]);
    const audit = await db.auditEvent.findFirst({ where: { action: "comment.thread_start", targetId: article.id } });
    expect(audit?.details).toMatchObject({ threadId: started.threadId });
  });

  it("replies make a thread; resolving and reopening are the desk's and the article's reporter's", async () => {
    const reporter = await makeUser("REPORTER");
    const otherReporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const article = await draftBy(reporter);
    const { threadId } = await startCommentThread(editor, threadInput(article, "the vote", "Which vote?"));
    await replyToThread(reporter, replySchema.parse({ threadId, body: "The budget vote." }));
    await replyToThread(otherReporter, replySchema.parse({ threadId, body: "I was there too." }));

    await expect(setThreadResolved(otherReporter, { threadId, resolved: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setThreadResolved(reporter, { threadId, resolved: true });
    let [thread] = await listCommentThreads(article.id);
    expect(thread?.resolvedBy).toBe(reporter.name);
    expect(thread?.comments.map((c) => c.body)).toEqual(["Which vote?", "The budget vote.", "I was there too."]);

    await setThreadResolved(editor, { threadId, resolved: false });
    [thread] = await listCommentThreads(article.id);
    expect(thread?.resolvedAt).toBeNull();

    // A reply to a resolved thread reopens it.
    await setThreadResolved(editor, { threadId, resolved: true });
    await replyToThread(otherReporter, replySchema.parse({ threadId, body: "One more thing." }));
    [thread] = await listCommentThreads(article.id);
    expect(thread?.resolvedAt).toBeNull();
    const actions = (await db.auditEvent.findMany({ where: { targetId: article.id, action: { startsWith: "comment." } }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["comment.thread_start", "comment.reply", "comment.reply", "comment.thread_resolve", "comment.thread_reopen", "comment.thread_resolve", "comment.reply"]);
  });

  it("only a comment's author edits or deletes it; a deleted comment keeps its place", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const article = await draftBy(reporter);
    const { threadId } = await startCommentThread(reporter, threadInput(article, "minister", "Name her."));
    const commentId = (await db.comment.findFirstOrThrow({ where: { threadId } })).id;

    await expect(editComment(editor, { commentId, body: "Rewritten by someone else", mentions: [] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteComment(editor, commentId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await editComment(reporter, { commentId, body: "Name her, and her party.", mentions: [] });
    let [thread] = await listCommentThreads(article.id);
    expect(thread?.comments[0]).toMatchObject({ body: "Name her, and her party.", deleted: false });
    expect(thread?.comments[0]?.editedAt).not.toBeNull();

    await deleteComment(reporter, commentId);
    [thread] = await listCommentThreads(article.id);
    expect(thread?.comments[0]).toMatchObject({ body: "", deleted: true });
    await expect(editComment(reporter, { commentId, body: "Back again", mentions: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a thread on a stale version, on words that moved, or on nothing", async () => {
    const reporter = await makeUser("REPORTER");
    const article = await draftBy(reporter);
    await expect(startCommentThread(reporter, { ...threadInput(article, "vote", "x"), version: article.version - 1 || 99 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(startCommentThread(reporter, { ...threadInput(article, "vote", "x"), quote: "something else" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(startCommentThread(reporter, { ...threadInput(article, "vote", "x"), from: 5, to: 5 })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(startCommentThread(reporter, { ...threadInput(article, "vote", "x"), from: 1, to: 10_000 })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.commentThread.count({ where: { articleId: article.id } })).toBe(0);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(article.version);
  });

  it("a stored comment mark must name a thread, once per thread", () => {
    const id = "0b6a1a52-3f0e-4a4f-9d59-2d3b8a3c7f10";
    const other = "5e0c1f8e-0d6f-4c3b-8f1a-7b2f7f1d2c33";
    const doc = (marks: unknown[]) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Words", marks }] }] });
    expect(validateDocument(doc([{ type: "comment", attrs: { threadId: id } }, { type: "comment", attrs: { threadId: other } }])).ok).toBe(true);
    expect(validateDocument(doc([{ type: "comment", attrs: { threadId: "<script>" } }])).ok).toBe(false);
    expect(validateDocument(doc([{ type: "comment" }])).ok).toBe(false);
    expect(validateDocument(doc([{ type: "comment", attrs: { threadId: id } }, { type: "comment", attrs: { threadId: id } }])).ok).toBe(false);
  });
});

describe("readers, feeds, search and the API never see a comment", () => {
  it("the rendered HTML, the plain text, the search text and the API's document carry no mark and no thread id", async () => {
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(editor, "PUBLISHED", { body: makeDocument(TEXT) });
    const { threadId } = await startCommentThread(editor, threadInput(article, "resigned", "Confirm with her office."));
    const body = await bodyOf(article.id);
    expect(JSON.stringify(body)).toContain(threadId);

    const html = renderDocumentHtml(body);
    expect(html).toBe(`<p>${TEXT}</p>`);
    expect(documentToPlainText(body)).toBe(TEXT);

    const [search] = await db.$queryRaw<{ text: string; matches: boolean }[]>`
      SELECT dateline_document_text(body) AS text, search_vector @@ websearch_to_tsquery('english', 'resigned') AS matches FROM articles WHERE id = ${article.id}::uuid`;
    expect(search?.text).not.toContain(threadId);
    expect(search?.matches).toBe(true);

    const lookup = await getApiArticle(article.id, "public", ["body"]);
    expect(lookup.kind).toBe("found");
    if (lookup.kind !== "found") return;
    const api = JSON.stringify(toApiArticle(lookup.row));
    expect(api).not.toContain(threadId);
    expect(api).not.toContain('"comment"');
    expect(toApiArticle(lookup.row).body?.document).toEqual(makeDocument(TEXT));
  });
});

describe("kept with the revision history", () => {
  it("a save stores the mark in its revision; restoring an older version keeps the thread, listed as on deleted text", async () => {
    const reporter = await makeUser("REPORTER");
    const article = await draftBy(reporter);
    const first = await db.revision.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { createdAt: "asc" } });
    const { threadId, version } = await startCommentThread(reporter, threadInput(article, "the vote", "Which vote?"));

    // The reporter's next save: the editor's document holds the mark; words added before it.
    const marked = await bodyOf(article.id);
    const paragraph = marked.content?.[0];
    paragraph?.content?.unshift({ type: "text", text: "Breaking: " });
    const saved = await saveArticle(reporter, { ...articleInput(), id: article.id, version, body: marked });
    const revision = await db.revision.findFirstOrThrow({ where: { articleId: article.id, version: saved.version } });
    expect(listCommentThreadIds(revision.body as ContentDocument)).toEqual([threadId]);

    await restoreRevision(reporter, { articleId: article.id, revisionId: first.id, version: saved.version });
    expect(listCommentThreadIds(await bodyOf(article.id))).toEqual([]);
    const threads = await listCommentThreads(article.id);
    expect(threads.map((t) => t.id)).toEqual([threadId]);
    expect(threads[0]?.comments[0]?.body).toBe("Which vote?");
  });

  it("a save based on the version before a thread started carries its mark to the same words", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const article = await draftBy(reporter);
    // The reporter's editor is open at article.version; an editor comments meanwhile.
    const { threadId } = await startCommentThread(editor, threadInput(article, "the vote", "Which vote?"));
    const saved = await saveArticle(reporter, { ...articleInput(), id: article.id, version: article.version, body: makeDocument(`Update: ${TEXT}`) });
    expect(saved.carriedComments).toEqual([{ threadId, quote: "the vote" }]);
    const body = await bodyOf(article.id);
    expect(documentToPlainText(body)).toBe(`Update: ${TEXT}`);
    expect(body.content?.[0]?.content?.find((n) => n.marks?.some((m) => m.attrs?.threadId === threadId))?.text).toBe("the vote");

    // A real change in between is still a conflict.
    await db.editLock.deleteMany({ where: { articleId: article.id } });
    const edited = await saveArticle(editor, { ...articleInput(), id: article.id, version: saved.version, body: makeDocument("Rewritten by the desk.") });
    await db.editLock.deleteMany({ where: { articleId: article.id } });
    await expect(saveArticle(reporter, { ...articleInput(), id: article.id, version: saved.version, body: makeDocument("Mine.") })).rejects.toBeInstanceOf(ArticleConflictError);
    expect(edited.version).toBe(saved.version + 1);
  });
});

describe("mentions", () => {
  it("a mention puts a row in the person's inbox, once; not for the author, not for a name no longer in the text", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const bystander = await makeUser("REPORTER");
    const article = await draftBy(reporter);
    const { threadId } = await startCommentThread(reporter, threadInput(article, "minister", `@${editor.name} can you check this? @${reporter.name}`, [editor.id, reporter.id, bystander.id]));

    expect(await countUnreadMentions(editor.id)).toBe(1);
    expect(await countUnreadMentions(reporter.id)).toBe(0);
    expect(await countUnreadMentions(bystander.id)).toBe(0);
    const [mention] = await listMentions(editor.id);
    expect(mention).toMatchObject({ author: reporter.name, articleId: article.id, threadId, readAt: null });
    expect(mention?.excerpt).toContain("can you check this?");

    // Someone else cannot mark it read; its person can.
    expect(await markMentionsRead(bystander.id, mention!.id, new Date())).toBe(0);
    expect(await markMentionsRead(editor.id, mention!.id, new Date())).toBe(1);
    expect(await countUnreadMentions(editor.id)).toBe(0);

    // Editing the comment keeps the mention without a second row.
    const commentId = (await db.comment.findFirstOrThrow({ where: { threadId } })).id;
    const edit = await editComment(reporter, { commentId, body: `@${editor.name} please check.`, mentions: [editor.id] });
    expect(edit.mentioned).toEqual([]);
    expect(await db.commentMention.count({ where: { commentId } })).toBe(1);
  });

  it("emails the person only when SMTP is set", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const article = await draftBy(reporter);
    const { threadId } = await startCommentThread(reporter, threadInput(article, "minister", "First note."));

    for (const key of ["SMTP_HOST", "MAIL_FROM"]) delete process.env[key];
    reloadSettings();
    const quiet = await replyToThread(editor, replySchema.parse({ threadId, body: `@${reporter.name} no mail server here`, mentions: reporter.id }));
    expect(quiet.mentioned.map((m) => m.userId)).toEqual([reporter.id]);
    expect(await emailMentions(quiet.mentioned, { author: editor.name, headline: quiet.headline, articleId: article.id, threadId, body: "x" })).toBe(0);
    const before = received.length;

    const address = smtp.address();
    if (!address || typeof address === "string") throw new Error("no port");
    Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(address.port), SMTP_SECURE: "false", MAIL_FROM: "Dateline <newsroom@example.test>" });
    reloadSettings();
    const body = `@${reporter.name} please source the quote`;
    const loud = await replyToThread(editor, replySchema.parse({ threadId, body, mentions: reporter.id }));
    expect(await emailMentions(loud.mentioned, { author: editor.name, headline: loud.headline, articleId: article.id, threadId, body })).toBe(1);
    expect(received.length).toBe(before + 1);
    const mail = received.at(-1) ?? "";
    expect(mail).toContain(`To: ${reporter.email}`);
    expect(mail.replace(/=\n/g, "").replace(/=3D/g, "=")).toContain(`/admin/articles/${article.id}?thread=${threadId}`);
    expect(await countUnreadMentions(reporter.id)).toBe(2);
  });
});

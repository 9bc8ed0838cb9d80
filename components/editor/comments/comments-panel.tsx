"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Editor } from "@tiptap/react";
import { Mapping } from "@tiptap/pm/transform";
import { MessageSquarePlus } from "lucide-react";
import { IDLE, type ActionState, type FormAction } from "@/lib/actions/action-state";
import { COMMENT_ANCHOR_META, COMMENT_MARK } from "@/lib/content/comment-mark";
import type { StartedThread, ThreadView } from "@/lib/comments/types";
import { CommentComposer, type StaffOption } from "./comment-composer";
import { CommentThread, type ThreadHandlers } from "./comment-thread";
import { readSelection, useCommentAnchors } from "./comment-anchors";

/** The comment actions, handed down by the page (components never import app/). */
export type CommentActions = {
  startCommentThreadAction: FormAction<StartedThread>;
  replyToThreadAction: FormAction;
  editCommentAction: FormAction;
  deleteCommentAction: FormAction;
  resolveThreadAction: FormAction;
};

export type CommentsPanelProps = {
  editor: Editor | null;
  articleId: string;
  /** The version the editor's words are based on. */
  version: number | undefined;
  threads: ThreadView[];
  staff: readonly StaffOption[];
  meId: string;
  canResolve: boolean;
  actions: CommentActions;
  /** True while the editor holds changes not yet saved: a new thread needs the saved text. */
  isDirty: () => boolean;
  /** The article's new version once a thread's mark is stored in the body. */
  onAnchored: (version: number) => void;
  /** A thread to open first (the inbox links here with ?thread=…). */
  focusThreadId?: string;
  timeZone: string;
};

type Draft = { from: number; to: number; quote: string };

function formDataOf(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

const messageOf = (state: ActionState<unknown>) => (state.status === "error" ? state.message : null);

/**
 * Comments on drafts (issue 17): the threads beside the editor, in the order of their
 * words in the text (threads whose words were deleted come last), the words highlighted
 * in the editor. Clicking the words opens their thread; "Show in text" goes the other way.
 * "Comment" (or Ctrl+Alt+M in the text) starts a thread on the selected words.
 */
export function CommentsPanel({ editor, articleId, version, threads, staff, meId, canResolve, actions, isDirty, onAnchored, focusThreadId, timeZone }: CommentsPanelProps) {
  const { anchors, atCursor } = useCommentAnchors(editor);
  const [activeId, setActiveId] = useState<string | null>(focusThreadId ?? null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const format = useMemo(() => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }), [timeZone]);

  const focusThread = useCallback((threadId: string) => {
    setActiveId(threadId);
    const thread = threads.find((t) => t.id === threadId);
    if (thread?.resolvedAt) setShowResolved(true);
    requestAnimationFrame(() => headings.current.get(threadId)?.focus());
  }, [threads]);

  // Open the thread the address names, once.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !focusThreadId || !threads.some((t) => t.id === focusThreadId)) return;
    opened.current = true;
    focusThread(focusThreadId);
  }, [focusThreadId, threads, focusThread]);

  // The cursor in commented words makes their thread the current one (without moving focus).
  useEffect(() => {
    const inner = atCursor.at(-1);
    if (inner) setActiveId(inner);
  }, [atCursor]);

  const startDraft = useCallback(() => {
    if (!editor) return;
    setProblem(null);
    const selection = readSelection(editor);
    if (!selection) {
      setProblem("Select the words you want to comment on, then choose Comment.");
      return;
    }
    if (isDirty()) {
      setProblem("Save the article first: a comment is anchored to the saved text.");
      return;
    }
    setDraft(selection);
  }, [editor, isDirty]);

  // Clicking commented words opens their thread; Ctrl+Alt+M comments on the selection.
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest(`[data-comment-thread]`) : null;
      const id = target?.getAttribute("data-comment-thread");
      if (id && threads.some((t) => t.id === id)) focusThread(id);
    };
    // On the document: a read-only body cannot take the focus, only a selection.
    const onKeyDown = (event: KeyboardEvent) => {
      if (!((event.ctrlKey || event.metaKey) && event.altKey && event.code === "KeyM")) return;
      const selected = document.getSelection()?.anchorNode ?? null;
      if (!editor.view.hasFocus() && !(selected && dom.contains(selected))) return;
      event.preventDefault();
      startDraft();
    };
    dom.addEventListener("click", onClick);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      dom.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [editor, threads, focusThread, startDraft]);

  const postThread = async (body: string, mentions: string[]): Promise<string | null> => {
    if (!editor || !draft || version === undefined) return "Save the article first.";
    if (isDirty()) return "Save the article first: a comment is anchored to the saved text.";
    // Edits made while the comment travels are mapped, so the mark lands on the same words.
    const mapping = new Mapping();
    const track = ({ transaction }: { transaction: { docChanged: boolean; mapping: Mapping } }) => {
      if (transaction.docChanged) mapping.appendMapping(transaction.mapping);
    };
    editor.on("transaction", track);
    let state: ActionState<StartedThread>;
    try {
      state = await actions.startCommentThreadAction(IDLE, formDataOf({ articleId, version, from: draft.from, to: draft.to, quote: draft.quote, body, mentions: mentions.join(",") }));
    } finally {
      editor.off("transaction", track);
    }
    if (state.status !== "success" || !state.data) return messageOf(state) ?? "Not posted.";
    const { threadId, version: next } = state.data;
    const from = mapping.map(draft.from, 1);
    const to = mapping.map(draft.to, -1);
    const markType = editor.schema.marks[COMMENT_MARK];
    if (markType && from < to) {
      const mark = markType.create({ threadId });
      editor.view.dispatch(editor.state.tr.addMark(from, to, mark).setMeta(COMMENT_ANCHOR_META, true).setMeta("addToHistory", false));
    }
    onAnchored(next);
    setDraft(null);
    setNotice("Comment posted.");
    setActiveId(threadId);
    return null;
  };

  const call = async (action: FormAction, fields: Record<string, string>, done: string): Promise<string | null> => {
    const state = await action(IDLE, formDataOf(fields));
    if (state.status === "success") setNotice(done);
    return messageOf(state);
  };

  const handlers: ThreadHandlers = {
    reply: (threadId, body, mentions) => call(actions.replyToThreadAction, { threadId, body, mentions: mentions.join(",") }, "Reply posted."),
    edit: (commentId, body, mentions) => call(actions.editCommentAction, { commentId, body, mentions: mentions.join(",") }, "Comment updated."),
    remove: (commentId) => call(actions.deleteCommentAction, { commentId }, "Comment deleted."),
    resolve: async (threadId, resolved) => {
      const error = await call(actions.resolveThreadAction, { threadId, resolved: resolved ? "1" : "0" }, resolved ? "Thread resolved." : "Thread reopened.");
      if (!error && resolved) setShowResolved(false);
      return error;
    },
    showInText: (threadId) => {
      const anchor = anchors.get(threadId);
      if (!editor || !anchor) return;
      setActiveId(threadId);
      editor.chain().focus().setTextSelection({ from: anchor.from, to: anchor.to }).scrollIntoView().run();
    },
  };

  // Document order for threads whose words are still there; the rest after, oldest first.
  const ordered = [...threads].sort((a, b) => (anchors.get(a.id)?.from ?? Infinity) - (anchors.get(b.id)?.from ?? Infinity));
  const open = ordered.filter((t) => !t.resolvedAt);
  const resolved = ordered.filter((t) => t.resolvedAt);
  const shown = showResolved ? [...open, ...resolved] : open;

  // The words of open threads are highlighted; the current thread's more strongly.
  const highlight = [
    ...open.map((t) => `.comment-anchor[data-comment-thread="${t.id}"]{background:#fef3c7;color:#1c1917;border-bottom:2px solid #b45309}`),
    activeId && anchors.has(activeId) ? `.comment-anchor[data-comment-thread="${activeId}"]{background:#fcd34d;color:#1c1917}` : "",
  ].join("");

  return (
    <section aria-labelledby="comments-heading" className="space-y-3 rounded-md border border-neutral-300 bg-neutral-50 p-3 dark:border-neutral-700 dark:bg-neutral-950">
      <style>{highlight}</style>
      <div className="flex items-center justify-between gap-2">
        <h2 id="comments-heading" className="text-sm font-semibold">
          Comments <span className="font-normal text-neutral-700 dark:text-neutral-300">({open.length} open)</span>
        </h2>
        <button
          type="button"
          onClick={startDraft}
          disabled={!editor}
          aria-keyshortcuts="Control+Alt+M"
          className="inline-flex items-center gap-1 rounded border border-neutral-400 bg-white px-2 py-1 text-sm hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-600 dark:bg-neutral-900"
        >
          <MessageSquarePlus aria-hidden="true" className="h-4 w-4" />
          Comment
        </button>
      </div>
      {/* A polite live region without role="status": the article form's save line is the page's status. */}
      <p aria-live="polite" aria-atomic="true" data-comments-notice="" className="min-h-5 text-xs text-neutral-700 dark:text-neutral-300">{notice}</p>
      {problem ? <p role="alert" className="text-sm text-red-800 dark:text-red-300">{problem}</p> : null}
      {draft ? (
        <div className="rounded border border-sky-600 bg-white p-3 dark:bg-neutral-900">
          <p className="mb-2 font-serif text-sm">“{draft.quote.length > 200 ? `${draft.quote.slice(0, 199)}…` : draft.quote}”</p>
          <CommentComposer label="New comment" submitLabel="Post comment" staff={staff} autoFocus onSubmit={postThread} onCancel={() => setDraft(null)} />
        </div>
      ) : null}
      {shown.length === 0 && !draft ? <p className="text-sm text-neutral-700 dark:text-neutral-300">No open comments. Select words in the text and choose Comment.</p> : null}
      <ul className="space-y-3">
        {shown.map((thread) => (
          <li key={thread.id}>
            <CommentThread
              ref={(el) => {
                if (el) headings.current.set(thread.id, el);
                else headings.current.delete(thread.id);
              }}
              thread={thread}
              anchored={anchors.has(thread.id)}
              active={thread.id === activeId}
              meId={meId}
              canResolve={canResolve}
              staff={staff}
              format={format}
              handlers={handlers}
              onActivate={() => setActiveId(thread.id)}
            />
          </li>
        ))}
      </ul>
      {resolved.length ? (
        <button type="button" className="text-sm underline" aria-expanded={showResolved} onClick={() => setShowResolved((v) => !v)}>
          {showResolved ? "Hide resolved threads" : `Show resolved threads (${resolved.length})`}
        </button>
      ) : null}
    </section>
  );
}

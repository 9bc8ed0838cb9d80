"use client";

import { forwardRef, useState } from "react";
import type { CommentView, ThreadView } from "@/lib/comments/types";
import { CommentComposer, type StaffOption } from "./comment-composer";

export type ThreadHandlers = {
  reply: (threadId: string, body: string, mentions: string[]) => Promise<string | null>;
  edit: (commentId: string, body: string, mentions: string[]) => Promise<string | null>;
  remove: (commentId: string) => Promise<string | null>;
  resolve: (threadId: string, resolved: boolean) => Promise<string | null>;
  showInText: (threadId: string) => void;
};

type Props = {
  thread: ThreadView;
  anchored: boolean;
  active: boolean;
  meId: string;
  canResolve: boolean;
  staff: readonly StaffOption[];
  format: Intl.DateTimeFormat;
  handlers: ThreadHandlers;
  onActivate: () => void;
};

const smallButton = "rounded border border-neutral-400 px-2 py-0.5 text-xs hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800";

/** One thread: the words it is on, its comments, a reply box, resolve or reopen. */
export const CommentThread = forwardRef<HTMLHeadingElement, Props>(function CommentThread(
  { thread, anchored, active, meId, canResolve, staff, format, handlers, onActivate },
  headingRef,
) {
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = `thread-${thread.id}-title`;
  const resolved = Boolean(thread.resolvedAt);

  const run = async (work: Promise<string | null>) => setProblem(await work);

  return (
    <article
      aria-labelledby={titleId}
      data-thread={thread.id}
      onFocus={onActivate}
      onClick={onActivate}
      className={`space-y-2 rounded border p-3 text-sm ${active ? "border-amber-600 bg-amber-50 dark:bg-neutral-800" : "border-neutral-300 bg-white dark:border-neutral-700 dark:bg-neutral-900"}`}
    >
      <h3 id={titleId} ref={headingRef} tabIndex={-1} className="font-serif text-sm font-semibold outline-none focus-visible:ring-2 focus-visible:ring-sky-600">
        <span className="sr-only">Comment on </span>“{thread.quote}”
        {!anchored ? <span className="ml-1 font-sans text-xs font-normal text-neutral-700 dark:text-neutral-300">(on deleted text)</span> : null}
        {resolved ? <span className="ml-1 font-sans text-xs font-normal text-neutral-700 dark:text-neutral-300">(resolved)</span> : null}
      </h3>
      <ol className="space-y-2">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="border-l-2 border-neutral-300 pl-2 dark:border-neutral-600">
            {editing === comment.id ? (
              <CommentComposer
                label="Edit your comment"
                submitLabel="Save"
                staff={staff}
                initialBody={comment.body}
                autoFocus
                onCancel={() => setEditing(null)}
                onSubmit={async (body, mentions) => {
                  const error = await handlers.edit(comment.id, body, mentions);
                  if (!error) setEditing(null);
                  return error;
                }}
              />
            ) : (
              <CommentBody comment={comment} format={format} mine={comment.authorId === meId} onEdit={() => setEditing(comment.id)} onDelete={() => void run(handlers.remove(comment.id))} />
            )}
          </li>
        ))}
      </ol>
      {resolved && thread.resolvedBy ? <p className="text-xs text-neutral-700 dark:text-neutral-300">Resolved by {thread.resolvedBy}.</p> : null}
      {problem ? <p role="alert" className="text-sm text-red-800 dark:text-red-300">{problem}</p> : null}
      {replying ? (
        <CommentComposer
          label={resolved ? "Reply (reopens the thread)" : "Reply"}
          submitLabel="Reply"
          staff={staff}
          autoFocus
          onCancel={() => setReplying(false)}
          onSubmit={async (body, mentions) => {
            const error = await handlers.reply(thread.id, body, mentions);
            if (!error) setReplying(false);
            return error;
          }}
        />
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={smallButton} onClick={() => setReplying(true)} aria-describedby={titleId}>Reply</button>
          {anchored ? <button type="button" className={smallButton} onClick={() => handlers.showInText(thread.id)} aria-describedby={titleId}>Show in text</button> : null}
          {canResolve ? (
            <button type="button" className={smallButton} onClick={() => void run(handlers.resolve(thread.id, !resolved))} aria-describedby={titleId}>
              {resolved ? "Reopen" : "Resolve"}
            </button>
          ) : null}
        </div>
      )}
    </article>
  );
});

function CommentBody({ comment, format, mine, onEdit, onDelete }: { comment: CommentView; format: Intl.DateTimeFormat; mine: boolean; onEdit: () => void; onDelete: () => void }) {
  const when = format.format(new Date(comment.createdAt));
  return (
    <>
      <p className="text-xs text-neutral-700 dark:text-neutral-300">
        <strong className="text-neutral-900 dark:text-neutral-100">{comment.author}</strong> · <time dateTime={comment.createdAt}>{when}</time>
        {comment.editedAt ? " · edited" : ""}
      </p>
      {comment.deleted ? (
        <p className="italic text-neutral-700 dark:text-neutral-300">Comment deleted.</p>
      ) : (
        <p className="whitespace-pre-wrap break-words">{comment.body}</p>
      )}
      {mine && !comment.deleted ? (
        <span className="mt-1 flex gap-2">
          <button type="button" className={smallButton} onClick={onEdit} aria-label={`Edit your comment of ${when}`}>Edit</button>
          <button type="button" className={smallButton} onClick={onDelete} aria-label={`Delete your comment of ${when}`}>Delete</button>
        </span>
      ) : null}
    </>
  );
}

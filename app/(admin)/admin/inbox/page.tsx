import type { Metadata } from "next";
import { Link } from "@/components/admin/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { listMentions } from "@/lib/comments/inbox";
import { formatDateTime } from "@/lib/site";
import { DataTable } from "@/components/admin/ui/data-table";
import { ActionForm } from "@/components/admin/action-form";
import type { InboxMention } from "@/lib/comments/types";
import { markMentionsReadAction } from "./actions";

export const metadata: Metadata = { title: "Inbox" };

// Where people find the comments that mention them (issue 17, comments on drafts).
export default async function InboxPage() {
  const user = await requireUser("/admin/inbox");
  const mentions = await listMentions(user.id);
  const unread = mentions.filter((m) => !m.readAt).length;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Inbox</h1>
        {unread ? (
          <ActionForm action={markMentionsReadAction} label="Mark all read">
            <input type="hidden" name="mentionId" value="all" />
            <button type="submit" className="rounded border border-neutral-400 px-3 py-1 text-sm">Mark all read</button>
          </ActionForm>
        ) : null}
      </div>
      <p className="mb-4 text-sm text-neutral-700 dark:text-neutral-300">
        Comments that mention you, newest first. {unread ? `${unread} unread.` : "Nothing unread."}
      </p>
      <DataTable<InboxMention>
        caption="Mentions of you in comments"
        rows={mentions}
        rowKey={(m) => m.id}
        empty={<p className="text-sm">Nobody has mentioned you yet. When a colleague writes @{user.name} in a comment, it arrives here.</p>}
        columns={[
          {
            header: "Comment",
            cell: (m) => (
              <>
                <p>
                  <strong>{m.author}</strong> on{" "}
                  <Link href={`/admin/articles/${m.articleId}?thread=${m.threadId}`} className="underline">{m.headline || "(no headline)"}</Link>
                  {m.readAt ? null : <span className="ml-2 rounded bg-sky-100 px-1.5 text-xs font-semibold text-sky-900 dark:bg-sky-900 dark:text-sky-50">Unread</span>}
                </p>
                <p className="mt-1 whitespace-pre-wrap break-words text-neutral-800 dark:text-neutral-200">{m.excerpt}</p>
              </>
            ),
          },
          { header: "When", className: "whitespace-nowrap", cell: (m) => <time dateTime={m.createdAt}>{formatDateTime(new Date(m.createdAt))}</time> },
          {
            header: "Read",
            hiddenHeader: true,
            cell: (m) =>
              m.readAt ? (
                <span className="text-xs text-neutral-700 dark:text-neutral-300">Read</span>
              ) : (
                <ActionForm action={markMentionsReadAction} label={`Mark read: ${m.author} on ${m.headline}`}>
                  <input type="hidden" name="mentionId" value={m.id} />
                  <button type="submit" className="rounded border border-neutral-400 px-2 py-0.5 text-xs">Mark read</button>
                </ActionForm>
              ),
          },
        ]}
      />
    </>
  );
}

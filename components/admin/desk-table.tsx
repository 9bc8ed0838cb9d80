"use client";
import { useEffect, useRef } from "react";
import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { statusLabel } from "@/components/admin/status-badge";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { DESK_STATUSES, type DeskRow } from "@/lib/articles/desk-row";

// "2026-12-06T09:00:00Z": the same string on the server and in the browser.
const isoSeconds = (seconds: number) => new Date(seconds * 1000).toISOString().replace(".000Z", "Z");
const statusOf = (row: DeskRow): ArticleStatus => DESK_STATUSES[row[2]] ?? "DRAFT";

const COLUMNS: Column<DeskRow>[] = [
  { header: "Headline", cell: (r) => <a href={`/admin/articles/${r[0]}`}>{r[1]}</a> },
  {
    header: "Status",
    // StatusBadge's look, from the list's stylesheet (globals.css, .desk-list).
    cell: (r) => (
      <>
        <span data-status={statusOf(r)}>{statusLabel(statusOf(r))}</span>
        {r[7] ? <small>{r[7]}</small> : null}
      </>
    ),
  },
  { header: "Bylines", cell: (r) => r[3] },
  { header: "Tags", cell: (r) => r[4] },
  { header: "Last update", cell: (r) => <time dateTime={isoSeconds(r[5])}>{r[6]}</time> },
];

type Props = {
  rows: DeskRow[];
  /** The id of the search field "/" focuses. */
  searchId: string;
  filtered: boolean;
};

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName));

// The newsroom list's table. One client component for the whole list, fed plain rows:
// the page's React payload carries the rows' data once instead of fifty rows of element
// trees (and no client component per row), which is most of what made the page heavy.
// Keyboard: j / ↓ and k / ↑ move between headlines, Enter opens one (it is a link),
// "/" jumps to the search field.
export function DeskTable({ rows, searchId, filtered }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      if (event.key === "/") {
        const search = document.getElementById(searchId);
        if (search instanceof HTMLInputElement) {
          event.preventDefault();
          search.focus();
          search.select();
        }
        return;
      }
      const step = event.key === "j" || event.key === "ArrowDown" ? 1 : event.key === "k" || event.key === "ArrowUp" ? -1 : 0;
      if (!step) return;
      const links = [...(box.current?.querySelectorAll<HTMLAnchorElement>("tbody td:first-child a") ?? [])];
      if (!links.length) return;
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      // Arrow keys scroll the page as usual until the focus is in the list.
      if (at === -1 && event.key.startsWith("Arrow")) return;
      event.preventDefault();
      const next = at === -1 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
      links[next]!.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [searchId]);
  return (
    <div ref={box} className="desk-list">
      <DataTable
        caption="Articles"
        columns={COLUMNS}
        rows={rows}
        rowKey={(r) => r[0]}
        density="stylesheet"
        empty={<p>{filtered ? "No articles match these filters." : "No articles yet. Start with “New article”."}</p>}
      />
    </div>
  );
}

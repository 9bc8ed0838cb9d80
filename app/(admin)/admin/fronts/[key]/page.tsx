import { Link } from "@/components/admin/ui/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getFrontForEditing } from "@/lib/fronts/get-front-for-editing";
import { HOME_FRONT, sectionFrontKey } from "@/lib/fronts/schema";
import { listSections } from "@/lib/sections/list-sections";
import { formatDateTime, siteTimeZone } from "@/lib/site";
import { ActionForm } from "@/components/admin/action-form";
import { Forbidden } from "@/components/admin/forbidden";
import { FrontEditor } from "@/components/admin/fronts/front-editor";
import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { restoreFrontAction, saveFrontAction, searchStoriesCall, withdrawFrontAction } from "../actions";

export const metadata: Metadata = { title: "Arrange a front" };

type Props = { params: Promise<{ key: string }> };

const KIND_LABELS = { DRAFT: "Draft saved", PUBLISH: "Published", SCHEDULE: "Scheduled", RESTORE: "Restored" } as const;
const STATE_LABELS = { live: "Live now", scheduled: "Waiting", past: "Replaced", draft: "Draft", withdrawn: "Called off" } as const;

export default async function FrontPage({ params }: Props) {
  const { key: param } = await params;
  const user = await requireUser(`/admin/fronts/${param}`);
  if (!can(user, "front.edit")) return <Forbidden what="Only editors and admins arrange fronts." />;
  if (param !== "home" && !z.uuid().safeParse(param).success) notFound();
  const sections = await listSections();
  const section = param === "home" ? null : sections.find((s) => s.id === param);
  if (param !== "home" && !section) notFound();
  const key = section ? sectionFrontKey(section.id) : HOME_FRONT;
  const front = await getFrontForEditing(key, new Date());
  const publicHref = section ? `/sections/${section.path}` : "/";
  type Row = (typeof front.revisions)[number];
  const columns: Column<Row>[] = [
    { header: "Change", cell: (r) => KIND_LABELS[r.kind] },
    { header: "By", cell: (r) => r.authorName ?? "Former staff" },
    { header: "When", cell: (r) => <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time> },
    { header: "Live from", cell: (r) => (r.liveFrom ? <time dateTime={r.liveFrom.toISOString()}>{formatDateTime(r.liveFrom)}</time> : "—") },
    { header: "State", cell: (r) => STATE_LABELS[r.state] },
    {
      header: "Actions",
      cell: (r) => (
        <div className="flex gap-3">
          {r.state !== "live" ? (
            <ActionForm action={restoreFrontAction} label={`Restore the layout of ${formatDateTime(r.createdAt)}`}>
              <input type="hidden" name="key" value={key} />
              <input type="hidden" name="revisionId" value={r.id} />
              <button type="submit" className="underline">Restore<span className="sr-only"> the layout of {formatDateTime(r.createdAt)}</span></button>
            </ActionForm>
          ) : null}
          {r.state === "scheduled" ? (
            <ActionForm action={withdrawFrontAction} label={`Call off the layout scheduled for ${r.liveFrom ? formatDateTime(r.liveFrom) : ""}`}>
              <input type="hidden" name="key" value={key} />
              <input type="hidden" name="revisionId" value={r.id} />
              <button type="submit" className="underline">Call off<span className="sr-only"> the layout scheduled for {r.liveFrom ? formatDateTime(r.liveFrom) : ""}</span></button>
            </ActionForm>
          ) : null}
        </div>
      ),
    },
  ];
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/admin/fronts" className="hover:underline">← Fronts</Link></p>
      <h1 className="text-2xl font-bold">{section ? `${section.name} front` : "Home page front"}</h1>
      <p className="mb-6 mt-2 text-sm">
        <a href={publicHref} className="underline">View on site</a> ·{" "}
        <a href={`/admin/fronts/${param}/preview`} className="underline" target="_blank" rel="noopener">Preview the last saved draft</a> (opens a new tab)
      </p>
      <FrontEditor
        frontKey={key}
        initialBlocks={front.blocks}
        stories={front.stories}
        sections={sections.map((s) => ({ id: s.id, name: s.name, depth: s.depth }))}
        actions={{ saveFrontAction, searchStories: searchStoriesCall }}
        timeZone={siteTimeZone()}
      />
      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="mb-3 text-lg font-semibold">History</h2>
        <DataTable caption="Changes to this front, newest first" columns={columns} rows={front.revisions} rowKey={(r) => r.id} empty={<p>No changes yet: readers see the default layout.</p>} />
      </section>
    </>
  );
}

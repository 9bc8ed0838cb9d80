import type { Metadata } from "next";
import { Link } from "@/components/admin/ui/link";
import { requireUser, getSessionState } from "@/lib/auth/current-user";
import { describeMethod, listActiveSessions, type SessionRow } from "@/lib/auth/sessions";
import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { formatDateTime } from "@/lib/site";
import { EndOtherSessionsForm, EndSessionButton } from "./session-controls";

export const metadata: Metadata = { title: "Your sessions" };

export default async function SessionsPage() {
  const user = await requireUser("/admin/profile/sessions");
  const state = await getSessionState();
  const current = state.kind === "signed_in" ? state.sessionId : null;
  const sessions = await listActiveSessions(user.id);
  const columns: Column<SessionRow>[] = [
    {
      header: "Device",
      cell: (s) => (
        <>
          {s.device}
          {s.id === current ? <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900 dark:bg-green-900 dark:text-green-100">This browser</span> : null}
          {s.pendingSecondFactor ? <span className="ml-2 text-xs">(password given, code not yet)</span> : null}
        </>
      ),
    },
    { header: "Signed in with", cell: (s) => describeMethod(s.method) },
    { header: "Address", className: "font-mono", cell: (s) => s.ip ?? "unknown" },
    { header: "Signed in", className: "whitespace-nowrap", cell: (s) => <time dateTime={s.createdAt.toISOString()}>{formatDateTime(s.createdAt)}</time> },
    { header: "Last seen", className: "whitespace-nowrap", cell: (s) => <time dateTime={s.lastSeenAt.toISOString()}>{formatDateTime(s.lastSeenAt)}</time> },
    { header: "Actions", hiddenHeader: true, cell: (s) => (s.id === current ? <span className="text-xs">Use Sign out</span> : <EndSessionButton sessionId={s.id} device={s.device} />) },
  ];
  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm"><Link href="/admin/profile" className="hover:underline">← Your profile</Link></p>
      <h1 className="mb-2 text-2xl font-bold">Your sessions</h1>
      <p className="mb-6 text-sm text-neutral-700 dark:text-neutral-300">Every browser signed in to your account. Do not recognise one? End it, then change your password.</p>
      <DataTable caption="Your active sessions" columns={columns} rows={sessions} rowKey={(s) => s.id} empty={<p>No active sessions.</p>} />
      <EndOtherSessionsForm />
    </div>
  );
}

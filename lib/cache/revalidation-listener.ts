// Started once per server process by instrumentation.ts: listens on the revalidation
// channel and, for each change announced by ANOTHER instance, has this instance expire
// the same pages. Expiring needs Next's request context, so the listener calls this
// instance's own internal route (app/api/internal/revalidate), signed with a token
// derived from AUTH_SECRET. No "server-only" import: instrumentation bundles this file.
import pg from "pg";
import { REVALIDATE_TOKEN_HEADER, REVALIDATION_CHANNEL, decodeRevalidation, instanceId, revalidateToken, type RevalidationMessage } from "@/lib/cache/revalidation-message";
import { settings } from "@/lib/settings";

type State = { datelineListenerStarted?: boolean };
const state = globalThis as unknown as State;

const MAX_BACKOFF_MS = 30_000;

/** The server's own address: the server front (scripts/serve.js) sets PORT. */
function ownOrigin(): string {
  return `http://127.0.0.1:${settings().PORT}`;
}

async function expireHere(message: RevalidationMessage, attempt = 0): Promise<void> {
  const token = revalidateToken();
  if (!token) return;
  try {
    const response = await fetch(`${ownOrigin()}/api/internal/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", [REVALIDATE_TOKEN_HEADER]: token },
      body: JSON.stringify(message),
      cache: "no-store",
    });
    if (!response.ok) throw new Error(`answered ${response.status}`);
  } catch (error) {
    if (attempt < 3) {
      setTimeout(() => void expireHere(message, attempt + 1), 200 * 2 ** attempt);
      return;
    }
    console.error("Could not expire pages announced by another instance; they refresh on their own lifetime:", error);
  }
}

function connect(attempt: number, missedSomething: boolean): void {
  const client = new pg.Client({ connectionString: settings().DATABASE_URL });
  let retried = false;
  const retry = () => {
    if (retried) return;
    retried = true;
    client.end().catch(() => undefined);
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt);
    setTimeout(() => connect(attempt + 1, true), delay).unref();
  };
  client.on("error", retry);
  client.on("end", retry);
  client.on("notification", (notification) => {
    if (notification.channel !== REVALIDATION_CHANNEL || !notification.payload) return;
    const decoded = decodeRevalidation(notification.payload);
    if (!decoded || decoded.sender === instanceId()) return;
    void expireHere(decoded.message);
  });
  client
    .connect()
    .then(() => client.query(`LISTEN ${REVALIDATION_CHANNEL}`))
    .then(() => {
      attempt = 0;
      // While the connection was down, announcements may have been missed: expire everything once.
      if (missedSomething) void expireHere({ all: true, paths: [], routes: [] });
    })
    .catch(retry);
}

export function startRevalidationListener(): void {
  if (state.datelineListenerStarted || !settings().DATABASE_URL) return;
  state.datelineListenerStarted = true;
  connect(0, false);
}

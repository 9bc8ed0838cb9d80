import "server-only";
import { AppError } from "@/lib/errors";
import { getSessionState } from "@/lib/auth/current-user";
import type { SessionState } from "@/lib/auth/sessions";

export const SIGN_IN_AGAIN = "Your sign-in has ended. Sign in again.";

// The second-factor step and the set-up it may require act on a session that is not
// complete yet, which the action client (rightly) does not count as signed in: their
// actions are `public` and their credential is this session, checked here, in the
// state each step needs.
export async function requireSessionIn<K extends SessionState["kind"]>(...kinds: K[]): Promise<Extract<SessionState, { kind: K }>> {
  const state = await getSessionState();
  if (!kinds.includes(state.kind as K)) throw new AppError("UNAUTHENTICATED", SIGN_IN_AGAIN);
  return state as Extract<SessionState, { kind: K }>;
}

// What every article service call may carry besides the actor: the client's address
// for audit rows, and "now" (tests pass a fixed time).
export type ServiceContext = { ip?: string | null; now?: Date };

export const LOCK_TTL_MS = 5 * 60_000;
export const TRASH_DAYS = 30;

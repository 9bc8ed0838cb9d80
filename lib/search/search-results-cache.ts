import "server-only";

// Reader searches, kept briefly in this instance. When a story breaks, readers search for
// the same words at once: identical searches in flight share one database search, and its
// answer serves later readers until anything public changes (lib/cache/expiry-effects.ts
// clears this, in every instance, for local and heard expiries alike), until the next scheduled
// publication is due (the reader's `validUntil`), or MAX_AGE_MS passes.
const MAX_ENTRIES = 500;
const MAX_AGE_MS = 60_000;

type Entry = { expiresAt: number; value: Promise<unknown> };
const state = globalThis as unknown as { datelineSearchCache?: Map<string, Entry> };

export type Expiring<T> = { value: T; validUntil: number | null };

/** The cached answer for `key`, or `read()`'s, shared with identical searches in flight. */
export async function readThroughSearchCache<T>(key: string, read: () => Promise<Expiring<T>>, now = Date.now()): Promise<T> {
  const cache = (state.datelineSearchCache ??= new Map());
  const hit = cache.get(key);
  if (hit && now < hit.expiresAt) {
    // Map order is insertion order: re-inserting keeps the least recently used first.
    cache.delete(key);
    cache.set(key, hit);
    return hit.value as Promise<T>;
  }
  const entry: Entry = { expiresAt: now + MAX_AGE_MS, value: Promise.resolve() };
  const value = read().then(
    (answer) => {
      if (answer.validUntil !== null) entry.expiresAt = Math.min(entry.expiresAt, answer.validUntil);
      return answer.value;
    },
    (error: unknown) => {
      // A failed search is not remembered; the next reader tries again.
      if (cache.get(key) === entry) cache.delete(key);
      throw error;
    },
  );
  entry.value = value;
  cache.delete(key);
  cache.set(key, entry);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}

/** Forgets every cached search (called whenever public pages expire). */
export function clearSearchCache(): void {
  // A new map: a search still in flight settles into the old one, which nobody reads.
  state.datelineSearchCache = new Map();
}

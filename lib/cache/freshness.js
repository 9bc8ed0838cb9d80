// @ts-check
// What this process knows about expired pages: one map, tag → the last time (this
// process's clock) anything carrying the tag was expired. Shared by the page cache
// handler (lib/cache/page-cache-handler.js, which Next loads at run time outside the
// app's bundles) and the app's own modules (the listener, the expiry effects), which
// Next bundles separately: each gets its own copy of this module, so the state lives on
// globalThis under one symbol, and every copy reads and writes the same map.
//
// Plain JavaScript (checked through // @ts-check, typed by freshness.d.ts) because Next
// imports the handler, and so this file, with Node's own loader.

const STATE = Symbol.for("dateline.freshness");

/** Every app route's cache entry carries this implicit tag: expiring it expires every page. */
export const EVERY_PAGE_TAG = "_N_T_/layout";

/**
 * A render that must not be served past a given moment (the next scheduled publication,
 * the end of the news sitemap's slot) carries a tag with this prefix and the moment in
 * epoch milliseconds (capPageLifetime); the handler ends the entry exactly then.
 * Lifetimes in seconds alone would round it by up to a second.
 */
export const LIFETIME_END_TAG_PREFIX = "dateline:ends-at:";

// Past this many remembered tags, the map collapses into one site-wide expiry: the old
// records are replaced by a newer one that covers them all, so memory stays bounded and
// nothing is ever served that an old record would have expired.
const MAX_REMEMBERED_TAGS = 50_000;

/**
 * @typedef {(tags: readonly string[]) => void} ExpiryEffect
 * @typedef {{
 *   expiredAt: Map<string, number>,
 *   effects: Map<string, ExpiryEffect>,
 *   announce: ((tags: readonly string[]) => Promise<void>) | null,
 * }} Freshness
 */

/** @returns {Freshness} */
export function freshness() {
  const holder = /** @type {{ [STATE]?: Freshness }} */ (/** @type {unknown} */ (globalThis));
  holder[STATE] ??= { expiredAt: new Map(), effects: new Map(), announce: null };
  return holder[STATE];
}

/**
 * Records that everything carrying one of these tags and rendered before `at` is out of
 * date, then runs the registered effects (the search cache, the known slugs). One map
 * write per tag, whatever the number of cached pages: each entry checks its own tags when
 * it is next read (lib/cache/page-cache-handler.js).
 * @param {readonly string[]} tags
 * @param {number} [at]
 */
export function recordExpiry(tags, at = Date.now()) {
  const state = freshness();
  if (state.expiredAt.size + tags.length > MAX_REMEMBERED_TAGS) {
    state.expiredAt.clear();
    state.expiredAt.set(EVERY_PAGE_TAG, at);
  }
  for (const tag of tags) state.expiredAt.set(tag, Math.max(at, state.expiredAt.get(tag) ?? at));
  for (const [name, effect] of state.effects) {
    try {
      effect(tags);
    } catch (error) {
      console.error(`Expiry effect "${name}" failed:`, error);
    }
  }
}

/**
 * Has any of `tags` been expired at or after `since`? An expiry in the same millisecond
 * as a render's start counts: the render may not have seen the change.
 * @param {readonly string[]} tags
 * @param {number} since
 */
export function isExpiredSince(tags, since) {
  const expiredAt = freshness().expiredAt;
  for (let i = 0; i < tags.length; i += 1) {
    const at = expiredAt.get(/** @type {string} */ (tags[i]));
    if (at !== undefined && at >= since) return true;
  }
  return false;
}

/**
 * Registers what must also happen on every expiry, here or heard from another instance.
 * Registering the same name again replaces it (each bundle's copy of a module may do so).
 * @param {string} name
 * @param {ExpiryEffect} effect
 */
export function onExpiry(name, effect) {
  freshness().effects.set(name, effect);
}

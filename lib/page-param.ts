// Lists are read page by page with OFFSET, and PostgreSQL reads and throws away every row
// before it: `?page=100000` would make one request walk a hundred thousand rows. So no
// list is paged deeper than this many rows from its top; older entries are reached by
// filters and search (and every article by the sitemap), never by paging that far.
export const MAX_LIST_DEPTH = 10_000;

/** The deepest page of a list with `pageSize` entries a page. */
export function maxPageFor(pageSize: number): number {
  return Math.max(1, Math.floor(MAX_LIST_DEPTH / pageSize));
}

/** A page a service may read: whole, at least 1, or null past the deepest page. */
export function boundPage(page: number | undefined, pageSize: number): number | null {
  const whole = Math.max(1, Math.floor(page ?? 1));
  return whole <= maxPageFor(pageSize) ? whole : null;
}

/**
 * `?page=` from a URL: a positive whole number (anything unreadable is page 1), or null
 * when it is past the deepest page of a list with `pageSize` entries a page. Reader pages
 * answer null with 404; the newsroom shows its last page with a note.
 */
export function readPageParam(value: string | string[] | undefined, pageSize: number): number | null {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  if (!/^\d+$/.test(raw)) return 1;
  if (raw.length > 9) return null;
  const page = Number(raw);
  if (page < 1) return 1;
  return page <= maxPageFor(pageSize) ? page : null;
}

import { z } from "zod";
import { SEARCH_QUERY_MAX } from "@/lib/search/search-query";

// A person's saved view of the newsroom list: the list's own filters, kept as the query
// string the list reads, so a saved view and an address mean the same thing and a
// stale or odd saved value is read as leniently as a typed address.
export const DESK_VIEW_KEYS = ["q", "status", "byline", "tag"] as const;
export const DESK_VIEW_MAX = 400;

const part = (max: number) => z.string().trim().max(max, "This filter is too long to save.").optional();

export const deskViewSchema = z.object({ q: part(SEARCH_QUERY_MAX), status: part(20), byline: part(36), tag: part(96) });
export type DeskViewInput = z.infer<typeof deskViewSchema>;

export function deskViewQuery(input: DeskViewInput): string {
  const query = new URLSearchParams();
  for (const key of DESK_VIEW_KEYS) if (input[key]) query.set(key, input[key]);
  return query.toString().slice(0, DESK_VIEW_MAX);
}

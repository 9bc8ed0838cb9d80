import { z } from "zod";
import { AppError } from "@/lib/errors";

// An opaque cursor: the last row's sort key and id (keyset pagination, stable while
// articles are added or changed), or, for a search, the position in its ranked list.
// Live entries page by posting time and id ("posted"), sections by path ("path").
// base64url JSON; a cursor names the order it belongs to, so it cannot be replayed
// against another one.
const cursorSchema = z.union([
  z.object({ k: z.enum(["published", "updated"]), t: z.iso.datetime(), i: z.uuid() }),
  z.object({ k: z.literal("posted"), t: z.iso.datetime(), i: z.uuid() }),
  z.object({ k: z.literal("rank"), o: z.int().min(0).max(10_000) }),
  z.object({ k: z.literal("slug"), s: z.string().max(200) }),
  z.object({ k: z.literal("path"), s: z.string().max(400) }),
]);
export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

const BAD_CURSOR = "cursor is not one this API gave out. Pass next_cursor from the previous page unchanged, with the same sort and q.";

export function decodeCursor<K extends Cursor["k"]>(value: string | undefined, kinds: readonly K[]): Extract<Cursor, { k: K }> | null {
  if (value === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw new AppError("VALIDATION", BAD_CURSOR);
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success || !(kinds as readonly string[]).includes(result.data.k)) throw new AppError("VALIDATION", BAD_CURSOR);
  return result.data as Extract<Cursor, { k: K }>;
}

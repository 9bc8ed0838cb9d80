import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listMedia } from "@/lib/media/list-media";
import { imageSources } from "@/lib/media/media-url";
import { isSameOrigin } from "@/lib/http/same-origin";
import { getClientIp } from "@/lib/http/client-ip";
import { mediaFieldsSchema, mediaIdSchema } from "@/lib/media/schema";
import { fillMediaFields } from "@/lib/media/fill-media-fields";
import { isAppError, toPublicMessage } from "@/lib/errors";
import { expireEveryPublicPage } from "@/lib/cache/expire-pages";
import { readSmallBody } from "@/lib/http/read-limited-body";

// Alt text, caption and credit (at most 1,700 characters) and an id, as JSON.
const MEDIA_FIELDS_BODY_LIMIT = 16 * 1024;

// The library, as JSON for the editor's image picker. Staff only.
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Your session has ended. Sign in again." }, { status: 401 });
  const query = new URL(request.url).searchParams.get("q") ?? "";
  const items = await listMedia({ query, take: 60 });
  return NextResponse.json(
    { items: items.map((m) => ({ ...m, ...imageSources(m) })) },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

// The editor's image panel: fill the library's empty alt text, caption or credit.
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return NextResponse.json({ message: "This request came from another site." }, { status: 403 });
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ message: "Your session has ended. Sign in again." }, { status: 401 });
  const read = await readSmallBody(request, MEDIA_FIELDS_BODY_LIMIT);
  if (!read.ok) return NextResponse.json({ message: read.message }, { status: read.status });
  const body = parseJsonObject(read.body);
  const id = mediaIdSchema.safeParse(body?.id);
  const fields = mediaFieldsSchema.safeParse({ alt: body?.alt ?? "", caption: body?.caption ?? "", credit: body?.credit ?? "" });
  if (!id.success || !fields.success) return NextResponse.json({ message: "Those image details could not be read." }, { status: 422 });
  try {
    const update = await fillMediaFields(user, id.data, fields.data, await getClientIp());
    // Pages that show the image (featured image, byline picture) render its new details.
    if (update && (update.liveArticles > 0 || update.avatars > 0)) expireEveryPublicPage();
    return NextResponse.json({ ok: true });
  } catch (error) {
    if (!isAppError(error)) console.error("Filling image details failed", error);
    return NextResponse.json({ message: toPublicMessage(error) }, { status: isAppError(error) ? error.status : 500 });
  }
}

function parseJsonObject(body: Buffer): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

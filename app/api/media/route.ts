import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listMedia } from "@/lib/media/list-media";
import { imageSources } from "@/lib/media/media-url";

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

import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getFrontForEditing } from "@/lib/fronts/get-front-for-editing";
import { resolveFront } from "@/lib/fronts/resolve-front";
import { HOME_FRONT, sectionFrontKey } from "@/lib/fronts/schema";
import { htmlResponse } from "@/lib/html/html-response";
import { notFoundResponse } from "@/lib/html/not-found-response";
import { getSectionById } from "@/lib/sections/get-section";
import { FrontPage } from "@/components/site/front-page";

// The last saved draft of a front as readers would see it now: the same resolver and
// markup as the public front, never cached, for editors only, and kept out of search engines.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !can(user, "front.edit")) return new Response("Only editors and admins preview fronts.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
  const { key: param } = await params;
  const section = param === "home" ? null : z.uuid().safeParse(param).success ? await getSectionById(param) : null;
  if (param !== "home" && !section) return notFoundResponse();
  const now = new Date();
  const front = await getFrontForEditing(section ? sectionFrontKey(section.id) : HOME_FRONT, now);
  const blocks = await resolveFront(front.blocks, { now, scopeSectionId: section?.id ?? null });
  const response = htmlResponse(
    FrontPage({ meta: { title: `Preview: ${section?.name ?? "Home page"}`, robots: "noindex, nofollow" }, heading: `Preview: ${section?.name ?? "Home page"}`, headingVisible: true, blocks, moreHref: null }),
  );
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction, defineCall } from "@/lib/actions/define-action";
import { publishAtSchema } from "@/lib/articles/schema";
import { zonedLocalToDate } from "@/lib/articles/zoned-time";
import { expirePages } from "@/lib/cache/expire-pages";
import { ROUTES } from "@/lib/cache/list-affected-paths";
import { AppError } from "@/lib/errors";
import { searchStoriesForFront, STORY_SEARCH_MAX, type StoryOption } from "@/lib/fronts/get-front-for-editing";
import { restoreFrontRevision, saveFront, withdrawScheduledLayout } from "@/lib/fronts/save-front";
import { blocksJsonSchema, frontKeySchema, HOME_FRONT } from "@/lib/fronts/schema";
import { siteTimeZone } from "@/lib/site";

const saveFrontSchema = z.object({
  key: frontKeySchema,
  blocks: blocksJsonSchema,
  intent: z.enum(["draft", "publish", "schedule"], { error: "Choose Save draft, Publish now or Schedule." }),
  at: z.union([publishAtSchema, z.literal("")]).default(""),
});
const revisionSchema = z.object({ key: frontKeySchema, revisionId: z.uuid("That revision no longer exists.") });

/** The admin address of a front: /admin/fronts/home or /admin/fronts/<section id>. */
function adminPath(key: string): string {
  return `/admin/fronts/${key === HOME_FRONT ? "home" : key.slice("section:".length)}`;
}

// The reader pages a front is on: the home page, or the section's pages (one route).
function expireFront(key: string): void {
  try {
    expirePages(key === HOME_FRONT ? { paths: ["/"], routes: [] } : { paths: [], routes: [ROUTES.sections] });
  } catch (error) {
    console.error("Expiring the front failed; it will refresh on its own lifetime:", error);
  }
}

export const saveFrontAction = defineAction({ permission: "front.edit", schema: saveFrontSchema }, async ({ key, blocks, intent, at }, { user, ip, now }) => {
  if (intent === "draft") {
    await saveFront(user, key, { kind: "DRAFT", blocks }, now, ip);
    revalidatePath(adminPath(key));
    return { status: "success", message: "Draft saved. Preview shows it; readers still see the published layout." };
  }
  if (intent === "publish") {
    await saveFront(user, key, { kind: "PUBLISH", blocks }, now, ip);
    expireFront(key);
    revalidatePath(adminPath(key));
    return { status: "success", message: "Published: readers see this layout now." };
  }
  const when = at ? zonedLocalToDate(at, siteTimeZone()) : null;
  if (!when) throw new AppError("VALIDATION", "Choose when the layout goes live.", { at: ["Choose a date and time."] });
  await saveFront(user, key, { kind: "SCHEDULE", blocks, at: when }, now, ip);
  // The cached front must end at the scheduled time: render it again now, with that end.
  expireFront(key);
  revalidatePath(adminPath(key));
  return { status: "success", message: `Scheduled: this layout goes live at ${at.replace("T", " ")} (${siteTimeZone()}).` };
});

export const restoreFrontAction = defineAction({ permission: "front.edit", schema: revisionSchema }, async ({ key, revisionId }, { user, ip, now }) => {
  await restoreFrontRevision(user, key, revisionId, now, ip);
  expireFront(key);
  revalidatePath(adminPath(key));
  return { status: "success", message: "Restored: readers see that layout now." };
});

export const withdrawFrontAction = defineAction({ permission: "front.edit", schema: revisionSchema }, async ({ key, revisionId }, { user, ip, now }) => {
  await withdrawScheduledLayout(user, key, revisionId, now, ip);
  expireFront(key);
  revalidatePath(adminPath(key));
  return { status: "success", message: "Called off: that layout will not go live." };
});

export const searchStoriesCall = defineCall(
  { permission: "front.edit", schema: z.string().max(STORY_SEARCH_MAX, `Search for at most ${STORY_SEARCH_MAX} characters.`), refused: [] as StoryOption[] },
  async (query): Promise<StoryOption[]> => searchStoriesForFront(query),
);

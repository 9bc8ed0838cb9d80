"use server";

import { refresh } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { ActionState } from "@/lib/actions/action-state";
import { markMentionsRead } from "@/lib/comments/inbox";
import { markMentionsReadSchema } from "@/lib/comments/schema";

// The inbox (issue 17): one's own mentions only; the user id comes from the session.
export const markMentionsReadAction = defineAction({ permission: "article.view", schema: markMentionsReadSchema }, async ({ mentionId }, { user, now }): Promise<ActionState> => {
  await markMentionsRead(user.id, mentionId, now);
  refresh();
  return { status: "success", message: mentionId === "all" ? "All marked read." : "Marked read." };
});

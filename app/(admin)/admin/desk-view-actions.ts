"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineCall } from "@/lib/actions/define-action";
import { deskViewQuery, deskViewSchema } from "@/lib/articles/desk-view";
import { saveDeskView } from "@/lib/users/desk-view";

// The newsroom list's saved view, per person: the list opens with it until they forget it.
// Plain forms on the list (no client state): a refused call leaves the list as it was.
const fromForm = (value: unknown) => (value instanceof FormData ? Object.fromEntries([...value.entries()].filter(([, v]) => typeof v === "string")) : value);

export const saveDeskViewAction = defineCall(
  { permission: "article.view", schema: z.preprocess(fromForm, deskViewSchema), refused: undefined },
  async (input, { user }): Promise<void> => {
    await saveDeskView(user.id, deskViewQuery(input));
    redirect("/admin");
  },
);

export const forgetDeskViewAction = defineCall({ permission: "article.view", schema: z.unknown(), refused: undefined }, async (_input, { user }): Promise<void> => {
  await saveDeskView(user.id, "");
  redirect("/admin?all=1");
});

"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { ActionState } from "@/lib/actions/action-state";
import { apiKeyIdSchema, createApiKeySchema } from "@/lib/api-keys/schema";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/manage-api-keys";

export type CreatedKey = { key: string; name: string };

export const createApiKeyAction = defineAction({ permission: "api_key.manage", schema: createApiKeySchema }, async (input, { user, ip, now }): Promise<ActionState<CreatedKey>> => {
  const created = await createApiKey(user, input, { ip, now });
  revalidatePath("/admin/api-keys");
  return { status: "success", message: `Key “${created.name}” created (${created.scopes.join(", ")}).`, data: { key: created.key, name: created.name } };
});

export const revokeApiKeyAction = defineAction({ permission: "api_key.manage", schema: apiKeyIdSchema }, async ({ id }, { user, ip, now }) => {
  const revoked = await revokeApiKey(user, { id }, { ip, now });
  revalidatePath("/admin/api-keys");
  return { status: "success", message: `Key “${revoked.name}” revoked. Requests with it now get 401.` };
});

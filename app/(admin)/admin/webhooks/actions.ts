"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { readWebhookEndpointForm, webhookDeliveryIdSchema, webhookEndpointIdSchema, webhookEndpointSchema } from "@/lib/webhooks/schema";
import { createWebhookEndpoint, deleteWebhookEndpoint, rotateWebhookSecret, updateWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { sendDeliveryAgain } from "@/lib/webhooks/deliveries";

const idSchema = z.object({ id: webhookEndpointIdSchema });
const deleteSchema = z.object({ id: webhookEndpointIdSchema, confirm: z.string().max(8).optional() });

export type CreatedWebhook = { id: string; secret: string };

export const createWebhookAction = defineAction(
  { permission: "webhook.manage", schema: webhookEndpointSchema, read: readWebhookEndpointForm },
  async (input, { user, ip }) => {
    const created = await createWebhookEndpoint(user, input, ip);
    revalidatePath("/admin/webhooks");
    return { status: "success" as const, message: `Endpoint added. Copy its signing secret now: it is not shown again.`, data: created };
  },
);

export const updateWebhookAction = defineAction(
  { permission: "webhook.manage", schema: webhookEndpointSchema.extend({ id: webhookEndpointIdSchema }), read: readWebhookEndpointForm },
  async ({ id, ...input }, { user, ip }) => {
    await updateWebhookEndpoint(user, id, input, ip);
    revalidatePath(`/admin/webhooks/${id}`);
    return { status: "success", message: "Saved." };
  },
);

export const rotateWebhookSecretAction = defineAction({ permission: "webhook.manage", schema: idSchema }, async ({ id }, { user, ip }) => {
  const { secret } = await rotateWebhookSecret(user, id, ip);
  return { status: "success" as const, message: "New secret made. The old one also signs for 24 hours, so the receiver can switch.", data: { id, secret } };
});

export const deleteWebhookAction = defineAction({ permission: "webhook.manage", schema: deleteSchema }, async ({ id, confirm }, { user, ip }) => {
  if (confirm !== "yes") return { status: "error", message: "Tick the box to confirm that this endpoint and its delivery log are deleted." };
  await deleteWebhookEndpoint(user, id, ip);
  revalidatePath("/admin/webhooks");
  redirect("/admin/webhooks?done=deleted");
});

export const sendAgainAction = defineAction({ permission: "webhook.manage", schema: z.object({ deliveryId: webhookDeliveryIdSchema }) }, async ({ deliveryId }, { user, ip }) => {
  const { endpointId } = await sendDeliveryAgain(user, deliveryId, ip);
  revalidatePath(`/admin/webhooks/${endpointId}`);
  return { status: "success", message: "Queued to send again (same webhook-id)." };
});

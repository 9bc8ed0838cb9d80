import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";

export const WEBHOOK_URL_MAX = 2_000;
export const WEBHOOK_DESCRIPTION_MAX = 200;

// Shape only; where the address points (public or not) is checked by the service,
// which resolves it (lib/webhooks/address-guard.ts).
export const webhookUrlSchema = z
  .string({ error: "Enter the receiver's address." })
  .trim()
  .min(1, "Enter the receiver's address.")
  .max(WEBHOOK_URL_MAX, `Addresses are at most ${WEBHOOK_URL_MAX} characters.`)
  .refine((value) => URL.canParse(value), "Enter a full address such as https://hooks.example.com/dateline.")
  .refine((value) => !URL.canParse(value) || ["http:", "https:"].includes(new URL(value).protocol), "The address must start with https:// (or http://).")
  .refine((value) => !URL.canParse(value) || (!new URL(value).username && !new URL(value).password), "Put no user name or password in the address; receivers check the signature instead.")
  .refine((value) => !URL.canParse(value) || !new URL(value).hash, "Remove the #fragment from the address.");

export const webhookEndpointSchema = z.object({
  url: webhookUrlSchema,
  description: z.string().trim().max(WEBHOOK_DESCRIPTION_MAX, `Keep the description under ${WEBHOOK_DESCRIPTION_MAX} characters.`).default(""),
  events: z
    .array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Choose events from the list." }))
    .min(1, "Choose at least one event.")
    .max(WEBHOOK_EVENT_TYPES.length),
  enabled: z.boolean().default(true),
});
export type WebhookEndpointInput = z.infer<typeof webhookEndpointSchema>;

export const webhookEndpointIdSchema = z.uuid("That endpoint no longer exists.");
export const webhookDeliveryIdSchema = z.uuid("That delivery no longer exists.");

/** The endpoint form's fields: `events` is one checkbox per event, `enabled` a checkbox. */
export function readWebhookEndpointForm(formData: FormData): unknown {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    id: text("id"),
    url: text("url"),
    description: text("description"),
    events: formData.getAll("events").filter((v): v is string => typeof v === "string").slice(0, 50),
    enabled: formData.get("enabled") === "on",
  };
}

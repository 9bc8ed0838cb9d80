import "server-only";
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

// Secrets in Standard Webhooks' form: "whsec_" and 32 random bytes in base64, which the
// `standardwebhooks` library (and Svix's) takes as it is.
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export type SigningSecrets = { current: string; previous?: string | null };

/**
 * The three Standard Webhooks headers for one attempt. During a rotation both secrets
 * sign, space-separated, as the specification allows: a receiver still holding the old
 * secret keeps verifying until it switches.
 */
export function signWebhook(messageId: string, timestamp: Date, body: string, secrets: SigningSecrets): Record<string, string> {
  const signatures = [secrets.current, ...(secrets.previous ? [secrets.previous] : [])].map((secret) => new Webhook(secret).sign(messageId, timestamp, body));
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}

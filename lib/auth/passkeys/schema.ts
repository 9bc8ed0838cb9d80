import { z } from "zod";

export const PASSKEY_NAME_MAX = 60;
// A WebAuthn response is a few hundred bytes to a few kilobytes (attestation certificates);
// anything longer is refused before it is parsed.
export const PASSKEY_RESPONSE_MAX = 16 * 1024;

export const passkeyNameSchema = z
  .string({ error: "Give the passkey a name." })
  .trim()
  .min(1, "Give the passkey a name, such as “Work laptop”.")
  .max(PASSKEY_NAME_MAX, `A passkey name is at most ${PASSKEY_NAME_MAX} characters.`);

export const passkeyIdSchema = z.uuid({ error: "That passkey does not exist." });

// The browser's JSON (from @simplewebauthn/browser), bounded, then parsed into a plain object
// for @simplewebauthn/server, which checks every field itself.
export const webauthnResponseSchema = z
  .string()
  .max(PASSKEY_RESPONSE_MAX, "The passkey's answer was too long.")
  .transform((text, ctx) => {
    try {
      const value = JSON.parse(text) as unknown;
      if (value && typeof value === "object" && typeof (value as { id?: unknown }).id === "string") return value as Record<string, unknown> & { id: string };
    } catch {
      // answered below
    }
    ctx.addIssue({ code: "custom", message: "The passkey's answer could not be read. Try again." });
    return z.NEVER;
  });

export const registerPasskeySchema = z.object({ name: passkeyNameSchema, response: webauthnResponseSchema });
export const renamePasskeySchema = z.object({ id: passkeyIdSchema, name: passkeyNameSchema });
export const removePasskeySchema = z.object({ id: passkeyIdSchema });

export type PasskeySummary = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; backedUp: boolean };

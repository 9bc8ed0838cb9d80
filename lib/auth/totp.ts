import "server-only";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { open, seal } from "@/lib/auth/secret-box";

// TOTP (RFC 6238) through otplib: 6 digits, 30-second steps, SHA-1, as every
// authenticator app expects. A code is accepted for the current step and one step
// either side (clock drift), and never for a step at or before the last one accepted,
// so a code seen over a shoulder cannot be used again within its window.

export const TOTP_PERIOD_SECONDS = 30;
const PURPOSE = "totp-secret";

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function sealTotpSecret(userId: string, secret: string): string {
  return seal(PURPOSE, userId, secret);
}

export function openTotpSecret(userId: string, sealed: string): string | null {
  return open(PURPOSE, userId, sealed);
}

export function totpUri(issuer: string, account: string, secret: string): string {
  return generateURI({ issuer, label: account, secret });
}

// The QR code as an SVG string, drawn on the server (no script, nothing fetched).
export async function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M", color: { dark: "#000000", light: "#ffffff" } });
}

// "ABCD EFGH …": the key in groups of four, for typing into an app by hand.
export function groupKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

// The step the code was accepted for, or null. `afterStep`: the last step used.
export async function verifyTotpCode(secret: string, code: string, afterStep: number | null, now: Date): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  });
  if (!result.valid) return null;
  const step = (result as { timeStep?: number }).timeStep;
  return typeof step === "number" ? step : null;
}

import { createHash, randomBytes } from "node:crypto";

// An API key is 32 random bytes (256 bits) from the operating system, base64url, after a
// "dl_" marker that secret scanners and people can recognise. With that much entropy a
// plain SHA-256 is enough to store it: there is nothing to guess, so a slow password hash
// would only slow every request down (docs/content-api.md, "Keys").
export const KEY_MARKER = "dl_";
const KEY_PATTERN = /^dl_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = KEY_MARKER.length + 8;

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = KEY_MARKER + randomBytes(32).toString("base64url");
  return { key, prefix: key.slice(0, PREFIX_LENGTH), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** Whether a presented string even looks like a key (checked before any database read). */
export function isWellFormedKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

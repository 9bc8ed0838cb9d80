import { z } from "zod";
import { COMMON_PASSWORDS_TEXT } from "@/lib/auth/common-passwords";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

let common: Set<string> | undefined;

// Almost all of the 1,000 are shorter than 12 characters, so the usual ways of
// stretching one are caught too: "Password2024!", "qwertyqwerty", "monkey monkey".
export function isCommonPassword(password: string): boolean {
  common ??= new Set(COMMON_PASSWORDS_TEXT.split("\n").filter(Boolean));
  const lower = password.trim().toLowerCase();
  if (common.has(lower)) return true;
  const core = lower.replace(/[\d\W_]+$/u, "").replace(/^[\d\W_]+/u, "");
  if (core.length > 0 && common.has(core)) return true;
  const repeated = lower.replace(/\s+/g, "").match(/^(.+?)\1+$/u)?.[1];
  if (repeated && (common.has(repeated) || repeated.length <= 3)) return true;
  return /^\d+$/.test(lower) && common.has(lower.slice(0, 6));
}

// Length is what makes a password strong; the list catches the ones attackers try first.
export const newPasswordSchema = z
  .string({ error: "Enter a new password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters; a few unrelated words make a good password.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !isCommonPassword(p), "That password is one of the most common ones; choose another.")
  .refine((p) => new Set(p).size >= 4, "That password repeats too few characters; choose another.");

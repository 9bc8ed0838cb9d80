import { z } from "zod";
import { commonPasswords } from "@/lib/auth/common-passwords";
import { findRepeatingUnit } from "@/lib/auth/repeating-unit";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

// Almost all of the 1,000 are shorter than 12 characters, so the usual ways of
// stretching one are caught too: "Password2024!", "qwertyqwerty", "monkey monkey".
// Every step is a single pass over the text (no backtracking pattern), and text longer
// than any allowed password is not looked at: the schema refuses it first.
export function isCommonPassword(password: string): boolean {
  if (password.length > PASSWORD_MAX) return false;
  const common = commonPasswords();
  const lower = password.trim().toLowerCase();
  if (common.has(lower)) return true;
  const core = trimToLetters(lower);
  if (core.length > 0 && common.has(core)) return true;
  const repeated = findRepeatingUnit(lower.replace(/\s+/g, ""));
  if (repeated && (common.has(repeated) || repeated.length <= 3)) return true;
  return /^\d+$/.test(lower) && common.has(lower.slice(0, 6));
}

// "2024password!!" → "password": drops everything but ASCII letters from both ends
// (what /^[\d\W_]+|[\d\W_]+$/u removed, without its quadratic backtracking on "111…1x").
function trimToLetters(text: string): string {
  let start = 0;
  let end = text.length;
  while (end > start && !isAsciiLetter(text.charCodeAt(end - 1))) end--;
  while (start < end && !isAsciiLetter(text.charCodeAt(start))) start++;
  return text.slice(start, end);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

// Length is what makes a password strong; the list catches the ones attackers try first.
// The length checks come first and abort: zod otherwise runs every later check on a
// refused value, and a 4 MB "password" must cost no more than reading its length.
export const newPasswordSchema = z
  .string({ error: "Enter a new password." })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.`, abort: true })
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters; a few unrelated words make a good password.`, abort: true })
  .refine((p) => !isCommonPassword(p), "That password is one of the most common ones; choose another.")
  .refine((p) => new Set(p).size >= 4, "That password repeats too few characters; choose another.");

import { readFileSync } from "node:fs";
import path from "node:path";

// The 1,000 most common passwords (first 1,000 lines of the "10 million password list, top 1M"
// from OWASP SecLists by Daniel Miessler and Jason Haddix, CC BY-SA 3.0), lowercase, one a
// line, in common-passwords.txt beside this file. Refused as new passwords by
// lib/auth/password-policy.ts.
//
// Data, not code: read once, on first use. The path is taken from the working directory
// (the project root under `npm start`, `next start`, Vitest and the scripts) rather than
// from this module's own address, which inside `next build` output is a server chunk; the
// build traces the file into its output (outputFileTracingIncludes in next.config.js).
export const COMMON_PASSWORDS_FILE = path.join(process.cwd(), "lib", "auth", "common-passwords.txt");

let common: ReadonlySet<string> | undefined;

export function commonPasswords(): ReadonlySet<string> {
  common ??= readList();
  return common;
}

function readList(): ReadonlySet<string> {
  let text: string;
  try {
    text = readFileSync(COMMON_PASSWORDS_FILE, "utf8");
  } catch (error) {
    throw new Error(`The common-password list is missing at ${COMMON_PASSWORDS_FILE}; start Dateline from its project folder.`, { cause: error });
  }
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  // A truncated file would quietly let common passwords through.
  if (lines.length < 1000) throw new Error(`The common-password list at ${COMMON_PASSWORDS_FILE} has ${lines.length} lines, expected 1,000.`);
  return new Set(lines);
}

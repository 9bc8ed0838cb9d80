import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id at the OWASP minimum (m=19 MiB, t=2, p=1): about 18 ms a check here.
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Checked against when the email is unknown, so both failures take the same time.
let decoyHash: Promise<string> | undefined;
export function getDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword("dateline-decoy-password-never-matches");
  return decoyHash;
}

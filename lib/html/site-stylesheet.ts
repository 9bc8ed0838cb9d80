import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { settings } from "@/lib/settings";

let cached: string | null = null;

/** The reader stylesheet's address, written by the build (scripts/lib/site-css.ts). */
export function siteStylesheetHref(): string {
  if (cached && settings().NODE_ENV === "production") return cached;
  try {
    const manifest = JSON.parse(readFileSync(path.join(process.cwd(), "public", "assets", "site-css.json"), "utf8")) as { href?: unknown };
    if (typeof manifest.href === "string") cached = manifest.href;
  } catch {
    console.error("The reader stylesheet is missing: run `npm run build` (or `npm start`, which builds).");
  }
  return cached ?? "/assets/site.css";
}

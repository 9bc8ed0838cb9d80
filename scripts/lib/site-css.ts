import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import tailwind from "@tailwindcss/postcss";
import postcss from "postcss";

// Reader pages are plain HTML from cached route handlers (components/site), so Next's
// CSS pipeline never sees them: their stylesheet is built here from app/globals.css,
// minified, under a content-hashed name that may be cached for a year
// (public/assets/site-<hash>.css; its address in public/assets/site-css.json).
export const SITE_CSS_DIR = "public/assets";
export const SITE_CSS_MANIFEST = "site-css.json";

export async function buildSiteCss(root: string): Promise<string> {
  const from = path.join(root, "app", "globals.css");
  const result = await postcss([tailwind({ base: root, optimize: { minify: true } })]).process(readFileSync(from, "utf8"), { from });
  const hash = createHash("sha256").update(result.css).digest("hex").slice(0, 12);
  const dir = path.join(root, SITE_CSS_DIR);
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) if (/^site-[0-9a-f]+\.css$/.test(old)) rmSync(path.join(dir, old));
  const file = `site-${hash}.css`;
  writeFileSync(path.join(dir, file), result.css);
  writeFileSync(path.join(dir, SITE_CSS_MANIFEST), `${JSON.stringify({ href: `/assets/${file}` })}\n`);
  return file;
}

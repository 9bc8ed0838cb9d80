import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// components/ is shared UI: it gets server actions as props from the page that renders
// it, and never reaches up into app/ (routes, their actions and their private forms).
const ROOT = path.resolve(import.meta.dirname, "../..");
const COMPONENTS = path.join(ROOT, "components");
// Static imports, re-exports, `import "x"` and dynamic import("x").
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(full);
    return /\.(ts|tsx|js|jsx|mts)$/.test(entry.name) ? [full] : [];
  });
}

/** The project-relative path an import points at, or null for a package. */
function resolveSpecifier(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.relative(ROOT, path.resolve(path.dirname(file), specifier)).split(path.sep).join("/");
  return null;
}

function listAppImports(file: string, source: string): string[] {
  return [...source.matchAll(SPECIFIER)]
    .map((match) => match[1] ?? "")
    .filter((specifier) => {
      const target = resolveSpecifier(file, specifier);
      return target !== null && (target === "app" || target.startsWith("app/"));
    });
}

describe("layering", () => {
  it("finds an import from app/ however it is spelled (so the rule below can fail)", () => {
    const file = path.join(COMPONENTS, "admin", "example.tsx");
    const source = [
      'import { saveArticleAction } from "@/app/(admin)/admin/articles/actions";',
      'import type { LockView } from "../../app/(admin)/admin/articles/actions";',
      'export { x } from "../../app/x";',
      'const lazy = import("@/app/y");',
      'import { Field } from "@/components/admin/ui/field";',
      'import { useState } from "react";',
      'import { approve } from "./app/local";',
    ].join("\n");
    expect(listAppImports(file, source)).toEqual([
      "@/app/(admin)/admin/articles/actions",
      "../../app/(admin)/admin/articles/actions",
      "../../app/x",
      "@/app/y",
    ]);
  });

  it("components/ never imports from app/", () => {
    const files = listSourceFiles(COMPONENTS);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap((file) =>
      listAppImports(file, readFileSync(file, "utf8")).map((specifier) => `${path.relative(ROOT, file)} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });
});

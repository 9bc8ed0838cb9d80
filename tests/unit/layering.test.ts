import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// components/ is shared UI: it gets server actions as props from the page that renders
// it, and never reaches up into app/ (routes, their actions and their private forms).
const ROOT = path.resolve(import.meta.dirname, "../..");
const COMPONENTS = path.join(ROOT, "components");
const SITE_COMPONENTS = path.join(COMPONENTS, "site");
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

function listImportsFrom(folder: string, file: string, source: string): string[] {
  return [...source.matchAll(SPECIFIER)]
    .map((match) => match[1] ?? "")
    .filter((specifier) => {
      const target = resolveSpecifier(file, specifier);
      return target !== null && (target === folder || target.startsWith(`${folder}/`));
    });
}

function listAppImports(file: string, source: string): string[] {
  return listImportsFrom("app", file, source);
}

// Reader pages: the routes in app/(site) load the data and decide status and headers;
// components/site only draws what it is given. So a site component reaches no service
// that reads or writes (their types are fine: erased at build, they describe props),
// and builds no HTTP answer: no Response, NextResponse or xyzResponse() helper.
const DATA_MODULES = ["lib/articles", "lib/authors", "lib/tags", "lib/search", "lib/users", "lib/db", "lib/cache", "lib/auth", "lib/sections", "lib/fronts"];
const RESPONSE_NAME = /Response$/;

function isDataModule(target: string | null): boolean {
  return target !== null && DATA_MODULES.some((module) => target === module || target.startsWith(`${module}/`));
}

/** `import type { A }`, `import { type A, type B }`: gone after compilation. */
function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import "x"` runs the module
  if (clause.phaseModifier === ts.SyntaxKind.TypeKeyword) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

/** What in a components/site file belongs in a route: data-module imports and Responses. */
function listControllerCode(file: string, source: string): string[] {
  const found = new Set<string>();
  const checkModule = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteral(specifier) || typeOnly) return;
    if (isDataModule(resolveSpecifier(file, specifier.text))) found.add(`imports ${specifier.text}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) checkModule(node.moduleSpecifier, isTypeOnlyImport(node));
    else if (ts.isExportDeclaration(node)) checkModule(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require"))) {
      checkModule(node.arguments[0], false);
    } else if (ts.isIdentifier(node) && RESPONSE_NAME.test(node.text)) found.add(`uses ${node.text}`);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX));
  return [...found];
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

  it("finds data loading and responses in a site component however they are spelled (so the rule below can fail)", () => {
    const file = path.join(ROOT, "components", "site", "example-page.tsx");
    const source = [
      'import { getPublishedArticle } from "@/lib/articles/get-published-article";',
      'import { type ArticleCard, listPublishedArticles } from "../../lib/articles/list-published-articles";',
      'import { db } from "@/lib/db";',
      'import "@/lib/tags/get-tag";',
      'export { searchForReaders } from "@/lib/search/search-for-readers";',
      'const clock = await import("@/lib/cache/publication-clock");',
      'import { htmlResponse as respond } from "@/lib/html/html-response";',
      'import type { PublishedArticle } from "@/lib/articles/get-published-article";',
      'import { type SearchResults } from "@/lib/search/search-published-articles";',
      'export type { Author } from "@/lib/authors/get-author";',
      'import { formatPublicationDate } from "@/lib/site";',
      'import { ResponsiveImage } from "@/components/site/responsive-image";',
      "// a Response in a comment is not code",
      'export function Page(): Response { return new Response("<p>Response</p>", { status: 404 }); }',
    ].join("\n");
    expect(listControllerCode(file, source).sort()).toEqual(
      [
        "imports @/lib/articles/get-published-article",
        "imports ../../lib/articles/list-published-articles",
        "imports @/lib/db",
        "imports @/lib/tags/get-tag",
        "imports @/lib/search/search-for-readers",
        "imports @/lib/cache/publication-clock",
        "uses htmlResponse",
        "uses Response",
      ].sort(),
    );
  });

  it("components/site only presents: no data loading, no Response (the routes in app/(site) do that)", () => {
    const files = listSourceFiles(SITE_COMPONENTS);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) => listControllerCode(file, readFileSync(file, "utf8")).map((what) => `${path.relative(ROOT, file)} ${what}`));
    expect(offenders).toEqual([]);
  });

  // Newsroom pages are rendered per request, so Next's automatic prefetch of every link on
  // screen cost the server a page per link (29 requests on opening the article list).
  it("newsroom code links through components/admin/ui/link.tsx, which never prefetches", () => {
    const wrapper = path.join(COMPONENTS, "admin/ui/link.tsx");
    const files = [path.join(ROOT, "app/(admin)"), path.join(COMPONENTS, "admin"), path.join(COMPONENTS, "editor")].flatMap(listSourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const importsNextLink = (source: string) => [...source.matchAll(SPECIFIER)].some((match) => match[1] === "next/link");
    expect(importsNextLink('import Link from "next/link";')).toBe(true);
    expect(files.filter((file) => file !== wrapper && importsNextLink(readFileSync(file, "utf8"))).map((file) => path.relative(ROOT, file))).toEqual([]);
    expect(readFileSync(wrapper, "utf8")).toContain("prefetch={false}");
  });

  it("proxy.ts answers its 404 through lib/, never from components/", () => {
    const file = path.join(ROOT, "proxy.ts");
    expect(listImportsFrom("components", file, 'import { NotFoundPage } from "@/components/site/not-found-page";')).toHaveLength(1);
    expect(listImportsFrom("components", file, readFileSync(file, "utf8"))).toEqual([]);
  });
});

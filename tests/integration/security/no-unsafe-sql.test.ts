import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// No raw SQL built from strings: Prisma's tagged $queryRaw/$executeRaw bind every
// interpolation as a parameter; the *Unsafe variants and Prisma.raw() paste text into
// the query. This fails the suite (and CI) the moment one appears in shipped code.
const root = path.resolve(import.meta.dirname, "../../..");
const SCANNED = ["app", "lib", "components", "scripts", "prisma", "bench", "proxy.ts", "next.config.js"];
const SKIPPED = new Set(["node_modules", "generated", ".next"]);
const EXTENSIONS = /\.(ts|tsx|js|mjs|cjs)$/;
// Spelled in pieces so this file does not match itself if it is ever scanned.
const UNSAFE = [new RegExp("\\$queryRaw" + "Unsafe\\b"), new RegExp("\\$executeRaw" + "Unsafe\\b"), new RegExp("Prisma\\s*\\.\\s*raw" + "\\s*\\(")];

function findUnsafeSql(source: string): string[] {
  return source.split("\n").flatMap((line, i) => (UNSAFE.some((pattern) => pattern.test(line)) ? [`line ${i + 1}: ${line.trim()}`] : []));
}

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  let stat;
  try {
    stat = statSync(full);
  } catch {
    return [];
  }
  if (stat.isFile()) return EXTENSIONS.test(entry) ? [entry] : [];
  return readdirSync(full).filter((name) => !SKIPPED.has(name)).flatMap((name) => sourceFiles(path.join(entry, name)));
}

describe("unsafe raw SQL", () => {
  it("recognises every unsafe form", () => {
    expect(findUnsafeSql("await db.$queryRaw" + "Unsafe(`SELECT ${x}`)")).toHaveLength(1);
    expect(findUnsafeSql("tx.$executeRaw" + "Unsafe(sql)")).toHaveLength(1);
    expect(findUnsafeSql("Prisma.raw" + "(column)")).toHaveLength(1);
    expect(findUnsafeSql("db.$queryRaw`SELECT 1 WHERE id = ${id}`")).toEqual([]);
  });

  it("appears nowhere in the application's code", () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => findUnsafeSql(readFileSync(path.join(root, file), "utf8")).map((hit) => `${file} ${hit}`));
    console.log(`unsafe SQL check: ${files.length} files scanned, ${found.length} unsafe raw queries`);
    expect(found).toEqual([]);
  });
});

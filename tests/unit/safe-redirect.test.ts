import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/auth/schema";

describe("safeRedirectPath", () => {
  it.each(["/admin", "/admin/articles/new", "/admin?page=2"])("keeps the same-site path %s", (path) => {
    expect(safeRedirectPath(path)).toBe(path);
  });
  it.each(["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "", "admin", "/\t/evil.example", null])(
    "sends %s to /admin instead",
    (value) => {
      expect(safeRedirectPath(value)).toBe("/admin");
    },
  );
});

import { describe, expect, it } from "vitest";
import { safeRedirectPath, signInSchema } from "@/lib/auth/schema";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { articleInputSchema, tagNameSchema } from "@/lib/articles/schema";
import { parseArticleText, TextImportError } from "@/lib/content/import-text";
import { findHrefProblem, normalizeLinkInput } from "@/lib/content/link-url";
import { isValidSlug, slugify, slugSchema } from "@/lib/content/slug";
import { isSameOriginHeaders } from "@/lib/http/same-origin";
import { cleanFileName, mediaFieldsSchema } from "@/lib/media/schema";
import { readPageParam } from "@/lib/page-param";
import { searchQuerySchema } from "@/lib/search/search-query";
import { emailSchema, setPasswordSchema } from "@/lib/users/schema";

// Every parser and pattern that sees text from a request, fed a megabyte shaped to hurt a
// backtracking pattern. Each must refuse it by its length check, saying so, before any
// pattern runs, or (where the text is cut rather than refused) handle it in one pass.
// The timeouts are not speed targets: a quadratic pass over a megabyte takes minutes here,
// a linear one milliseconds, so only a super-linear implementation can reach them.
const MB = 1024 * 1024;
const TIMEOUT = { timeout: 20_000 };
const messages = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("a megabyte of hostile text", () => {
  it("sign-in: email and password refused by length alone", TIMEOUT, () => {
    const email = "a@" + "a.".repeat(MB / 2) + "!";
    expect(messages(signInSchema.safeParse({ email, password: "x" }))).toEqual(["An email address has at most 254 characters."]);
    expect(messages(signInSchema.safeParse({ email: "a@example.com", password: "1".repeat(MB) + "x" }))).toEqual(["A password has at most 1024 characters."]);
    expect(safeRedirectPath("/" + "a".repeat(MB) + "\u0000")).toBe("/admin");
  });

  it("staff email and new passwords refused by length alone", TIMEOUT, () => {
    expect(messages(emailSchema.safeParse("a".repeat(MB) + "@example.com"))).toEqual(["That email address is too long."]);
    expect(messages(newPasswordSchema.safeParse("1".repeat(MB) + "x"))).toEqual(["Use at most 256 characters."]);
    const password = "1".repeat(MB) + "x";
    expect(messages(setPasswordSchema.safeParse({ token: "t".repeat(40), password, confirm: password }))).toContain("Use at most 256 characters.");
  });

  it("slugs refused by length before the pattern", TIMEOUT, () => {
    expect(messages(slugSchema.safeParse("a-".repeat(MB / 2) + "-"))).toEqual(["A slug can be at most 96 characters."]);
    expect(isValidSlug("a-".repeat(MB / 2) + "-")).toBe(false);
    // slugify cuts rather than refuses: every step is one pass.
    expect(slugify("-".repeat(MB) + "a" + " -".repeat(MB / 2) + "!").length).toBeLessThanOrEqual(96);
  });

  it("links refused by length; the typed-link helper leaves over-long text alone", TIMEOUT, () => {
    expect(findHrefProblem("https://" + "a.".repeat(MB / 2))).toBe("Link is longer than 2048 characters");
    const typed = "a@" + "b.".repeat(MB / 2) + " ";
    expect(normalizeLinkInput(typed)).toBe(typed.trim());
    expect(normalizeLinkInput("a@" + "b.".repeat(1000) + "c")).toMatch(/^mailto:/);
  });

  it("imported text refused by size; a large file under it is split in one pass", TIMEOUT, () => {
    expect(() => parseArticleText("September 20, 2021\n" + "x".repeat(2 * MB))).toThrow(TextImportError);
    expect(() => parseArticleText("September 20, 2021\n" + "x".repeat(2 * MB))).toThrow(/longer than 1,048,576 characters/);
    const lines = "September 20, 2021\nHeadline\n\n" + ("Short heading" + "!".repeat(60) + "\n\n").repeat(10_000);
    expect(() => parseArticleText(lines)).not.toThrow(/longer than/);
  });

  it("search queries are cut to 200 characters", TIMEOUT, () => {
    expect(searchQuerySchema.parse("a ".repeat(MB))).toHaveLength(200);
  });

  it("article fields refused by length", TIMEOUT, () => {
    const result = articleInputSchema.safeParse({ headline: "h".repeat(MB), body: "[".repeat(4 * MB), slug: "a-".repeat(MB) });
    expect(messages(result)).toEqual(expect.arrayContaining(["The body is larger than 512 KB. Split the article or remove pasted material.", "Slugs are at most 96 characters."]));
    expect(messages(tagNameSchema.safeParse("!".repeat(MB)))).toContain("Tag names are at most 60 characters.");
  });

  it("media fields and file names", TIMEOUT, () => {
    expect(messages(mediaFieldsSchema.safeParse({ alt: "a".repeat(MB), caption: "", credit: "" }))).toEqual(["Keep alt text under 500 characters; describe what matters in the picture."]);
    expect(cleanFileName("/".repeat(MB) + "photo.jpg")).toBe("photo.jpg");
  });

  it("page numbers and headers", TIMEOUT, () => {
    expect(readPageParam("9".repeat(MB), 20)).toBeNull();
    const headers = new Headers({ origin: "http://" + "a.".repeat(MB / 2), host: "localhost" });
    expect(isSameOriginHeaders(headers)).toBe(false);
  });
});

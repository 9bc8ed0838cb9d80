import { describe, expect, it } from "vitest";
import { isCommonPassword, newPasswordSchema, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-policy";
import { findRepeatingUnit } from "@/lib/auth/repeating-unit";

describe("new password rules", () => {
  it("knows the most common passwords, whatever their case", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("QWERTY")).toBe(true);
    expect(isCommonPassword("Password2024!")).toBe(true);
    expect(isCommonPassword("qwertyqwerty")).toBe(true);
    expect(isCommonPassword("monkey monkey")).toBe(true);
    expect(isCommonPassword("123456789012")).toBe(true);
    expect(isCommonPassword("plum orchard rainfall")).toBe(false);
  });

  it("asks for 12 characters and refuses common ones", () => {
    expect(newPasswordSchema.safeParse("short one").error?.issues[0]?.message).toMatch(/at least 12 characters/);
    expect(newPasswordSchema.safeParse("123456789012").error?.issues[0]?.message).toMatch(/most common/);
    expect(newPasswordSchema.safeParse("aaaaaaaaaaaaaaaa").success).toBe(false);
    expect(newPasswordSchema.safeParse("plum orchard rainfall").success).toBe(true);
  });
});

describe("new password rules on hostile input", () => {
  const huge = "1".repeat(4 * 1024 * 1024 - 1) + "x";

  it("refuses an over-long password by its length alone: no later rule runs", () => {
    const issues = newPasswordSchema.safeParse(huge).error?.issues ?? [];
    // Before the fix zod went on to the common-password and repetition rules (three issues).
    expect(issues.map((i) => i.message)).toEqual([`Use at most ${PASSWORD_MAX} characters.`]);
    expect(newPasswordSchema.safeParse("ab".repeat(PASSWORD_MAX)).error?.issues).toHaveLength(1);
  });

  it("refuses a short password by its length alone", () => {
    expect(newPasswordSchema.safeParse("aaaa").error?.issues.map((i) => i.message)).toEqual([
      `Use at least ${PASSWORD_MIN} characters; a few unrelated words make a good password.`,
    ]);
  });

  it("does not look at text longer than any allowed password", () => {
    expect(isCommonPassword("password".repeat(1000))).toBe(false);
  });

  it("still catches stretched common passwords at the longest allowed length", () => {
    expect(isCommonPassword("!".repeat(PASSWORD_MAX - 8) + "password")).toBe(true);
    expect(isCommonPassword("qwerty".repeat(40))).toBe(true);
    expect(newPasswordSchema.safeParse("1".repeat(PASSWORD_MAX - 1) + "x").success).toBe(false);
  });
});

describe("findRepeatingUnit", () => {
  const backtracking = (text: string) => text.match(/^(.+?)\1+$/u)?.[1] ?? null;

  it("finds the shortest unit repeated to make the text", () => {
    expect(findRepeatingUnit("qwertyqwerty")).toBe("qwerty");
    expect(findRepeatingUnit("aaaa")).toBe("a");
    expect(findRepeatingUnit("abababab")).toBe("ab");
    expect(findRepeatingUnit("abcabcab")).toBeNull();
    expect(findRepeatingUnit("a")).toBeNull();
    expect(findRepeatingUnit("")).toBeNull();
    expect(findRepeatingUnit("😀😀")).toBe("😀");
  });

  it("agrees with the backtracking pattern it replaces on 20,000 small strings", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 20_000; i++) {
      const unit = Array.from({ length: 1 + (next() % 4) }, () => ["a", "b", "😀"][next() % 3]).join("");
      const text = next() % 2 ? unit.repeat(1 + (next() % 4)) : unit.repeat(1 + (next() % 3)) + "ab"[next() % 2];
      expect(findRepeatingUnit(text), text).toBe(backtracking(text));
    }
  });

  // The pattern took about 0.3 s on 60,000 characters and grows with the square of the
  // length (about 80 s for this one); a linear pass is done long before the limit.
  it("handles a megabyte of the pattern's worst case", { timeout: 10_000 }, () => {
    expect(findRepeatingUnit("a".repeat(1024 * 1024) + "b")).toBeNull();
    expect(findRepeatingUnit("ab".repeat(512 * 1024))).toBe("ab");
  });
});

import { describe, expect, it } from "vitest";
import { isCommonPassword, newPasswordSchema } from "@/lib/auth/password-policy";

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

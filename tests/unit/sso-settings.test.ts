import { describe, expect, it } from "vitest";
import { parseSettings } from "@/lib/settings";
import { readGroups, roleForGroups, emailDomain } from "@/lib/auth/sso/map-groups";

describe("single sign-on settings", () => {
  const base = { OIDC_ISSUER: "https://login.example.com/", OIDC_CLIENT_ID: "dateline", OIDC_CLIENT_SECRET: "secret", OIDC_ALLOWED_DOMAINS: "Example.com, @example.org" };

  it("is off by default and parses a full configuration", () => {
    expect(parseSettings({}).OIDC_ISSUER).toBeUndefined();
    const s = parseSettings({ ...base, OIDC_GROUP_ROLES: "newsroom-editors=editor, admins=ADMIN" });
    expect(s.OIDC_ISSUER).toBe("https://login.example.com");
    expect(s.OIDC_ALLOWED_DOMAINS).toEqual(["example.com", "example.org"]);
    expect(s.OIDC_GROUP_ROLES).toEqual([
      { group: "newsroom-editors", role: "EDITOR" },
      { group: "admins", role: "ADMIN" },
    ]);
    expect(s.OIDC_DISABLE_PASSWORD_FOR_SSO_USERS).toBe("false");
  });

  it("names what is missing or wrong", () => {
    expect(() => parseSettings({ OIDC_ISSUER: "https://login.example.com" })).toThrow(/OIDC_CLIENT_ID: required when OIDC_ISSUER is set[\s\S]*OIDC_ALLOWED_DOMAINS/);
    expect(() => parseSettings({ ...base, OIDC_ALLOWED_DOMAINS: "not a domain" })).toThrow(/OIDC_ALLOWED_DOMAINS must be email domains/);
    expect(() => parseSettings({ ...base, OIDC_GROUP_ROLES: "editors=CHIEF" })).toThrow(/OIDC_GROUP_ROLES must be group=ROLE pairs/);
  });
});

describe("group to role mapping", () => {
  const mapping = [
    { group: "editors", role: "EDITOR" as const },
    { group: "admins", role: "ADMIN" as const },
    { group: "writers", role: "REPORTER" as const },
  ];
  it("gives the highest mapped role, or none", () => {
    expect(roleForGroups(["writers", "editors"], mapping)).toBe("EDITOR");
    expect(roleForGroups(["admins", "writers"], mapping)).toBe("ADMIN");
    expect(roleForGroups(["other"], mapping)).toBeNull();
    expect(roleForGroups([], [])).toBeNull();
  });
  it("reads the claim defensively", () => {
    expect(readGroups("editors")).toEqual(["editors"]);
    expect(readGroups(["a", 1, null, "b"])).toEqual(["a", "b"]);
    expect(readGroups({ a: 1 })).toEqual([]);
    expect(emailDomain("Someone@Example.COM")).toBe("example.com");
  });
});

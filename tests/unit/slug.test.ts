import { describe, expect, it } from "vitest";

import { SLUG_RULES_MESSAGE, isValidSlug, slugSchema, slugify } from "@/lib/content/slug";

describe("slugify", () => {
  it("lowercases and joins words with single hyphens", () => {
    expect(slugify("Afghanistan: End of a Round of Talks in Doha")).toBe("afghanistan-end-of-a-round-of-talks-in-doha");
    expect(slugify("  Hello --  World__2021  ")).toBe("hello-world-2021");
  });

  it("strips diacritics and spells out letters NFKD leaves alone", () => {
    expect(slugify("Ça va à Zürich, São Paulo")).toBe("ca-va-a-zurich-sao-paulo");
    expect(slugify("Straße in Łódź, Æther, Øresund")).toBe("strasse-in-lodz-aether-oresund");
  });

  it("drops apostrophes and quotes instead of splitting words", () => {
    expect(slugify("Let’s go")).toBe("lets-go");
    expect(slugify("Don't stop")).toBe("dont-stop");
    expect(slugify("The ‘Islamic Emirate’ and “peace”")).toBe("the-islamic-emirate-and-peace");
    expect(slugify('"Quoted" «guillemets»')).toBe("quoted-guillemets");
  });

  it("trims hyphens and returns an empty string when nothing is left", () => {
    expect(slugify("—Breaking!—")).toBe("breaking");
    expect(slugify("!!! … ???")).toBe("");
    expect(slugify("日本語")).toBe("");
  });

  it("cuts long text at a hyphen boundary within the limit", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(96);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug).toBe(Array(19).fill("word").join("-")); // 19 × 5 − 1 = 94
    expect(slugify("alpha beta gamma", 10)).toBe("alpha-beta");
    expect(slugify("alpha beta gamma", 12)).toBe("alpha-beta");
    expect(slugify("alpha beta gamma", 16)).toBe("alpha-beta-gamma");
  });

  it("cuts inside a single word that is longer than the limit", () => {
    expect(slugify("a".repeat(120))).toBe("a".repeat(96));
  });

  it("always produces a valid slug for non-empty results", () => {
    for (const text of ["Let’s go", "Ça va?", "x".repeat(200), "2021 — a year", "a - - b"]) {
      expect(isValidSlug(slugify(text))).toBe(true);
    }
  });
});

describe("isValidSlug", () => {
  it("accepts lowercase words joined by single hyphens", () => {
    expect(isValidSlug("doha-talks-2021")).toBe(true);
    expect(isValidSlug("a")).toBe(true);
    expect(isValidSlug("a".repeat(96))).toBe(true);
  });

  it.each(["", "Doha", "doha--talks", "-doha", "doha-", "doha talks", "zürich", "doha_talks", "a".repeat(97)])(
    "refuses %j",
    (slug) => {
      expect(isValidSlug(slug)).toBe(false);
    },
  );
});

describe("slugSchema", () => {
  it("accepts a valid slug and trims surrounding spaces", () => {
    expect(slugSchema.parse("  doha-talks ")).toBe("doha-talks");
  });

  it("explains the rule when refusing", () => {
    const result = slugSchema.safeParse("Doha Talks");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(SLUG_RULES_MESSAGE);
    expect(slugSchema.safeParse("").error?.issues[0]?.message).toContain("Enter a slug");
    expect(slugSchema.safeParse("a".repeat(97)).error?.issues[0]?.message).toContain("at most 96");
  });

  it("states the rule in words a person can follow", () => {
    expect(SLUG_RULES_MESSAGE).toMatch(/lowercase/);
    expect(SLUG_RULES_MESSAGE).toMatch(/hyphen/);
  });
});

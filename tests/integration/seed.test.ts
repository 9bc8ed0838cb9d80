import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { db, disconnectDb } from "@/lib/db";
import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { uniqueSuffix } from "../support/factories";

afterAll(() => disconnectDb());

const SAMPLE = path.resolve(import.meta.dirname, "../../prisma/seed/doha-talks.txt");

describe("seed", () => {
  it("creates the configured admin once, imports the sample once, and is safe to repeat", async () => {
    const email = `chief-${uniqueSuffix()}@example.test`;
    const first = await seedDatabase({ adminEmail: email, adminPassword: "a long enough password", sampleArticlePath: SAMPLE });
    const second = await seedDatabase({ adminEmail: email, adminPassword: "a long enough password", sampleArticlePath: SAMPLE });
    expect(first.createdAdmin?.email).toBe(email);
    expect(second.createdAdmin).toBeUndefined();
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect((await authenticateWithPassword(email, "a long enough password")).ok).toBe(true);

    const sample = await db.article.findMany({ where: { headline: { startsWith: "Afghanistan: end of a round of talks" } } });
    expect(sample).toHaveLength(1);
    const article = await getPublishedArticle(sample[0]!.slug);
    expect(article?.publishedAt.toISOString().slice(0, 10)).toBe("2021-09-20");
    expect(article?.tags.map((t) => t.name)).toEqual(["Afghanistan", "Diplomacy", "World"]);
  });

  it("does not answer which of email or password was wrong", async () => {
    const email = `desk-${uniqueSuffix()}@example.test`;
    await seedDatabase({ adminEmail: email, adminPassword: "another long password" });
    expect((await authenticateWithPassword(email, "wrong password here")).ok).toBe(false);
    expect((await authenticateWithPassword(`nobody-${uniqueSuffix()}@example.test`, "another long password")).ok).toBe(false);
  });
});

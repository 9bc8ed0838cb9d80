import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db";
import { readDeskPageFacts } from "@/lib/articles/read-desk-page-facts";
import { countAwaitingReview } from "@/lib/articles/list-desk-articles";
import { listBylineCandidates } from "@/lib/articles/list-staff";
import { findDeskView, saveDeskView } from "@/lib/users/desk-view";
import { makeUser } from "../support/factories";

afterAll(async () => {
  await disconnectDb();
});

// The newsroom list reads its side facts side by side; they must be what the separate
// functions (still used elsewhere) say.
describe("the newsroom list's side facts", () => {
  it("are the person's saved view, the count awaiting review and the byline candidates, in their order", async () => {
    const reporter = await makeUser("REPORTER", { name: "Zoë Ämtmann" });
    await makeUser("REPORTER", { name: "aaron lower-case" });
    const before = await readDeskPageFacts(reporter.id);
    expect(before.savedView).toBe("");
    await saveDeskView(reporter.id, "status=DRAFT&tag=harbour");
    const facts = await readDeskPageFacts(reporter.id);
    expect(facts.savedView).toBe(await findDeskView(reporter.id));
    expect(facts.savedView).toBe("status=DRAFT&tag=harbour");
    expect(facts.awaitingReview).toBe(await countAwaitingReview());
    expect(facts.staff).toEqual(await listBylineCandidates());
  });
});

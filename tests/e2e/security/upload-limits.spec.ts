import { expect, test } from "@playwright/test";
import { makePng } from "../../support/images";
import { makeStaff, signIn, withDb } from "../support/staff";

// Issue #11, item 7: uploads are limited per person (60 in ten minutes), so one account
// cannot keep the server decoding and storing images. Every attempt counts.
test("the 61st upload in ten minutes is refused with 429 and Retry-After; another person still uploads", async ({ browser, baseURL }) => {
  const greedy = await makeStaff("REPORTER");
  const other = await makeStaff("REPORTER");
  const png = await makePng(16, 16);
  const upload = (request: import("@playwright/test").APIRequestContext, data: Buffer, name = "dot.png") =>
    request.post("/api/uploads", { data, headers: { Accept: "application/json", "Content-Type": "application/octet-stream", "X-File-Name": name, Origin: baseURL! } });
  const mine = (id: string) => withDb(async (client) => Number((await client.query(`SELECT count(*) FROM media_assets WHERE uploaded_by_id = $1`, [id])).rows[0].count));

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, greedy);
  const statuses: number[] = [];
  for (let i = 0; i < 60; i++) {
    // A few refused files among them: they cost work too, and count.
    const response = await upload(page.request, i % 20 === 0 ? Buffer.from("not an image") : png);
    statuses.push(response.status());
  }
  expect(statuses.filter((s) => s === 201)).toHaveLength(57);
  expect(statuses.filter((s) => s === 422)).toHaveLength(3);
  const stored = await mine(greedy.id);
  expect(stored).toBe(57);

  const refused = await upload(page.request, png);
  expect(refused.status()).toBe(429);
  const retryAfter = Number(refused.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(600);
  expect((await refused.json()).message).toMatch(/^You have uploaded 60 images in the last 10 minutes, the most allowed\. Wait \d+ (minutes|seconds?), then upload again\.$/);
  expect(await mine(greedy.id)).toBe(stored);

  // The limit is per person.
  const otherContext = await browser.newContext({ baseURL });
  const otherPage = await otherContext.newPage();
  await signIn(otherPage, other);
  expect((await upload(otherPage.request, png)).status()).toBe(201);
  await Promise.all([context.close(), otherContext.close()]);
  console.log(`upload limit: 60 uploads (3 refused files) then 429 with Retry-After ${retryAfter} s; another reporter unaffected`);
});

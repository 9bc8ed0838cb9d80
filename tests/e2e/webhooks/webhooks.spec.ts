import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { makeStaff, signIn, uniqueWord, withDb } from "../support/staff";
import { startReceiver } from "../../support/webhook-receiver";

// The app's own worker (started by instrumentation.ts) sends the deliveries; the receiver
// verifies each signature with the standardwebhooks library. The test server runs with
// WEBHOOKS_ALLOW_PRIVATE=true (scripts/test.ts), since the receiver is on 127.0.0.1.

test("an admin registers an endpoint, sees a publication delivered in the log, and sends it again", async ({ page }) => {
  // Signs in, adds an endpoint, writes and publishes an article, and visits the log: a long story.
  test.setTimeout(240_000);
  const receiver = await startReceiver();
  let endpointId: string | undefined;
  try {
    const admin = await makeStaff("ADMIN");
    await signIn(page, admin);
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Webhooks" }).click();
    await page.getByLabel("Receiver address (URL)").fill(receiver.url);
    await page.getByLabel("Description (optional)").fill("Mobile app");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Endpoint added" })).toBeVisible();
    const secret = await page.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    receiver.setSecret(secret);
    await page.getByRole("link", { name: "Open the endpoint and its delivery log" }).click();
    await expect(page.getByRole("heading", { level: 1, name: receiver.url })).toBeVisible();
    endpointId = page.url().split("/").pop();

    const headline = `Ferry service resumes ${uniqueWord()}`;
    await page.goto("/admin");
    await page.getByRole("link", { name: "New article" }).click();
    await page.getByLabel("Headline").fill(headline);
    await page.getByLabel("Body").click();
    await page.keyboard.type("The first crossing left at dawn.");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("status")).toContainText("Published");

    const [first] = await receiver.waitFor((r) => r.length >= 1);
    expect(first!.verified).toBe(true);
    expect(first!.payload).toMatchObject({ type: "article.published", data: { headline } });

    await page.goto(`/admin/webhooks/${endpointId}`);
    const log = page.getByRole("table", { name: "Deliveries, newest first" });
    const row = log.getByRole("row").filter({ hasText: headline });
    await expect(async () => {
      await page.reload();
      await expect(row).toContainText("Delivered", { timeout: 1_000 });
    }).toPass();
    await expect(row).toContainText("200");
    await expect(row.getByRole("cell").nth(4)).toHaveText("1");
    expect((await new AxeBuilder({ page }).include("main").analyze()).violations).toEqual([]);

    await row.getByRole("button", { name: "Send again" }).click();
    await expect(row.getByRole("status")).toContainText("Queued to send again");
    const got = await receiver.waitFor((r) => r.length >= 2);
    expect(got[1]!.id).toBe(first!.id);
    expect(got[1]!.verified).toBe(true);
    await expect(async () => {
      await page.reload();
      await expect(row.getByRole("cell").nth(4)).toHaveText("2", { timeout: 1_000 });
    }).toPass();
  } finally {
    if (endpointId) await withDb((db) => db.query("DELETE FROM webhook_endpoints WHERE id = $1", [endpointId]));
    await receiver.close();
  }
});

test("only admins see and manage webhooks", async ({ page }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Webhooks" })).toHaveCount(0);
  await page.goto("/admin/webhooks");
  await expect(page.getByText("Only admins manage webhooks.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add endpoint" })).toHaveCount(0);
});

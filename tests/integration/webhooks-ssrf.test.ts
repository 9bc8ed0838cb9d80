import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { reloadSettings } from "@/lib/settings";
import { createWebhookEndpoint, updateWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { attemptDelivery } from "@/lib/webhooks/deliver";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";
import { makeUser } from "../support/factories";
import { startReceiver, type Receiver } from "../support/webhook-receiver";

// Without WEBHOOKS_ALLOW_PRIVATE, a receiver on a private, loopback, link-local or
// unique-local address is refused when registered, and again when a delivery is made
// (an endpoint whose name later resolves somewhere private, or one written straight to
// the table), before any connection is opened.

let receiver: Receiver;
let admin: Awaited<ReturnType<typeof makeUser>>;
const created: string[] = [];

beforeAll(async () => {
  delete process.env.WEBHOOKS_ALLOW_PRIVATE;
  reloadSettings();
  admin = await makeUser("ADMIN");
  receiver = await startReceiver();
});

afterAll(async () => {
  await db.webhookEndpoint.deleteMany({ where: { id: { in: created } } });
  await receiver.close();
  await disconnectDb();
});

const input = (url: string) => ({ url, description: "", events: ["article.published" as const], enabled: true });

describe("webhook SSRF refusals", () => {
  it.each([
    "http://127.0.0.1:8080/hook",
    "http://localhost/hook",
    "http://[::1]/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.5/hook",
    "http://192.168.0.10/hook",
    "http://[fd00:ec2::254]/",
    "http://[::ffff:127.0.0.1]/hook",
    "http://0.0.0.0/",
  ])("refuses to register %s", async (url) => {
    await expect(createWebhookEndpoint(admin, input(url))).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/private, loopback or reserved/) });
  });

  it("refuses a host name that does not resolve", async () => {
    await expect(createWebhookEndpoint(admin, input("https://nothing-here.invalid/hook"))).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/could not be resolved/) });
  });

  it("refuses to change an endpoint to a private address", async () => {
    const endpoint = await db.webhookEndpoint.create({ data: { url: "https://hooks.example.com/x", events: ["article.published"], secret: "whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdHRlc3Q=" } });
    created.push(endpoint.id);
    await expect(updateWebhookEndpoint(admin, endpoint.id, input(receiver.url))).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("refuses at delivery time too, before connecting", async () => {
    // Written straight to the table, as if its name had resolved publicly when registered.
    const endpoint = await db.webhookEndpoint.create({ data: { url: receiver.url, events: ["article.published"], secret: "whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdHRlc3Q=" } });
    created.push(endpoint.id);
    await db.$transaction((tx) => enqueueWebhookEvent(tx, { type: "article.published", data: { id: "x" } }));
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    await expect(attemptDelivery(delivery.id, { attempt: 1, maxAttempts: 13 })).rejects.toThrow(/failed/);
    const after = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(after).toMatchObject({ status: "PENDING", attempts: 1, responseStatus: null, lastError: expect.stringMatching(/127\.0\.0\.1, a private, loopback or reserved address/) });
    expect(receiver.received).toHaveLength(0);
    // Its queued job would do the same; it goes with the endpoint.
    await db.webhookEndpoint.delete({ where: { id: endpoint.id } });
  });
});

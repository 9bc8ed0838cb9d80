import { test } from "@playwright/test";
import { makeStaff, signIn } from "../support/staff";
import { startSecondServer } from "../support/server";
import { startSmtpReceiver } from "../support/smtp";
import { allowSlowFlows, expect, expectNoViolations } from "./support";


allowSlowFlows();
// "Forgot your password?": without email the page says to ask an admin; with SMTP set
// (a second server on the same database, talking to a real SMTP receiver) it emails a
// one-time link, answers the same for an unknown address, and using the link signs the
// account out everywhere else.

test("without email settings the page says to ask an admin", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await expect(page.getByText("Ask one of your admins")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveCount(0);
  await expectNoViolations(page);
});

test("with SMTP set, a one-time link arrives; unknown addresses get the same answer; the link ends other sessions", async ({ browser }) => {
  const reporter = await makeStaff("REPORTER");
  const smtp = await startSmtpReceiver();
  // Its own port, clear of E2E_PORT + 1 (other suites' second server) and of neighbouring test servers.
  const port = Number(process.env.E2E_PORT ?? 3100) + 90;
  const server = await startSecondServer({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), SMTP_SECURE: "false", MAIL_FROM: "Dateline <newsroom@example.test>" }, port);
  const context = await browser.newContext({ baseURL: server.origin });
  const elsewhere = await browser.newContext({ baseURL: server.origin });
  try {
    await signIn(await elsewhere.newPage(), reporter);
    const page = await context.newPage();

    const answers: string[] = [];
    for (const email of [`nobody-${reporter.id.slice(0, 8)}@example.test`, reporter.email]) {
      await page.goto("/forgot-password");
      await page.getByLabel("Email").fill(email);
      await page.getByRole("button", { name: "Send me a link" }).click();
      const status = page.getByRole("status").filter({ hasText: "If an account uses that address" });
      await expect(status).toBeVisible();
      answers.push(await status.innerText());
    }
    expect(answers[0]).toBe(answers[1]);
    await expectNoViolations(page);

    // Only the real address got a message.
    await expect.poll(() => smtp.messages.length).toBe(1);
    const mail = smtp.messages[0]!;
    expect(mail).toContain(`To: ${reporter.email}`);
    const link = /\/set-password\/[A-Za-z0-9_-]+/.exec(mail.replace(/=\n/g, ""))?.[0];
    expect(link).toBeTruthy();

    await page.goto(link!);
    await expectNoViolations(page);
    await page.getByLabel("New password").fill("a fresh passphrase for today");
    await page.getByLabel("Type it again").fill("a fresh passphrase for today");
    await page.getByRole("button", { name: "Set password" }).click();
    await page.waitForURL(/\/login\?done=password-set/);
    // The other browser was signed out; the new password works.
    expect((await elsewhere.request.get("/admin", { maxRedirects: 0 })).headers()["location"]).toMatch(/\/login/);
    await signIn(page, { ...reporter, password: "a fresh passphrase for today" });
    // The link worked once.
    await page.goto(link!);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("expired or was already used");
  } finally {
    await context.close();
    await elsewhere.close();
    await server.stop();
    await smtp.close();
  }
});

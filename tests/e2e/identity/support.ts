import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { generate } from "otplib";
import type { Staff } from "../support/staff";

// These flows take many page loads each; on a loaded CI machine a page can take seconds.
export const expect = baseExpect.configure({ timeout: 30_000 });
export function allowSlowFlows(): void {
  test.describe.configure({ timeout: 480_000 });
}

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, page.url()).toEqual([]);
}

// The code an authenticator app would show, `offsetSeconds` from now.
export function totpCode(secret: string, offsetSeconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}

// The password step only: where it lands depends on the account's second factor.
export async function submitPassword(page: Page, staff: Staff): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

// Turns on two-factor sign-in through the set-up page; returns the key and the codes.
export async function setUpTotp(page: Page, check = false): Promise<{ secret: string; recoveryCodes: string[] }> {
  await expect(page.getByRole("heading", { name: "Set up two-factor sign-in" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  if (check) await expectNoViolations(page);
  const secret = (await page.getByLabel("Setup key").innerText()).replace(/\s/g, "");
  await page.getByLabel("Code from the app").fill(await totpCode(secret));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const list = page.getByRole("list", { name: "Recovery codes" });
  await expect(list).toBeVisible();
  if (check) await expectNoViolations(page);
  const recoveryCodes = (await list.getByRole("listitem").allInnerTexts()).map((c) => c.trim());
  expect(recoveryCodes).toHaveLength(10);
  return { secret, recoveryCodes };
}

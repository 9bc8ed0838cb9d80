import { defineConfig, devices } from "@playwright/test";

// Run through `npm test`, which provides the test database and the production build.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Two groups, so the suite fits CI's time on two cores:
// - "own-data": specs that only read and write the data their own factories made (staff,
//   articles with unique words, their own media and entries). They run two files at a time.
// - "site-wide": specs that change or assert what every test shares: the home layout, the
//   banner, site identity, roles that must use two-factor sign-in, per-address sign-in
//   limits, page-cache HIT/MISS, feeds and sitemaps as a whole, webhook endpoints (which
//   receive every change), second servers on fixed ports. They run one at a time, after
//   the first group, exactly as the whole suite ran before.
// A new spec belongs in "site-wide" unless it is plainly in the first kind.
const OWN_DATA = [
  "a11y/**",
  "comments/**",
  "desk/**",
  "editor/**",
  "embeds/**",
  // This and users/staff-admin: their own people's sessions, roles and accounts only.
  "identity/sessions.spec.ts",
  "live/**",
  "media/**",
  "publishing/**",
  "tags/**",
  "users/staff-admin.spec.ts",
  "workflow/**",
].map((glob) => `**/tests/e2e/${glob}`);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "own-data", testMatch: OWN_DATA, use: { ...devices["Desktop Chrome"] } },
    { name: "site-wide", testIgnore: OWN_DATA, dependencies: ["own-data"], workers: 1, use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: `node scripts/serve.js start --port ${PORT}`,
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});

import { expect, test } from "@playwright/test";
import { makeStaff, signIn, type Staff } from "../support/staff";
import { startSecondServer, type SecondServer } from "../support/server";

// Transport: HSTS and Secure cookies follow the configured public address (SITE_URL),
// never a request's X-Forwarded-Proto; the newsroom's responses carry nosniff and a
// Referrer-Policy.

const HSTS = "max-age=63072000; includeSubDomains";

type SignInCookie = { name: string; attributes: string[] };

// Signs in over plain HTTP by posting the form, and returns the cookies set, as sent.
async function signInCookies(origin: string, staff: Staff, extraHeaders: Record<string, string> = {}): Promise<SignInCookie[]> {
  const response = await fetch(`${origin}/login/submit`, {
    method: "POST",
    headers: { Accept: "application/json", Origin: origin, "Content-Type": "application/x-www-form-urlencoded", ...extraHeaders },
    body: new URLSearchParams({ email: staff.email, password: staff.password }),
  });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().map((line) => {
    const [pair, ...attributes] = line.split(";").map((part) => part.trim());
    return { name: pair!.slice(0, pair!.indexOf("=")), attributes: attributes.map((a) => a.toLowerCase()) };
  });
}

function find(cookies: SignInCookie[], suffix: string): SignInCookie | undefined {
  return cookies.find((cookie) => cookie.name.endsWith(suffix));
}

test("the newsroom's responses carry nosniff and a Referrer-Policy, signed in or not", async ({ page, request }) => {
  const signedOut = await request.get("/admin", { maxRedirects: 0 });
  expect(signedOut.status()).toBeGreaterThanOrEqual(300);
  expect(signedOut.headers()["x-content-type-options"]).toBe("nosniff");
  expect(signedOut.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  for (const path of ["/admin", "/admin/tags", "/admin/profile"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const headers = await response!.allHeaders();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
});

test("an http site sends no HSTS, and a forged X-Forwarded-Proto: https does not make its cookies Secure", async ({ request, baseURL }) => {
  expect((await request.get("/")).headers()["strict-transport-security"]).toBeUndefined();
  const editor = await makeStaff("EDITOR");
  const cookies = await signInCookies(baseURL!, editor, { "X-Forwarded-Proto": "https", "X-Forwarded-Host": new URL(baseURL!).host });
  const session = find(cookies, "authjs.session-token");
  const device = find(cookies, "dateline.device");
  for (const cookie of [session, device]) {
    expect(cookie).toBeDefined();
    expect(cookie!.name.startsWith("__Secure-")).toBe(false);
    expect(cookie!.attributes).not.toContain("secure");
    expect(cookie!.attributes).toContain("httponly");
  }
});

test.describe("with an https public address (SITE_URL=https://…)", () => {
  let secure: SecondServer;

  test.beforeAll(async () => {
    // Served here over plain HTTP, as behind a TLS-terminating proxy.
    secure = await startSecondServer({ SITE_URL: "https://news.example.test" });
  });
  test.afterAll(async () => {
    await secure?.stop();
  });

  test("every response carries Strict-Transport-Security", async () => {
    // "/" twice: rendered, then from the page cache.
    for (const path of ["/", "/", "/login", "/admin", "/api/health", "/feed.xml", "/articles/no-such-story-here", "/no/such/page"]) {
      const response = await fetch(`${secure.origin}${path}`, { redirect: "manual" });
      expect(response.headers.get("strict-transport-security"), `${path} (${response.status})`).toBe(HSTS);
    }
  });

  test("session and device cookies are Secure with __Secure- names, whatever X-Forwarded-Proto says", async () => {
    for (const proto of [undefined, "http"]) {
      const editor = await makeStaff("EDITOR");
      const cookies = await signInCookies(secure.origin, editor, proto ? { "X-Forwarded-Proto": proto } : {});
      const session = find(cookies, "authjs.session-token");
      const device = find(cookies, "dateline.device");
      for (const cookie of [session, device]) {
        expect(cookie, `X-Forwarded-Proto: ${proto}`).toBeDefined();
        expect(cookie!.name.startsWith("__Secure-")).toBe(true);
        expect(cookie!.attributes).toContain("secure");
        expect(cookie!.attributes).toContain("httponly");
        expect(cookie!.attributes).toContain("samesite=lax");
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { parseSettings } from "@/lib/settings";

describe("settings", () => {
  it("gives every optional setting its default, and treats an empty variable as unset", () => {
    const s = parseSettings({ SMTP_HOST: "", PORT: "3100" });
    expect(s).toMatchObject({ NODE_ENV: "production", PORT: 3100, DATABASE_POOL_SIZE: 10, SITE_NAME: "Dateline", SITE_TIME_ZONE: "UTC", TRUST_PROXY: 0, SMTP_PORT: 587, MEDIA_DIR: "uploads" });
    expect(s.SMTP_HOST).toBeUndefined();
    expect(s.SITE_URL).toBeUndefined();
  });

  it("reads proxy hops and trims a trailing slash from the site address", () => {
    expect(parseSettings({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(1);
    expect(parseSettings({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(parseSettings({ SITE_URL: "https://news.example.com//" }).SITE_URL).toBe("https://news.example.com");
  });

  it("refuses bad values with a message naming each variable and what to do", () => {
    const bad = { PORT: "eighty", SITE_URL: "news.example.com", SITE_TIME_ZONE: "Mars/Olympus", TRUST_PROXY: "yes", AUTH_SECRET: "short", DATABASE_URL: "mysql://x" };
    let message = "";
    try {
      parseSettings(bad);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of Object.keys(bad)) expect(message).toContain(`- ${name}:`);
    expect(message).toContain("IANA time zone");
    expect(message).toContain(".env.example");
  });
});

import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendPasswordLink } from "@/lib/users/send-password-link";
import { reloadSettings } from "@/lib/settings";

// A minimal SMTP server that records what it is sent, so the real mail path is tested
// without a mail server.
let server: Server;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((socket) => {
    let data = false;
    let message = "";
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (chunk) => {
      for (const line of chunk.toString().split("\r\n")) {
        if (data) {
          if (line === ".") {
            data = false;
            received.push(message);
            socket.write("250 queued\r\n");
          } else message += `${line}\n`;
          continue;
        }
        if (!line) continue;
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 test\r\n");
        else if (verb === "DATA") {
          data = true;
          socket.write("354 go on\r\n");
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("emailing password links", () => {
  it("does nothing without SMTP settings: the admin copies the link", async () => {
    delete process.env.SMTP_HOST;
    reloadSettings();
    expect(await sendPasswordLink({ to: "x@example.test", name: "X", url: "http://localhost/set-password/abc", purpose: "SET" })).toBe(false);
  });

  it("sends the link through the configured SMTP server", async () => {
    const address = server.address();
    if (!address || typeof address === "string") throw new Error("no port");
    process.env.SMTP_HOST = "127.0.0.1";
    process.env.SMTP_PORT = String(address.port);
    process.env.SMTP_SECURE = "false";
    process.env.MAIL_FROM = "Dateline <newsroom@example.test>";
    reloadSettings();
    try {
      const sent = await sendPasswordLink({ to: "new.reporter@example.test", name: "New Reporter", url: "http://localhost:3000/set-password/tok123", purpose: "SET" });
      expect(sent).toBe(true);
      expect(received.at(-1)).toMatch(/To: new\.reporter@example\.test/);
      expect(received.at(-1)).toMatch(/Subject: Set your Dateline password/);
      expect(received.at(-1)).toContain("http://localhost:3000/set-password/tok123");
    } finally {
      delete process.env.SMTP_HOST;
      delete process.env.MAIL_FROM;
      reloadSettings();
    }
  });
});

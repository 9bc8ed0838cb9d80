import { describe, expect, it } from "vitest";
import { isForbiddenAddress } from "@/lib/webhooks/address-guard";
import { webhookEndpointSchema } from "@/lib/webhooks/schema";

describe("webhook address guard", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254", // cloud metadata
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fd00:ec2::254", // AWS metadata over IPv6 (unique local)
    "fc00::1",
    "::ffff:127.0.0.1", // IPv4-mapped loopback
    "::ffff:169.254.169.254",
    "::ffff:7f00:1", // the same, in hex
    "64:ff9b::a9fe:a9fe", // NAT64 of the metadata address
    "not an address",
  ])("refuses %s", (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(["93.184.215.14", "1.1.1.1", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("allows the public address %s", (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });

  it("takes only http(s) addresses without credentials or fragments", () => {
    const base = { description: "", events: ["article.published"], enabled: true };
    expect(webhookEndpointSchema.safeParse({ ...base, url: "https://hooks.example.com/x" }).success).toBe(true);
    for (const url of ["ftp://hooks.example.com/", "javascript:alert(1)", "https://user:pw@hooks.example.com/", "https://hooks.example.com/#x", "hooks.example.com"]) {
      expect(webhookEndpointSchema.safeParse({ ...base, url }).success, url).toBe(false);
    }
    expect(webhookEndpointSchema.safeParse({ ...base, url: "https://a.example/", events: [] }).success).toBe(false);
    expect(webhookEndpointSchema.safeParse({ ...base, url: "https://a.example/", events: ["article.exploded"] }).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { normalizeAddress, parseTrustedHops, resolveClientAddress } from "@/lib/http/client-address.js";

describe("TRUST_PROXY", () => {
  it("reads off, true and a number of hops; refuses anything else", () => {
    for (const off of [undefined, "", "false", "0", " FALSE "]) expect(parseTrustedHops(off)).toBe(0);
    expect(parseTrustedHops("true")).toBe(1);
    expect(parseTrustedHops("1")).toBe(1);
    expect(parseTrustedHops("3")).toBe(3);
    expect(parseTrustedHops("10")).toBe(10);
    for (const bad of ["yes", "11", "-1", "1.5", "2 hops", "999999999999"]) expect(parseTrustedHops(bad)).toBeNull();
  });
});

describe("normalizeAddress", () => {
  it("keeps IPv4 and IPv6, unwraps IPv4-mapped IPv6 and brackets, refuses the rest", () => {
    expect(normalizeAddress("192.0.2.7")).toBe("192.0.2.7");
    expect(normalizeAddress("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]")).toBe("2001:db8::1");
    for (const bad of [undefined, null, "", "unknown", "192.0.2.7:443", "evil.example", "1.2.3.4.5", "x".repeat(100)]) {
      expect(normalizeAddress(bad)).toBeNull();
    }
  });
});

describe("resolveClientAddress", () => {
  const socket = "10.0.0.2"; // the nearest proxy, or the client itself

  it("without TRUST_PROXY: the socket's address, whatever the headers say", () => {
    expect(resolveClientAddress({ socketAddress: "::ffff:198.51.100.4", forwardedFor: "203.0.113.9", trustedHops: 0 })).toBe("198.51.100.4");
    expect(resolveClientAddress({ socketAddress: "198.51.100.4", forwardedFor: ["1.1.1.1", "2.2.2.2"], trustedHops: 0 })).toBe("198.51.100.4");
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: "203.0.113.9", trustedHops: 0 })).toBeNull();
  });

  it("one trusted proxy: the entry it appended (rightmost); forged entries to its left are never read", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; an appending proxy made it "6.6.6.6, <client>".
    expect(resolveClientAddress({ socketAddress: socket, forwardedFor: "6.6.6.6, 198.51.100.4", trustedHops: 1 })).toBe("198.51.100.4");
    // An overwriting proxy (deploy/nginx): one entry.
    expect(resolveClientAddress({ socketAddress: socket, forwardedFor: "198.51.100.4", trustedHops: 1 })).toBe("198.51.100.4");
    // Rotating the forged part changes nothing.
    for (let i = 0; i < 5; i++) {
      expect(resolveClientAddress({ socketAddress: socket, forwardedFor: `203.0.113.${i}, 192.0.2.${i}, 198.51.100.4`, trustedHops: 1 })).toBe("198.51.100.4");
    }
    // Several header lines arrive as an array (or joined by Node with ", ").
    expect(resolveClientAddress({ socketAddress: socket, forwardedFor: ["6.6.6.6", "198.51.100.4"], trustedHops: 1 })).toBe("198.51.100.4");
  });

  it("N trusted proxies: skips the N-1 hops our own proxies appended", () => {
    // client → CDN (appends client) → nginx (appends CDN) → app; socket = nginx.
    const header = "6.6.6.6, 198.51.100.4, 172.16.0.9";
    expect(resolveClientAddress({ socketAddress: socket, forwardedFor: header, trustedHops: 2 })).toBe("198.51.100.4");
    expect(resolveClientAddress({ socketAddress: socket, forwardedFor: header, trustedHops: 1 })).toBe("172.16.0.9");
    expect(resolveClientAddress({ socketAddress: socket, forwardedFor: header, trustedHops: 3 })).toBe("6.6.6.6");
  });

  it("fewer entries than hops: the farthest address there is (Express's rule)", () => {
    expect(resolveClientAddress({ socketAddress: socket, forwardedFor: undefined, trustedHops: 1 })).toBe(socket);
    expect(resolveClientAddress({ socketAddress: socket, forwardedFor: "198.51.100.4", trustedHops: 2 })).toBe("198.51.100.4");
  });

  it("a junk entry where an address should be: stops at the last hop that is ours", () => {
    expect(resolveClientAddress({ socketAddress: socket, forwardedFor: "unknown", trustedHops: 1 })).toBe(socket);
    expect(resolveClientAddress({ socketAddress: socket, forwardedFor: "6.6.6.6, 198.51.100.4:5555", trustedHops: 1 })).toBe(socket);
    expect(resolveClientAddress({ socketAddress: socket, forwardedFor: "<script>, 172.16.0.9", trustedHops: 2 })).toBe("172.16.0.9");
  });

  it("a huge header costs no more than its last entries", () => {
    const forged = Array.from({ length: 2_000 }, (_, i) => `203.0.${i % 250}.${i % 200}`).join(", ");
    expect(resolveClientAddress({ socketAddress: socket, forwardedFor: `${forged}, 198.51.100.4`, trustedHops: 1 })).toBe("198.51.100.4");
    expect(resolveClientAddress({ socketAddress: socket, forwardedFor: `${forged}, 198.51.100.4, 172.16.0.9`, trustedHops: 2 })).toBe("198.51.100.4");
  });
});

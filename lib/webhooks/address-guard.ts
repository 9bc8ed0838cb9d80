import { BlockList, isIP } from "node:net";
import { lookup } from "node:dns/promises";

// Where a webhook may be sent. A registered URL (and, at delivery, every address its
// host resolves to) must be a public unicast address: never loopback, private (RFC 1918,
// CGNAT), link-local (cloud metadata at 169.254.169.254), unique-local IPv6 (fd00:ec2::254),
// multicast, documentation or reserved ranges. Otherwise anyone who can register an
// endpoint could make the server call its own admin ports or the metadata service.
// WEBHOOKS_ALLOW_PRIVATE=true lifts this for development and tests only.

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96], // NAT64 (embeds an IPv4 address)
  ["64:ff9b:1::", 48],
  ["100::", 64], // discard
  ["2001::", 23], // IETF protocol assignments (Teredo, benchmarking…)
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4 (embeds an IPv4 address)
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // old site-local
  ["ff00::", 8], // multicast
] as const) {
  blocked.addSubnet(net, prefix, "ipv6");
}

// IPv4-mapped IPv6 addresses (::ffff:127.0.0.1, ::ffff:7f00:1) are matched against the
// IPv4 ranges by BlockList itself. (A ::ffff:0:0/96 rule would also match every IPv4.)

/** Whether an IP address (v4 or v6 text) is one a webhook must never reach. */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family === 6) return blocked.check(address, "ipv6");
  return true;
}

export class ForbiddenAddressError extends Error {}

export type ResolvedAddress = { address: string; family: 4 | 6 };

/**
 * Resolves a host name to the addresses a delivery may connect to. Throws
 * ForbiddenAddressError when any of them is forbidden (a name that resolves to both a
 * public and a private address is refused: the resolver picks, not us).
 */
export async function resolveAllowedAddresses(hostname: string, allowPrivate: boolean): Promise<ResolvedAddress[]> {
  const host = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  const literal = isIP(host);
  const addresses: ResolvedAddress[] = literal
    ? [{ address: host, family: literal as 4 | 6 }]
    : (await lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
  if (addresses.length === 0) throw new ForbiddenAddressError(`${host} does not resolve to any address.`);
  if (!allowPrivate) {
    const bad = addresses.find((a) => isForbiddenAddress(a.address));
    if (bad) throw new ForbiddenAddressError(`${host} resolves to ${bad.address}, a private, loopback or reserved address. Webhooks are only sent to public addresses.`);
  }
  return addresses;
}

// Types for client-address.js (plain JavaScript so the server front runs it without a loader).
export declare const MAX_TRUSTED_HOPS: number;
export declare function parseTrustedHops(value: string | undefined): number | null;
export declare function normalizeAddress(value: string | undefined | null): string | null;
export declare function resolveClientAddress(input: {
  socketAddress: string | undefined | null;
  forwardedFor: string | string[] | undefined | null;
  trustedHops: number;
}): string | null;

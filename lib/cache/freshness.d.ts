// Types for freshness.js (plain JavaScript: Next's page cache handler imports it with Node's own loader).
export type ExpiryEffect = (tags: readonly string[]) => void;
export type Freshness = {
  expiredAt: Map<string, number>;
  effects: Map<string, ExpiryEffect>;
  announce: ((tags: readonly string[]) => Promise<void>) | null;
};
export declare const EVERY_PAGE_TAG: string;
export declare const LIFETIME_END_TAG_PREFIX: string;
export declare function freshness(): Freshness;
export declare function recordExpiry(tags: readonly string[], at?: number): void;
export declare function isExpiredSince(tags: readonly string[], since: number): boolean;
export declare function onExpiry(name: string, effect: ExpiryEffect): void;

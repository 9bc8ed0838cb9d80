// Types for page-cache-handler.js (plain JavaScript: Next imports it with Node's own loader).
export type PageCacheEntry = {
  lastModified: number;
  value: unknown;
  cacheControl?: { revalidate: number | false; expire?: number };
  tags: string[];
  endsAt: number;
  size: number;
};
type GetContext = { kind?: string; tags?: string[]; softTags?: string[] };
type SetContext = { fetchCache?: boolean; tags?: string[]; cacheControl?: { revalidate: number | false; expire?: number } };
export default class PageCacheHandler {
  constructor(context?: unknown);
  get(key: string, context: GetContext): Promise<PageCacheEntry | null>;
  set(key: string, data: unknown, context: SetContext): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
export declare function describePageCache(): { entries: number; bytes: number };
export declare function peekPageCache(key: string): PageCacheEntry | undefined;
export declare function findFreshRoute(address: string): PageCacheEntry | undefined;

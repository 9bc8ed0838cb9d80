// Types for reader-headers.js (plain JavaScript: next.config.js and scripts/serve.js read it without a loader).
export declare const READER_PATH_PATTERN: string;
export declare const BASE_HEADERS: { key: string; value: string }[];

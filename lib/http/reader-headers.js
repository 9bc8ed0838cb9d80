// @ts-check
// The headers every reader address gets on top of its own (next.config.js `headers()`), in
// one place: Next adds them to what it serves, and the server front adds the same to the
// cached pages it answers itself (lib/http/serve-cached-route.js).

/** Reader addresses: everything but the newsroom, the API, sign-in and previews. */
export const READER_PATH_PATTERN = "(?!admin|api/|login|set-password|preview/).*";

/** @type {{ key: string, value: string }[]} */
export const BASE_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

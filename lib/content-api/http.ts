import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { getClientIp } from "@/lib/http/client-ip";
import { authenticateApiKey, type ApiClient } from "@/lib/api-keys/authenticate-api-key";
import { API_LIMITS, countApiRequest, rateLimitHeaders } from "@/lib/content-api/rate-limit";
import { MAX_QUERY_LENGTH, queryObject } from "@/lib/content-api/params";
import { NINJS_MEDIA_TYPE } from "@/lib/content-api/ninjs";
import type { ApiErrorBody } from "@/lib/content-api/schemas";

// The request pipeline every /api/v1 route runs: bound the query, check the key (if one is
// sent), count the request against its rate limit, negotiate the format, run the handler,
// then answer JSON with validators (ETag, Last-Modified), 304 when the client's copy is
// current, and caching headers that never let a shared cache keep a draft-scope answer.

// Public answers may be kept by a shared cache for a second, like the reader pages' edge
// micro-cache (docs/architecture.md): an unpublished story leaves every cache within a
// second. Browsers revalidate every time (max-age=0), cheaply, with the ETag.
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=1";
const PRIVATE_CACHE_CONTROL = "private, no-store";

export type ApiContext = { client: ApiClient | null; url: URL; query: Record<string, string>; now: Date; format: "json" | "ninjs" };

export type ApiResult = {
  body: unknown;
  status?: number;
  /** Public answers may be cached by anyone; draft-scope answers never. */
  cache: "public" | "private";
  lastModified?: Date | null;
  /** Whether Last-Modified alone may answer 304 (If-Modified-Since): only where it covers every part shown. */
  lastModifiedIsExact?: boolean;
  contentType?: string;
  headers?: Record<string, string>;
};

type ErrorCode = ApiErrorBody["error"]["code"];

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: { id?: string; issues?: { parameter: string; message: string }[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }
}

const JSON_TYPE = "application/json; charset=utf-8";
const VARY = "Accept, Authorization";

function errorResponse(problem: ApiProblem, headers: Record<string, string>): Response {
  const body: ApiErrorBody = { error: { status: problem.status, code: problem.code, message: problem.message, ...(problem.extra.id ? { id: problem.extra.id } : {}), ...(problem.extra.issues ? { issues: problem.extra.issues } : {}) } };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { "Content-Type": JSON_TYPE, "Cache-Control": "no-store", Vary: VARY, "Access-Control-Allow-Origin": "*", ...headers, ...problem.extra.headers },
  });
}

function toProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error instanceof z.ZodError) {
    const issues = error.issues.map((issue) => ({ parameter: issue.path.join(".") || String((issue as { keys?: string[] }).keys?.join(", ") ?? ""), message: issue.code === "unrecognized_keys" ? `Unknown parameter${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}. See /api/v1/openapi.json for the ones each endpoint takes.` : issue.message }));
    return new ApiProblem(400, "bad_request", issues.map((i) => i.message).join(" "), { issues });
  }
  if (isAppError(error)) {
    const map: Record<AppError["code"], [number, ErrorCode]> = {
      VALIDATION: [400, "bad_request"],
      NOT_FOUND: [404, "not_found"],
      UNAUTHENTICATED: [401, "unauthorized"],
      FORBIDDEN: [403, "forbidden"],
      CONFLICT: [400, "bad_request"],
      RATE_LIMITED: [429, "rate_limited"],
      UNAVAILABLE: [503, "server_error"],
    };
    const [status, code] = map[error.code];
    return new ApiProblem(status, code, error.message);
  }
  console.error("Content API: unexpected error:", error);
  return new ApiProblem(500, "server_error", "Something went wrong on our side. Try again in a moment.");
}

/** The key a request presents: `Authorization: Bearer dl_…`; undefined when none is sent. */
function presentedKey(request: Request): string | undefined {
  const header = request.headers.get("authorization");
  if (header === null) return undefined;
  const match = /^Bearer[ ]+(\S{1,200})$/i.exec(header.trim());
  if (!match) throw new ApiProblem(401, "unauthorized", "Send the API key as `Authorization: Bearer <key>`.", { headers: { "WWW-Authenticate": 'Bearer realm="dateline"' } });
  return match[1];
}

function wantsNinjs(request: Request, query: Record<string, string>): boolean {
  if (query.format !== undefined) return query.format === "ninjs";
  const accept = (request.headers.get("accept") ?? "").slice(0, 500).toLowerCase();
  return accept.includes(NINJS_MEDIA_TYPE);
}

function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  // Weak comparison (RFC 9110 13.1.2): a W/ prefix from an intermediary still matches.
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

export function apiRoute<P>(handler: (context: ApiContext, params: P) => Promise<ApiResult>) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    let limitHeaders: Record<string, string> = {};
    try {
      const url = new URL(request.url);
      if (url.search.length > MAX_QUERY_LENGTH) throw new ApiProblem(414, "bad_request", `The query string is longer than ${MAX_QUERY_LENGTH} characters.`);
      const key = presentedKey(request);
      let client: ApiClient | null = null;
      if (key !== undefined) {
        const check = await authenticateApiKey(key);
        if (!check.ok) throw new ApiProblem(401, "unauthorized", check.message, { headers: { "WWW-Authenticate": 'Bearer realm="dateline", error="invalid_token"' } });
        client = check.client;
      }
      const ip = client ? null : await getClientIp();
      const rate = client ? await countApiRequest(`api:key:${client.id}`, API_LIMITS.key) : await countApiRequest(`api:ip:${ip ?? "unknown"}`, API_LIMITS.anonymous);
      limitHeaders = rateLimitHeaders(rate);
      if (rate.limited) {
        throw new ApiProblem(429, "rate_limited", `Too many requests: ${rate.limit} a minute ${client ? "for this key" : "without a key"}. Wait ${rate.resetSeconds} seconds.`, {
          headers: { "Retry-After": String(rate.resetSeconds) },
        });
      }
      const query = queryObject(url);
      const context: ApiContext = { client, url, query, now: new Date(), format: wantsNinjs(request, query) ? "ninjs" : "json" };
      const result = await handler(context, await route.params);
      return respond(request, result, limitHeaders);
    } catch (error) {
      return errorResponse(toProblem(error), limitHeaders);
    }
  };
}

function respond(request: Request, result: ApiResult, limitHeaders: Record<string, string>): Response {
  const text = JSON.stringify(result.body);
  const etag = etagOf(text);
  const headers: Record<string, string> = {
    "Content-Type": result.contentType ?? JSON_TYPE,
    "Cache-Control": result.cache === "public" ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL,
    Vary: VARY,
    ETag: etag,
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, RateLimit, RateLimit-Policy, Retry-After",
    ...limitHeaders,
    ...result.headers,
  };
  if (result.lastModified) headers["Last-Modified"] = result.lastModified.toUTCString();
  const ifNoneMatch = request.headers.get("if-none-match");
  const ifModifiedSince = request.headers.get("if-modified-since");
  const notModified =
    (result.status ?? 200) === 200 &&
    (ifNoneMatch !== null
      ? matchesEtag(ifNoneMatch, etag)
      : !!(ifModifiedSince && result.lastModifiedIsExact && result.lastModified && Date.parse(ifModifiedSince) >= Math.floor(result.lastModified.getTime() / 1000) * 1000));
  if (notModified) {
    const { "Content-Type": _type, ...rest } = headers;
    return new Response(null, { status: 304, headers: rest });
  }
  return new Response(text, { status: result.status ?? 200, headers });
}

/** CORS preflight: a web page may send a key (a Bearer header, never a cookie) and validators. */
export function apiPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Authorization, Accept, If-None-Match, If-Modified-Since",
      "Access-Control-Max-Age": "86400",
      "Cache-Control": "public, max-age=86400",
    },
  });
}

import "server-only";
import { ApiProblem, type ApiContext } from "@/lib/content-api/http";
import type { Visibility } from "@/lib/content-api/list-api-articles";

/** Public, unless a drafts:read key asked for include_drafts. */
export function resolveVisibility(context: ApiContext, includeDrafts: boolean | undefined): Visibility {
  if (!includeDrafts) return "public";
  if (!context.client) throw new ApiProblem(401, "unauthorized", "include_drafts needs an API key with the drafts:read scope, sent as `Authorization: Bearer <key>`.");
  if (!context.client.draftsRead) throw new ApiProblem(403, "forbidden", "This key has the content:read scope only; include_drafts needs a key with drafts:read. An admin can create one.");
  return "drafts";
}

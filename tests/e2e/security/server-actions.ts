import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

// Calls a server action over HTTP as any client can: its id comes from the build's
// server-reference manifest, so every action in the build can be swept.

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };
export type Action = { id: string; name: string; file: string };

export function serverActions(): Action[] {
  const file = path.resolve(import.meta.dirname, "../../../.next/server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, name: entry.exportedName, file: entry.filename }));
}

// React's reply encoding for `action(previousState, formData)`: the arguments as JSON in
// part "0", the form's fields prefixed with "_<part number>_".
export async function callAction(client: APIRequestContext, baseURL: string, action: Action, fields: Record<string, string>, extraHeaders: Record<string, string> = {}) {
  // The fields first, the argument list last, as the browser sends them (the server reads
  // a FormData argument from the entries before its "0" part).
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) multipart.append(`_1_${key}`, value);
  multipart.append("0", action.name === "loadFeaturedImage" ? JSON.stringify([fields.articleId ?? randomUUID()]) : JSON.stringify([{ status: "idle" }, "$K1"]));
  const response = await client.post("/admin", {
    headers: { "Next-Action": action.id, Origin: baseURL, Accept: "text/x-component", ...extraHeaders },
    multipart,
    maxRedirects: 0,
  });
  return { status: response.status(), text: await response.text() };
}


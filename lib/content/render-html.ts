import "server-only";

import { generateHTML } from "@tiptap/html/server";

import { contentExtensions } from "./extensions";
import type { ContentDocument } from "./types";
import { validateDocument } from "./validate-document";

/**
 * The only path from stored content to HTML. Stored documents are validated
 * again here because Tiptap's renderer throws on unknown nodes and overflows on
 * deep nesting: one bad row must blank one article body, not 500 every page.
 */
export function renderDocumentHtml(doc: ContentDocument): string {
  const result = validateDocument(doc);
  if (!result.ok) {
    console.error(`renderDocumentHtml: not rendering an invalid stored document: ${result.error}`);
    return "";
  }
  try {
    return generateHTML(result.doc, contentExtensions);
  } catch (error) {
    console.error("renderDocumentHtml: rendering failed:", error instanceof Error ? error.message : error);
    return "";
  }
}

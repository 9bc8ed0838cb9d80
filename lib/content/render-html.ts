import "server-only";

import { getSchema } from "@tiptap/core";
import { DOMSerializer, Node, type Schema } from "@tiptap/pm/model";
import { Window } from "happy-dom";

import { contentExtensions } from "./extensions";
import type { ContentDocument } from "./types";
import { validateDocument } from "./validate-document";

// What @tiptap/html/server's generateHTML does, without its per-call cost: it builds the
// schema and a whole happy-dom window for every document (about half of an uncached
// article render). Here both are built once per process; serializing is synchronous,
// so one detached document serves every call. The output is the same HTML.
type Renderer = { schema: Schema; serializer: DOMSerializer; document: Window["document"] };
let renderer: Renderer | undefined;

function getRenderer(): Renderer {
  if (!renderer) {
    const schema = getSchema(contentExtensions);
    const window = new Window({
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        disableComputedStyleRendering: true,
      },
    });
    renderer = { schema, serializer: DOMSerializer.fromSchema(schema), document: window.document };
  }
  return renderer;
}

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
    const { schema, serializer, document } = getRenderer();
    const wrap = document.createElement("div");
    serializer.serializeFragment(Node.fromJSON(schema, result.doc).content, { document: document as unknown as Document }, wrap as unknown as HTMLElement);
    return wrap.innerHTML;
  } catch (error) {
    console.error("renderDocumentHtml: rendering failed:", error instanceof Error ? error.message : error);
    return "";
  }
}

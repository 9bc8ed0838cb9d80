import "server-only";

import { getSchema } from "@tiptap/core";
import { DOMSerializer, Node, type Schema } from "@tiptap/pm/model";
import { Window } from "happy-dom";

import { stripCommentMarksInPlace } from "./comment-mark";
import { contentExtensions } from "./extensions";
import type { ContentDocument, ContentNode } from "./types";
import type { CardTarget } from "./story-elements";
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
export type RenderOptions = {
  /**
   * The public articles the document's cards point to, by id, as they are now
   * (`listCardTargets`). A card whose article is missing here is left out.
   */
  cards?: ReadonlyMap<string, CardTarget>;
};

export function renderDocumentHtml(doc: ContentDocument, options: RenderOptions = {}): string {
  const result = validateDocument(doc);
  if (!result.ok) {
    console.error(`renderDocumentHtml: not rendering an invalid stored document: ${result.error}`);
    return "";
  }
  try {
    const { schema, serializer, document } = getRenderer();
    const wrap = document.createElement("div");
    // Comment threads are the newsroom's: their marks (and thread ids) never reach readers.
    const readerDoc = stripCommentMarksInPlace(result.doc);
    serializer.serializeFragment(Node.fromJSON(schema, resolveCards(readerDoc, options.cards ?? new Map())).content, { document: document as unknown as Document }, wrap as unknown as HTMLElement);
    return wrap.innerHTML;
  } catch (error) {
    console.error("renderDocumentHtml: rendering failed:", error instanceof Error ? error.message : error);
    return "";
  }
}

/**
 * Gives each article card its article's current headline, and drops the cards whose
 * article is not public (a container left empty gets an empty paragraph, as the schema
 * needs one block). Works on the validated copy, iteratively.
 */
function resolveCards(doc: ContentDocument, cards: ReadonlyMap<string, CardTarget>): ContentDocument {
  const stack: ContentNode[] = [doc as ContentNode];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!node.content) continue;
    const before = node.content.length;
    node.content = node.content.filter((child) => {
      if (child.type !== "articleCard") return true;
      const target = cards.get(String(child.attrs?.articleId));
      if (!target) return false;
      child.attrs = { ...child.attrs, current: target };
      return true;
    });
    if (node.content.length === 0 && before > 0) node.content = [{ type: "paragraph" }];
    stack.push(...node.content);
  }
  return doc;
}

// The gate every stored document passes: on save, and again before rendering.
// Order matters: bound the size and depth first, then walk the allowlists,
// then let ProseMirror confirm the structure (its code recurses, so it only
// sees documents already known to be shallow).
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

import {
  formatValue,
  MARK_ATTRIBUTES,
  NODE_ATTRIBUTES,
  NODE_LABELS,
  findAttributeProblem,
  findNodeCheckProblem,
  isContentMarkType,
  isContentNodeType,
  isPlainObject,
} from "./content-rules";
import { COMMENT_MARK, MAX_COMMENT_MARKS_PER_TEXT } from "./comment-mark";
import { MAX_DEPTH, MAX_DOCUMENT_BYTES } from "./limits";
import { contentSchema } from "./schema";
import type { ContentDocument } from "./types";

export type ValidationResult = { ok: true; doc: ContentDocument } | { ok: false; error: string };

const NODE_KEYS: ReadonlySet<string> = new Set(["type", "attrs", "content", "marks", "text"]);
const MARK_KEYS: ReadonlySet<string> = new Set(["type", "attrs"]);
// A node level is a node object plus its content array; the deepest text node
// also carries marks → mark → attrs. Anything deeper is refused before JSON.stringify,
// which recurses and overflows on a few thousand levels.
const MAX_RAW_NESTING = 2 * MAX_DEPTH + 2;
const TOO_DEEP = `Content is nested too deeply (more than ${MAX_DEPTH} levels). Flatten nested lists or quotes.`;
const TOO_LARGE = `Content is too large (over ${MAX_DOCUMENT_BYTES / 1024} KB). Split it into shorter articles.`;

/**
 * Accepts a parsed document or its JSON text (as posted by the editor's hidden
 * input). Returns the normalized document: a fresh copy with Tiptap's default
 * attributes filled in.
 */
export function validateDocument(input: unknown): ValidationResult {
  const parsed = typeof input === "string" ? parseJsonText(input) : copyAsJson(input);
  if (!parsed.ok) return parsed;

  const root = parsed.value;
  if (!isPlainObject(root) || root.type !== "doc") {
    return fail('Content must be a document object of the form {"type":"doc","content":[…]}');
  }

  const problem = findContentProblem(root);
  if (problem) return fail(problem);

  return checkStructure(withAtLeastOneBlock(root));
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

function parseJsonText(text: string): Parsed {
  if (measureUtf8Bytes(text) > MAX_DOCUMENT_BYTES) return fail(TOO_LARGE);
  let value: unknown;
  try {
    // V8's JSON.parse does not recurse, so deep input cannot overflow here.
    value = JSON.parse(text);
  } catch {
    return fail("Content is not valid JSON");
  }
  const shapeProblem = probeShape(value);
  return shapeProblem ? fail(shapeProblem) : { ok: true, value };
}

function copyAsJson(value: unknown): Parsed {
  const shapeProblem = probeShape(value);
  if (shapeProblem) return fail(shapeProblem);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return fail("Content cannot be saved as JSON (it contains a cycle or an unsupported value)");
  }
  if (text === undefined) return fail("Content is missing");
  if (measureUtf8Bytes(text) > MAX_DOCUMENT_BYTES) return fail(TOO_LARGE);
  // Re-parse so the walk sees plain data only: no prototypes, getters or toJSON.
  return { ok: true, value: JSON.parse(text) };
}

function measureUtf8Bytes(text: string): number {
  // UTF-8 needs at least one byte per UTF-16 unit, so long strings fail without encoding.
  if (text.length > MAX_DOCUMENT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/**
 * Iterative probe with early cut-offs, safe on any input: refuses nesting past
 * MAX_RAW_NESTING (which also ends cycles) and more values than a document of
 * MAX_DOCUMENT_BYTES can hold (which ends huge or heavily shared object graphs).
 */
function probeShape(value: unknown): string | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  let visited = 0;
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    // Every JSON value takes at least one byte.
    if (++visited > MAX_DOCUMENT_BYTES) return TOO_LARGE;
    if (typeof frame.value !== "object" || frame.value === null) continue;
    if (frame.depth > MAX_RAW_NESTING) return TOO_DEEP;
    for (const child of Object.values(frame.value)) stack.push({ value: child, depth: frame.depth + 1 });
  }
  return null;
}

/** Walks the JSON iteratively (depth-first, document order) against the allowlists. */
function findContentProblem(root: Record<string, unknown>): string | null {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 1 }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    if (frame.depth > MAX_DEPTH) return TOO_DEEP;
    const problem = findNodeProblem(frame.node);
    if (problem) return problem;

    const content = (frame.node as Record<string, unknown>).content;
    if (content === undefined) continue;
    if (!Array.isArray(content)) return "The content of a node must be a list";
    for (let i = content.length - 1; i >= 0; i--) stack.push({ node: content[i], depth: frame.depth + 1 });
  }
  return null;
}

function findNodeProblem(node: unknown): string | null {
  if (!isPlainObject(node)) return "Every piece of content must be an object with a type";
  const { type } = node;
  if (typeof type !== "string") return "A piece of content has no type";
  if (!isContentNodeType(type)) return `Unsupported content type ${formatValue(type)}`;
  const label = NODE_LABELS[type];

  const extraKey = Object.keys(node).find((key) => !NODE_KEYS.has(key));
  if (extraKey !== undefined) return `Unsupported property ${formatValue(extraKey)} on a ${label}`;

  const attrsProblem = findAttributeProblem(`a ${label}`, NODE_ATTRIBUTES[type], node.attrs);
  if (attrsProblem) return attrsProblem;
  const nodeProblem = findNodeCheckProblem(NODE_ATTRIBUTES[type], node);
  if (nodeProblem) return nodeProblem;

  if (type !== "text") {
    if (node.text !== undefined) return `A ${label} cannot hold text directly`;
    if (node.marks !== undefined) return `Formatting is only allowed on text, not on a ${label}`;
    return null;
  }
  if (typeof node.text !== "string" || node.text === "") return "A text node must have non-empty text";
  if (node.content !== undefined) return "A text node cannot contain other content";
  return findMarksProblem(node.marks);
}

function findMarksProblem(marks: unknown): string | null {
  if (marks === undefined) return null;
  if (!Array.isArray(marks)) return "Text formatting must be a list";
  const seen = new Set<string>();
  let comments = 0;
  for (const mark of marks) {
    if (!isPlainObject(mark) || typeof mark.type !== "string") return "A formatting entry has no type";
    if (!isContentMarkType(mark.type)) return `Unsupported formatting ${formatValue(mark.type)}`;
    // Comment threads may overlap (one mark per thread); any other formatting appears once.
    const threadId = mark.type === COMMENT_MARK && isPlainObject(mark.attrs) ? mark.attrs.threadId : undefined;
    const key = typeof threadId === "string" ? `${mark.type}:${threadId}` : mark.type;
    if (seen.has(key)) return `Text has "${mark.type}" formatting applied twice`;
    seen.add(key);
    if (mark.type === COMMENT_MARK && ++comments > MAX_COMMENT_MARKS_PER_TEXT) return `Text has more than ${MAX_COMMENT_MARKS_PER_TEXT} comment threads on it`;

    const extraKey = Object.keys(mark).find((key) => !MARK_KEYS.has(key));
    if (extraKey !== undefined) return `Unsupported property ${formatValue(extraKey)} on ${mark.type} formatting`;
    const problem = findAttributeProblem(
      mark.type === "link" ? "a link" : `${mark.type} formatting`,
      MARK_ATTRIBUTES[mark.type],
      mark.attrs,
    );
    if (problem) return problem;
  }
  return null;
}

// An empty editor is a valid, empty article; ProseMirror needs one block for it.
function withAtLeastOneBlock(root: Record<string, unknown>): Record<string, unknown> {
  const content = root.content;
  if (Array.isArray(content) && content.length > 0) return root;
  return { ...root, content: [{ type: "paragraph" }] };
}

function checkStructure(root: Record<string, unknown>): ValidationResult {
  let node: ProseMirrorNode;
  try {
    node = contentSchema.nodeFromJSON(root);
    node.check();
  } catch (error) {
    return fail(describeStructureProblem(root) ?? `The document structure is invalid: ${messageOf(error)}`);
  }
  return { ok: true, doc: node.toJSON() as ContentDocument };
}

/** Finds the first node whose children break the schema and says so in words. */
function describeStructureProblem(root: Record<string, unknown>): string | null {
  let doc: ProseMirrorNode;
  try {
    doc = contentSchema.nodeFromJSON(root);
  } catch {
    return null;
  }
  const stack: ProseMirrorNode[] = [doc];
  for (let parent = stack.pop(); parent; parent = stack.pop()) {
    const problem = findChildProblem(parent);
    if (problem) return problem;
    for (let i = parent.childCount - 1; i >= 0; i--) stack.push(parent.child(i));
  }
  return null;
}

function findChildProblem(parent: ProseMirrorNode): string | null {
  const parentLabel = labelOf(parent.type.name);
  let match = parent.type.contentMatch;
  for (let i = 0; i < parent.childCount; i++) {
    const child = parent.child(i);
    const next = match.matchType(child.type);
    if (!next) {
      const expected = match.defaultType ? `; expected a ${labelOf(match.defaultType.name)}` : "";
      return `A ${parentLabel} cannot contain a ${labelOf(child.type.name)} at that point${expected}`;
    }
    match = next;
  }
  if (match.validEnd) return null;
  const needed = match.defaultType ? labelOf(match.defaultType.name) : "more content";
  return `A ${parentLabel} is incomplete: it needs a ${needed}`;
}

function labelOf(type: string): string {
  return isContentNodeType(type) ? NODE_LABELS[type] : type;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

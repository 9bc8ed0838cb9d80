// Editor-only: pasting text that contains a provider's address keeps the text and adds
// the embed after its paragraph (a paragraph that is only the address becomes the
// embed). HTML embed code (iframes, blockquote + script) is handled by the embed node's
// parse rules; scripts are never parsed. Ordinary links stay links.
import { Extension } from "@tiptap/core";
import { Fragment, Slice, type Node as ProseMirrorNode, type Schema } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { parseEmbedUrl } from "./providers";

// Bounded per match, and at most this many embeds from one paste.
const ADDRESS = /https:\/\/[^\s<>"'()]{1,2048}/g;
const MAX_EMBEDS_PER_PASTE = 20;

function embedsIn(text: string, schema: Schema, budget: { left: number }): ProseMirrorNode[] {
  const nodes: ProseMirrorNode[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    if (budget.left <= 0) break;
    const result = parseEmbedUrl(match[0].replace(/[.,;:!?]+$/, ""), { allowLinkCard: false });
    if (!result.ok) continue;
    budget.left--;
    nodes.push(schema.nodes.embed!.create({ provider: result.embed.provider, parts: result.embed.parts }));
  }
  return nodes;
}

export function addEmbedsToSlice(slice: Slice, schema: Schema): Slice {
  const budget = { left: MAX_EMBEDS_PER_PASTE };
  const out: ProseMirrorNode[] = [];
  let changed = false;
  let firstKept = true;
  let lastKept = true;
  slice.content.forEach((node, _offset, index) => {
    const embeds = node.type.name === "paragraph" ? embedsIn(node.textContent, schema, budget) : [];
    if (embeds.length === 0) {
      out.push(node);
      return;
    }
    changed = true;
    const onlyAddress = embeds.length === 1 && ADDRESS.test(node.textContent.trim()) && node.textContent.trim().replace(ADDRESS, "").trim() === "";
    ADDRESS.lastIndex = 0;
    if (!onlyAddress) out.push(node);
    else if (index === 0) firstKept = false;
    out.push(...embeds);
    if (index === slice.content.childCount - 1) lastKept = false;
  });
  if (!changed) return slice;
  return new Slice(Fragment.from(out), firstKept ? slice.openStart : 0, lastKept ? slice.openEnd : 0);
}

/** Keeps only the text of pasted blocks, as paragraphs (for pasting into a table cell). */
export function flattenToParagraphs(slice: Slice, schema: Schema): Slice {
  if (slice.content.childCount === 1 && slice.content.firstChild?.type.name === "paragraph") return slice;
  const paragraphs: ProseMirrorNode[] = [];
  slice.content.forEach((node) => {
    if (node.type.name === "paragraph") paragraphs.push(node);
    else if (node.textContent.trim()) paragraphs.push(schema.nodes.paragraph!.create(null, schema.text(node.textContent.slice(0, 10_000))));
  });
  if (paragraphs.length === 0) return Slice.empty;
  return new Slice(Fragment.from(paragraphs), 1, 1);
}

export const EmbedPaste = Extension.create({
  name: "embedPaste",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("embedPaste"),
        props: {
          transformPasted: (slice, view) => {
            const { $from } = view.state.selection;
            for (let depth = $from.depth; depth > 0; depth--) {
              // A table cell holds paragraphs only: pasted blocks would split the table.
              if (["tableCell", "tableHeader"].includes($from.node(depth).type.name)) return flattenToParagraphs(slice, view.state.schema);
            }
            return addEmbedsToSlice(slice, view.state.schema);
          },
        },
      }),
    ];
  },
});

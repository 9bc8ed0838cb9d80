// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";
import { afterEach, describe, expect, it } from "vitest";
import { contentExtensions } from "@/lib/content/extensions";
import { checkEditedElement, findEditableElement, measureTable, resizeTable } from "@/lib/content/element-edit";
import type { ContentNode } from "@/lib/content/types";

const p = (text: string): ContentNode => ({ type: "paragraph", content: [{ type: "text", text }] });
const cell = (type: string, text: string): ContentNode => ({ type, content: text ? [p(text)] : [{ type: "paragraph" }] });
const table: ContentNode = {
  type: "table",
  attrs: { caption: "Results" },
  content: [
    { type: "tableRow", content: [cell("tableHeader", "Party"), cell("tableHeader", "Seats")] },
    { type: "tableRow", content: [cell("tableCell", "Blue"), cell("tableCell", "")] },
  ],
};
const youtube: ContentNode = { type: "embed", attrs: { provider: "youtube", parts: { video: "dQw4w9WgXcQ" }, caption: "Old", credit: "", posterId: null, posterSrc: null } };

let editor: Editor | undefined;
afterEach(() => editor?.destroy());
const create = (...content: ContentNode[]) =>
  (editor = new Editor({ element: document.createElement("div"), extensions: contentExtensions, content: { type: "doc", content } }));

describe("finding the element to edit", () => {
  it("finds an embed selected as a whole, and a fact box or table the cursor is inside", () => {
    const e = create(p("Intro"), youtube, { type: "factBox", attrs: { title: "Facts" }, content: [p("One fact")] }, table);
    const embedPos = e.state.doc.child(0).nodeSize;
    e.view.dispatch(e.state.tr.setSelection(NodeSelection.create(e.state.doc, embedPos)));
    expect(findEditableElement(e.state)).toMatchObject({ type: "embed", pos: embedPos, offset: null });

    const factBoxPos = embedPos + e.state.doc.child(1).nodeSize;
    e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, factBoxPos + 4)));
    expect(findEditableElement(e.state)).toMatchObject({ type: "factBox", pos: factBoxPos, offset: 4 });

    const tablePos = factBoxPos + e.state.doc.child(2).nodeSize;
    e.view.dispatch(e.state.tr.setSelection(TextSelection.near(e.state.doc.resolve(tablePos + 3))));
    expect(findEditableElement(e.state)?.type).toBe("table");

    e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, 2)));
    expect(findEditableElement(e.state)).toBeNull();
  });
});

describe("checking an edited element", () => {
  it("refuses what a save would refuse, with the same message", () => {
    expect(checkEditedElement({ type: "factBox", attrs: { title: " " }, content: [p("x")] })).toEqual({ ok: false, error: "A fact box needs a title" });
    expect(checkEditedElement({ ...youtube, attrs: { ...youtube.attrs, caption: "x".repeat(1001) } })).toEqual({ ok: false, error: "An embed's caption must be text of at most 1000 characters" });
    expect(checkEditedElement({ ...youtube, attrs: { ...youtube.attrs, parts: { video: "short" } } }).ok).toBe(false);
    const ok = checkEditedElement({ ...youtube, attrs: { ...youtube.attrs, caption: "New" } });
    expect(ok.ok && ok.node.attrs?.caption).toBe("New");
  });
});

describe("resizing a table", () => {
  it("keeps the words that still fit, adds empty cells, and says when words would go", () => {
    const grown = resizeTable(table, 3, 3);
    expect(grown.dropped).toBe(false);
    expect(measureTable(grown.node)).toEqual({ rows: 3, columns: 3 });
    expect(grown.node.content?.[0]?.content?.map((c) => c.type)).toEqual(["tableHeader", "tableHeader", "tableHeader"]);
    expect(grown.node.content?.[1]?.content?.[0]).toEqual(cell("tableCell", "Blue"));
    expect(checkEditedElement(grown.node).ok).toBe(true);
    // The empty second column of the second row goes silently; "Seats" does not.
    expect(resizeTable(table, 2, 1).dropped).toBe(true);
    expect(resizeTable({ ...table, content: [table.content![0]!, { type: "tableRow", content: [cell("tableCell", "Blue"), cell("tableCell", "")] }, { type: "tableRow", content: [cell("tableCell", ""), cell("tableCell", "")] }] }, 2, 2).dropped).toBe(false);
  });
});

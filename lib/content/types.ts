// Stored article content: Tiptap/ProseMirror JSON restricted to the nodes and
// marks in ./extensions. Shapes mirror Tiptap's JSONContent so values pass to
// Tiptap APIs without casts; validateDocument is what proves a value fits.

export type ContentNodeType =
  | "doc"
  | "paragraph"
  | "text"
  | "heading"
  | "bulletList"
  | "orderedList"
  | "listItem"
  | "blockquote"
  | "hardBreak"
  | "figure"
  | "horizontalRule"
  | "embed"
  | "pullQuote"
  | "factBox"
  | "table"
  | "tableRow"
  | "tableHeader"
  | "tableCell"
  | "gallery"
  | "articleCard";

export type ContentMarkType = "bold" | "italic" | "link" | "comment";

export type ContentMark = {
  type: string;
  attrs?: Record<string, unknown>;
};

export type ContentNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ContentNode[];
  marks?: ContentMark[];
  text?: string;
};

export type ContentDocument = {
  type: "doc";
  content?: ContentNode[];
};

// Editor-only: HTML pasted from Google Docs or Word is cleaned (clean-office-html.ts)
// before ProseMirror parses it with the article schema. Other HTML passes untouched.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { cleanPastedHtml } from "./clean-office-html";

export const OfficePaste = Extension.create({
  name: "officePaste",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("officePaste"),
        props: { transformPastedHTML: (html) => cleanPastedHtml(html, new DOMParser()) },
      }),
    ];
  },
});

// The one Tiptap extension list. The editor (browser) and the server renderer
// both build their schema from it, so what can be typed is exactly what can be
// stored and rendered. Keep this file free of server-only imports.
import { flattenExtensions, type Extensions, type Mark } from "@tiptap/core";
import { StarterKit, type StarterKitOptions } from "@tiptap/starter-kit";

import { isAllowedHref, isExternalHref } from "./link-url";
import { CommentMark } from "./comment-mark";
import { Figure } from "./figure";
import { Embed } from "./embeds/embed-node";
import { ArticleCard, FactBox, Gallery, PullQuote, Table, TableCell, TableHeader, TableRow } from "./story-elements";

type LinkOptions = Exclude<StarterKitOptions["link"], false>;

// StarterKit's Link is not exported and @tiptap/extension-link is not a direct
// dependency, so take the Link mark StarterKit itself would register.
const BaseLink = flattenExtensions([StarterKit]).find((extension) => extension.name === "link") as
  | Mark<LinkOptions>
  | undefined;
if (!BaseLink) throw new Error("@tiptap/starter-kit no longer provides the link mark");

const linkOptions: LinkOptions = {
  openOnClick: false,
  autolink: true,
  defaultProtocol: "https",
  // Used by setLink, HTML paste/parse, autolink and rendering: pasted
  // `<a href="javascript:…">` loses its link, and setLink refuses bad hrefs.
  isAllowedUri: (url) => isAllowedHref(url),
  // Autolink only full web addresses, so "Node.js" or "ASP.NET" in copy stay text.
  shouldAutoLink: (url) => /^https?:\/\//i.test(url),
};

const ContentLink = BaseLink.extend({
  // Tiptap copies target, rel and class from pasted <a> tags by default; drop
  // them so pasted links (often target="_blank") still pass validation on save.
  addAttributes() {
    return {
      ...this.parent?.(),
      target: { default: null, parseHTML: () => null },
      rel: { default: null, parseHTML: () => null },
      class: { default: null, parseHTML: () => null },
      title: { default: null, parseHTML: (element) => element.getAttribute("title")?.slice(0, 500) || null },
    };
  },
  // Editorial links: never a target, no nofollow; external ones get noopener noreferrer.
  renderHTML({ HTMLAttributes }) {
    const href = isAllowedHref(HTMLAttributes.href) ? HTMLAttributes.href : "";
    const rel = href && isExternalHref(href) ? "noopener noreferrer" : null;
    const title = typeof HTMLAttributes.title === "string" ? HTMLAttributes.title : null;
    return ["a", { href, rel, title }, 0];
  },
}).configure(linkOptions);

export const contentExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    link: false,
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
  }),
  ContentLink,
  Figure,
  // Embeds and story elements (issue 15); the divider is StarterKit's horizontalRule.
  Embed,
  PullQuote,
  FactBox,
  Table,
  TableRow,
  TableHeader,
  TableCell,
  Gallery,
  ArticleCard,
  // Comments on drafts (issue 17): stored, never rendered for readers (stripCommentMarks).
  CommentMark,
];

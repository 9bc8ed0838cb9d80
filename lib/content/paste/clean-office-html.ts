// Cleans what Google Docs and Microsoft Word put on the clipboard before ProseMirror parses
// it (the editor's transformPastedHTML: lib/content/paste/office-paste.ts). Pure: it takes
// the HTML and a parser (the browser's DOMParser; happy-dom's in the unit tests) and returns
// HTML that says only what the article schema keeps: headings, paragraphs, bold, italic,
// links, lists, quotes and tables. Fonts, colours, sizes, comments, the deleted text of
// tracked changes and empty paragraphs are dropped; the inserted text of tracked changes
// is kept. HTML from anywhere else (the editor itself, a web page) is returned untouched.

export type HtmlParser = { parseFromString(html: string, type: "text/html"): Document };
export type PasteSource = "google-docs" | "word";

/** Where pasted HTML comes from, by the marks each app leaves. */
export function detectPasteSource(html: string): PasteSource | null {
  if (/id=["']?docs-internal-guid-/i.test(html)) return "google-docs";
  if (/urn:schemas-microsoft-com:office|content=["']?Word\.Document|class=["']?Mso[A-Z]|mso-[a-z-]+\s*:|<o:p[\s>]/i.test(html)) return "word";
  return null;
}

export function cleanPastedHtml(html: string, parser: HtmlParser): string {
  const source = detectPasteSource(html);
  if (!source) return html;
  const doc = parser.parseFromString(html, "text/html");
  const listStyles = readWordListStyles(doc);
  const body = doc.body;
  removeComments(body);
  for (const el of elements(body)) cleanElement(el);
  rebuildWordLists(body, listStyles);
  for (const el of elements(body)) simplifyElement(el);
  nestStrayLists(body);
  normaliseHeadings(body);
  removeEmptyBlocks(body);
  return body.innerHTML.trim();
}

// ---------------------------------------------------------------------------------------
// Pass 1: drop what never survives, unwrap what only carries styling.

const DROPPED_TAGS = new Set(["style", "script", "meta", "link", "title", "xml", "colgroup", "col", "o:p", "img", "svg", "object", "iframe"]);

function cleanElement(el: Element): void {
  if (!el.isConnected) return;
  const tag = el.tagName.toLowerCase();
  const style = el.getAttribute("style") ?? "";
  const cls = el.getAttribute("class") ?? "";
  if (DROPPED_TAGS.has(tag) || tag.startsWith("v:")) return el.remove();
  // Word's list markers ("1.", "·" and the spaces after them): the list itself says that.
  // The marker is kept aside to tell numbered from bulleted when Word's styles do not.
  if (/mso-list\s*:\s*ignore/i.test(style)) {
    el.closest("p")?.setAttribute("data-list-marker", el.textContent ?? "");
    return el.remove();
  }
  // Word comments: the reference mark ("[A1]"), the anchors and the comment list itself.
  if (/(^|\s)(MsoCommentReference|MsoCommentText|msocomanchor|msocomoff|msocomtxt)(\s|$)/i.test(cls)) return el.remove();
  if (/mso-element\s*:\s*comment/i.test(style) || /mso-special-character\s*:\s*comment/i.test(style) || /^_(com|msocom)_\d+$/i.test(el.id)) return el.remove();
  // Tracked changes: deleted text goes, inserted text stays.
  if (tag === "del" || /(^|\s)msoDel(\s|$)/i.test(cls)) return el.remove();
  if (tag === "ins" || /(^|\s)msoIns(\s|$)/i.test(cls)) return unwrap(el);
  // Google Docs wraps the whole fragment in a <b> that is not bold.
  if (tag === "b" && /^docs-internal-guid-/.test(el.id)) return unwrap(el);
  // Other namespaced Word elements (content controls, smart tags) keep their text.
  if (tag.includes(":")) return unwrap(el);
}

function removeComments(root: Node): void {
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const child of [...node.childNodes]) {
      // 8: a comment, including Word's conditional comments and <![if …]> marks.
      if (child.nodeType === 8) child.parentNode?.removeChild(child);
      else if (child.nodeType === 1) stack.push(child);
    }
  }
}

// ---------------------------------------------------------------------------------------
// Pass 2: Word's lists are paragraphs with "mso-list:l0 level1 lfo1"; make them lists.

type ListKind = "ul" | "ol";

/** "l0:1" → ul/ol, from the @list rules in Word's <style> (bullet or a number format). */
function readWordListStyles(doc: Document): Map<string, ListKind> {
  const kinds = new Map<string, ListKind>();
  const css = [...doc.querySelectorAll("style")].map((s) => s.textContent ?? "").join("\n");
  for (const match of css.matchAll(/@list\s+(l\d+):level(\d+)\s*\{([^}]*)\}/gi)) {
    kinds.set(`${match[1]}:${match[2]}`, /mso-level-number-format\s*:\s*bullet/i.test(match[3] ?? "") ? "ul" : "ol");
  }
  return kinds;
}

type ListParagraph = { el: Element; list: string; level: number; kind: ListKind };

function readListParagraph(el: Element, styles: Map<string, ListKind>): ListParagraph | null {
  if (el.tagName.toLowerCase() !== "p") return null;
  const match = /mso-list\s*:\s*(l\d+)\s+level(\d+)/i.exec(el.getAttribute("style") ?? "");
  if (!match) return null;
  const list = match[1]!;
  const level = Number(match[2]);
  const marker = el.getAttribute("data-list-marker") ?? "";
  const kind = styles.get(`${list}:${level}`) ?? (/^\(?([0-9]+|[a-z]|[ivxlc]+)[.)]/i.test(marker.trim()) ? "ol" : "ul");
  return { el, list, level, kind };
}

function rebuildWordLists(body: HTMLElement, styles: Map<string, ListKind>): void {
  const doc = body.ownerDocument;
  const paragraphs = [...body.querySelectorAll("p")].map((p) => readListParagraph(p, styles)).filter((p): p is ListParagraph => p !== null);
  const done = new Set<Element>();
  for (const first of paragraphs) {
    if (done.has(first.el)) continue;
    // A run: this paragraph and the list paragraphs that follow it directly.
    const run: ListParagraph[] = [first];
    for (let next = nextElement(first.el); next; next = nextElement(next)) {
      const item = paragraphs.find((p) => p.el === next);
      if (!item) break;
      run.push(item);
    }
    const root = doc.createElement(first.kind);
    first.el.before(root);
    const stack: { level: number; list: Element }[] = [{ level: first.level, list: root }];
    for (const item of run) {
      done.add(item.el);
      while (stack.length > 1 && stack[stack.length - 1]!.level > item.level) stack.pop();
      let top = stack[stack.length - 1]!;
      if (item.level > top.level) {
        const parentItem = top.list.lastElementChild ?? top.list.appendChild(doc.createElement("li"));
        const nested = parentItem.appendChild(doc.createElement(item.kind));
        stack.push({ level: item.level, list: nested });
        top = stack[stack.length - 1]!;
      }
      const li = top.list.appendChild(doc.createElement("li"));
      const p = li.appendChild(doc.createElement("p"));
      p.append(...item.el.childNodes);
      item.el.remove();
    }
  }
}

function nextElement(el: Element): Element | null {
  let node = el.nextSibling;
  while (node && node.nodeType === 3 && !(node.textContent ?? "").trim()) node = node.nextSibling;
  return node && node.nodeType === 1 ? (node as Element) : null;
}

// ---------------------------------------------------------------------------------------
// Pass 3: styles become marks, Word's paragraph styles become blocks, attributes go.

const BOLD = /(^|;)\s*font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i;
const NOT_BOLD = /(^|;)\s*font-weight\s*:\s*(normal|lighter|[1-5]00)\b/i;
const ITALIC = /(^|;)\s*font-style\s*:\s*(italic|oblique)\b/i;
const NOT_ITALIC = /(^|;)\s*font-style\s*:\s*normal\b/i;
const KEPT_ATTRIBUTES: Record<string, string[]> = { a: ["href", "title"], td: ["colspan", "rowspan"], th: ["colspan", "rowspan"] };

function simplifyElement(el: Element): void {
  if (!el.isConnected) return;
  const doc = el.ownerDocument;
  let tag = el.tagName.toLowerCase();
  const style = el.getAttribute("style") ?? "";
  const cls = el.getAttribute("class") ?? "";

  // Word's Title and Quote paragraph styles.
  if (tag === "p" && /(^|\s)MsoTitle(\s|$)/i.test(cls)) el = rename(el, "h1");
  else if (tag === "p" && /(^|\s)Mso(Intense)?Quote(\s|$)/i.test(cls)) {
    const quote = doc.createElement("blockquote");
    el.before(quote);
    quote.append(el);
  }
  tag = el.tagName.toLowerCase();

  if ((tag === "b" || tag === "strong") && NOT_BOLD.test(style)) return unwrap(el);
  if ((tag === "i" || tag === "em") && NOT_ITALIC.test(style)) return unwrap(el);
  if (tag === "span" || tag === "font") {
    // Google Docs marks bold and italic with styles on spans, not <b> and <i>.
    const bold = BOLD.test(style);
    const italic = ITALIC.test(style);
    const children = [...el.childNodes];
    if (bold || italic) {
      let inner: Element | null = null;
      let outer: Element | null = null;
      for (const mark of [bold ? "strong" : null, italic ? "em" : null]) {
        if (!mark) continue;
        const wrapper = doc.createElement(mark);
        if (inner) inner.append(wrapper);
        else outer = wrapper;
        inner = wrapper;
      }
      inner!.append(...children);
      el.replaceWith(outer!);
      return;
    }
    return unwrap(el);
  }
  if (tag === "a") {
    const href = el.getAttribute("href");
    // Bookmarks and Word's anchors (<a name="_Toc…">) are not links.
    if (!href || href.startsWith("#")) return unwrap(el);
    el.setAttribute("href", unwrapRedirect(href));
  }
  if (tag === "div" || tag === "section" || tag === "article") return unwrap(el);
  for (const attribute of [...el.attributes]) {
    if (!(KEPT_ATTRIBUTES[tag] ?? []).includes(attribute.name.toLowerCase())) el.removeAttribute(attribute.name);
  }
}

// Google's link tracker (https://www.google.com/url?q=<address>&sa=…) hides the real address.
function unwrapRedirect(href: string): string {
  try {
    const url = new URL(href);
    if (/^(www\.)?google\.[a-z.]+$/i.test(url.hostname) && url.pathname === "/url" && url.searchParams.get("q")) return url.searchParams.get("q")!;
  } catch {
    // Not an absolute address: the link rules decide.
  }
  return href;
}

// Google Docs nests a list as a sibling of its parent item (<ul><li>…</li><ul>…</ul></ul>).
function nestStrayLists(body: HTMLElement): void {
  for (const list of [...body.querySelectorAll("ul, ol")]) {
    const parent = list.parentElement;
    if (!parent || !["UL", "OL"].includes(parent.tagName.toUpperCase())) continue;
    const previous = list.previousElementSibling;
    if (previous && previous.tagName.toUpperCase() === "LI") previous.append(list);
    else {
      const li = body.ownerDocument.createElement("li");
      list.before(li);
      li.append(list);
    }
  }
}

// Articles have two heading levels (h2 and h3; the headline is the h1): the highest level
// pasted becomes h2 and every lower one h3, so "Heading 1" and "Heading 2" keep their order.
function normaliseHeadings(body: HTMLElement): void {
  const headings = [...body.querySelectorAll("h1, h2, h3, h4, h5, h6")];
  const top = Math.min(...headings.map((h) => Number(h.tagName.slice(1))));
  for (const heading of headings) rename(heading, Number(heading.tagName.slice(1)) === top ? "h2" : "h3");
}

// ---------------------------------------------------------------------------------------
// Pass 4: empty paragraphs (Word's <o:p>&nbsp;</o:p>, Docs' <br> between blocks) go.

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, ul, ol";

function removeEmptyBlocks(body: HTMLElement): void {
  // Innermost first, so a list emptied of its items goes too.
  for (const block of [...body.querySelectorAll(BLOCKS)].reverse()) {
    if (block.closest("td, th")) continue;
    if (!hasText(block)) block.remove();
  }
  // A <br> that is not inside a block's text is Docs' spacing between blocks.
  for (const br of [...body.querySelectorAll("br")]) {
    if (!br.parentElement || br.parentElement === body || !br.parentElement.closest("p, h1, h2, h3, h4, h5, h6, li, td, th")) br.remove();
  }
  // A line break that ends a block adds an empty line.
  for (const block of [...body.querySelectorAll("p, h2, h3")]) {
    while (block.lastChild && (block.lastChild.nodeName === "BR" || (block.lastChild.nodeType === 3 && !(block.lastChild.textContent ?? "").trim()))) block.lastChild.remove();
  }
}

function hasText(el: Element): boolean {
  return /[^\s\u00a0\u200b\ufeff]/u.test(el.textContent ?? "");
}

// ---------------------------------------------------------------------------------------

function* elements(root: Element): Generator<Element> {
  // A snapshot, so removing or unwrapping one element does not skip the next.
  yield* [...root.querySelectorAll("*")];
}

function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes);
}

function rename(el: Element, tag: string): Element {
  const renamed = el.ownerDocument.createElement(tag);
  for (const attribute of [...el.attributes]) renamed.setAttribute(attribute.name, attribute.value);
  renamed.append(...el.childNodes);
  el.replaceWith(renamed);
  return renamed;
}

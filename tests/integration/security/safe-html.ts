import { Window } from "happy-dom";

// What rendered article HTML must never contain (docs/security.md, stored XSS).
const FORBIDDEN_ELEMENTS = new Set(["script", "iframe", "object", "embed", "base", "meta", "link", "style", "svg", "math", "form", "input", "button", "textarea", "select", "frame", "frameset", "applet", "template", "noscript"]);
const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "background", "data", "ping"]);

export function unsafeUrl(value: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme.
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
  return scheme !== undefined && !["http", "https", "mailto"].includes(scheme);
}

// Parses the HTML as a browser would and lists every problem found.
// A `<script type="application/ld+json">` is data, never run; with `allowJsonLd` it
// passes as long as its text cannot close the element early (checked by the caller).
// `allowIds` is for whole-page scans, where the site's own markup carries ids; rendered
// article HTML must carry none (DOM clobbering).
export function findUnsafeHtml(html: string, options: { allowJsonLd?: boolean; allowIds?: boolean } = {}): string[] {
  const window = new Window();
  const document = window.document;
  document.body.innerHTML = html;
  const problems: string[] = [];
  for (const element of Array.from(document.body.querySelectorAll("*"))) {
    const name = element.tagName.toLowerCase();
    const jsonLd = name === "script" && element.getAttribute("type") === "application/ld+json" && !element.hasAttribute("src");
    if (FORBIDDEN_ELEMENTS.has(name) && !(options.allowJsonLd && jsonLd)) problems.push(`<${name}> element`);
    for (const attribute of Array.from(element.attributes)) {
      const attr = attribute.name.toLowerCase();
      const value = attribute.value ?? "";
      if (attr.startsWith("on")) problems.push(`${attr} handler on <${name}>`);
      if (attr === "style") problems.push(`style attribute on <${name}>`);
      if (attr === "http-equiv") problems.push(`http-equiv on <${name}>`);
      if (URL_ATTRIBUTES.has(attr)) {
        for (const part of attr === "srcset" ? value.split(",").map((p) => p.trim().split(/\s+/)[0] ?? "") : [value]) {
          if (unsafeUrl(part)) problems.push(`unsafe URL in ${attr} on <${name}>: ${part.slice(0, 60)}`);
        }
      }
      if (!options.allowIds && (attr === "id" || attr === "name") && name !== "a") problems.push(`${attr}="${value}" on <${name}> (DOM clobbering)`);
    }
  }
  window.close();
  return problems;
}

// A JSX runtime that renders straight to an HTML string, for reader pages served as
// cached route handlers: no React tree, no RSC payload, no client JavaScript. Files
// opt in with the pragma `/** @jsxImportSource @/lib/html */`. Text and attribute
// values are escaped; the only raw markup is a SafeHtml (see safe-html.ts), passed as
// children or as dangerouslySetInnerHTML.
import { escapeHtml, isSafeHtml, trustedHtml, type SafeHtml } from "@/lib/html/safe-html";

export type Child = SafeHtml | string | number | boolean | null | undefined | Child[];
type Props = Record<string, unknown> & { children?: Child };
type Component = (props: never) => SafeHtml | null;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const RENAMED: Record<string, string> = { className: "class", htmlFor: "for", httpEquiv: "http-equiv", acceptCharset: "accept-charset" };
// React-only props with no HTML meaning.
const SKIPPED = new Set(["children", "dangerouslySetInnerHTML", "key", "ref"]);

function attributeName(name: string): string {
  if (RENAMED[name]) return RENAMED[name];
  // aria-*/data-* are written as is; camelCase DOM names (dateTime, tabIndex, fetchPriority) are lower-cased.
  return name.includes("-") ? name : name.toLowerCase();
}

function renderAttributes(props: Props): string {
  let out = "";
  for (const [name, value] of Object.entries(props)) {
    if (SKIPPED.has(name) || value === false || value === null || value === undefined) continue;
    // No inline handlers or style objects: reader pages run no script and use classes.
    if (typeof value === "function" || typeof value === "object" || /^on/i.test(name)) throw new Error(`Attribute ${name} is not allowed here`);
    out += value === true ? ` ${attributeName(name)}` : ` ${attributeName(name)}="${escapeHtml(String(value))}"`;
  }
  return out;
}

export function renderChildren(child: Child): string {
  if (child === null || child === undefined || child === false || child === true) return "";
  if (Array.isArray(child)) return child.map(renderChildren).join("");
  if (isSafeHtml(child)) return child.html;
  return escapeHtml(String(child));
}

export function jsx(type: string | Component, props: Props): SafeHtml {
  if (typeof type === "function") return (type as (p: Props) => SafeHtml | null)(props) ?? trustedHtml("");
  if (!/^[a-z][a-z0-9-]*$/.test(type)) throw new Error(`Not an HTML element: ${type}`);
  const open = `<${type}${renderAttributes(props)}>`;
  if (VOID.has(type)) return trustedHtml(open);
  const inner = props.dangerouslySetInnerHTML as { __html: SafeHtml } | undefined;
  if (inner && !isSafeHtml(inner.__html)) throw new Error("dangerouslySetInnerHTML takes SafeHtml only");
  return trustedHtml(`${open}${inner ? inner.__html.html : renderChildren(props.children)}</${type}>`);
}

export const jsxs = jsx;
export const jsxDEV = jsx;

export function Fragment({ children }: { children?: Child }): SafeHtml {
  return trustedHtml(renderChildren(children));
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace JSX {
  export type Element = SafeHtml;
  export type ElementChildrenAttribute = { children: unknown };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component props
  export type ElementType = string | ((props: any) => SafeHtml | null);
  export type IntrinsicElements = Record<string, Record<string, unknown> & { children?: Child; dangerouslySetInnerHTML?: { __html: SafeHtml } }>;
}

import { describe, expect, it } from "vitest";
import { Fragment, jsx, renderChildren } from "@/lib/html/jsx-runtime";
import { escapeHtml, trustedHtml } from "@/lib/html/safe-html";

// The reader pages' JSX runtime (lib/html/jsx-runtime.ts), called as the compiler calls it.
describe("reader page JSX runtime", () => {
  it("escapes text and attribute values", () => {
    const html = jsx("a", { href: `/x?a=1&b="2"`, title: "<b>", children: ["<script>alert(1)</script>", " & more"] }).html;
    expect(html).toBe(`<a href="/x?a=1&amp;b=&quot;2&quot;" title="&lt;b&gt;">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</a>`);
  });

  it("writes HTML attribute names, booleans and void elements", () => {
    expect(jsx("label", { htmlFor: "q", className: "sr-only", children: "Search" }).html).toBe(`<label for="q" class="sr-only">Search</label>`);
    expect(jsx("input", { id: "q", required: true, disabled: false, maxLength: 200, tabIndex: -1 }).html).toBe(`<input id="q" required maxlength="200" tabindex="-1">`);
    expect(jsx("time", { dateTime: "2021-09-20", "aria-label": "x", children: "20 Sept" }).html).toBe(`<time datetime="2021-09-20" aria-label="x">20 Sept</time>`);
  });

  it("skips null, undefined and booleans among children and renders nested markup once", () => {
    const inner = jsx("b", { children: "bold" });
    expect(jsx("p", { children: [null, undefined, false, true, 0, inner, [" ", "x"]] }).html).toBe("<p>0<b>bold</b> x</p>");
    expect(Fragment({ children: [inner, "<"] }).html).toBe("<b>bold</b>&lt;");
    expect(renderChildren([inner, 1])).toBe("<b>bold</b>1");
  });

  it("takes raw markup only as SafeHtml", () => {
    expect(jsx("div", { dangerouslySetInnerHTML: { __html: trustedHtml("<p>body</p>") } }).html).toBe("<div><p>body</p></div>");
    expect(() => jsx("div", { dangerouslySetInnerHTML: { __html: "<p>body</p>" } })).toThrow(/SafeHtml/);
  });

  it("refuses event handlers, objects as attributes and made-up element names", () => {
    expect(() => jsx("a", { onClick: () => undefined })).toThrow();
    expect(() => jsx("a", { style: { color: "red" } })).toThrow();
    expect(() => jsx("img src=x onerror=alert(1)", {})).toThrow(/Not an HTML element/);
  });

  it("calls components and treats a null result as nothing", () => {
    const Empty = () => null;
    const Hello = ({ name }: { name: string }) => jsx("p", { children: ["Hello ", name] });
    expect(jsx("div", { children: [jsx(Empty, {}), jsx(Hello, { name: "<Ann>" })] }).html).toBe("<div><p>Hello &lt;Ann&gt;</p></div>");
  });

  it("escapes every character that could end an attribute or open a tag", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});

// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { contentExtensions } from "@/lib/content/extensions";
import { validateDocument } from "@/lib/content/validate-document";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { findImagesMissingAlt } from "@/lib/media/find-images-missing-alt";
import type { ContentDocument } from "@/lib/content/types";

const KEY = "0123456789abcdef0123456789abcdef";
const figure = (overrides: Record<string, unknown> = {}) => ({
  type: "figure",
  attrs: {
    mediaId: "7d1f7a3e-2b1c-4c5d-9e8f-0a1b2c3d4e5f",
    src: `/api/media/${KEY}/1280.jpg`,
    alt: "Boats in the harbour at dawn",
    caption: "The fleet returns.",
    credit: "Photo: Jane Doe",
    width: 1280,
    height: 720,
    widths: [320, 640, 1280],
    ...overrides,
  },
});
const doc = (...content: unknown[]) => ({ type: "doc", content });

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

describe("images in articles", () => {
  it("render as a figure with srcset, sizes, width, height, alt, caption and credit", () => {
    const html = renderDocumentHtml(doc(figure()) as ContentDocument);
    expect(html).toContain(`<source type="image/webp" srcset="/api/media/${KEY}/320.webp 320w, /api/media/${KEY}/640.webp 640w, /api/media/${KEY}/1280.webp 1280w"`);
    expect(html).toContain(`srcset="/api/media/${KEY}/320.jpg 320w, /api/media/${KEY}/640.jpg 640w, /api/media/${KEY}/1280.jpg 1280w"`);
    expect(html).toMatch(/<img src="\/api\/media\/0123456789abcdef0123456789abcdef\/1280\.jpg"[^>]* sizes="\(min-width: 48rem\) 42rem, 100vw" alt="Boats in the harbour at dawn" width="1280" height="720" loading="lazy"/);
    expect(html).toContain('<figcaption><span data-caption="">The fleet returns.</span> <span data-credit="" class="credit block text-xs uppercase tracking-wide">Photo: Jane Doe</span></figcaption>');
  });

  it("escape captions and credits", () => {
    const html = renderDocumentHtml(doc(figure({ caption: "<script>alert(1)</script>", alt: '" onerror="x' })) as ContentDocument);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain('" onerror="x"');
  });

  it("refuse any src that is not a Dateline media address", () => {
    for (const src of ["https://evil.example/x.jpg", "javascript:alert(1)", `/api/media/${KEY}/../../etc/passwd`, "data:image/png;base64,AAAA", `/api/media/${KEY}/1280.svg`]) {
      const result = validateDocument(doc(figure({ src })));
      expect(result.ok, src).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/Images must come from the media library/);
    }
    expect(validateDocument(doc(figure({ onload: "x" }))).ok).toBe(false);
  });

  it("keep only Dateline figures when HTML is pasted", () => {
    const html = renderDocumentHtml(doc(figure()) as ContentDocument);
    editor = new Editor({ element: document.createElement("div"), extensions: contentExtensions, content: `<p>Before</p>${html}<figure><img src="https://evil.example/x.jpg"></figure>` });
    const json = editor.getJSON();
    const figures = (json.content ?? []).filter((n) => n.type === "figure");
    expect(figures).toHaveLength(1);
    expect(figures[0]?.attrs).toMatchObject({ src: `/api/media/${KEY}/1280.jpg`, alt: "Boats in the harbour at dawn", caption: "The fleet returns.", credit: "Photo: Jane Doe", widths: [320, 640, 1280] });
    expect(validateDocument(json).ok).toBe(true);
  });

  it("count images without alt text", () => {
    const body = doc(figure(), figure({ alt: "" }), { type: "blockquote", content: [figure({ alt: "   " })] }) as ContentDocument;
    expect(findImagesMissingAlt(body)).toBe(2);
  });
});

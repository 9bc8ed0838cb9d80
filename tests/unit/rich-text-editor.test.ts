// @vitest-environment happy-dom
import { act, createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { RichTextEditor } from "@/components/editor/rich-text-editor";
import type { ContentDocument } from "@/lib/content/types";

// Tells React that updates below are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const initial: ContentDocument = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Hello world" }] }] };

let container: HTMLElement;
let root: Root;
let changes: ContentDocument[];

async function mount(content: ContentDocument | null = initial, editable?: boolean) {
  await act(async () => {
    root.render(
      createElement(
        "form",
        null,
        createElement("span", { id: "body-label" }, "Body"),
        createElement(RichTextEditor, {
          name: "body",
          labelId: "body-label",
          initialContent: content,
          onChange: (doc) => changes.push(doc),
          editable,
        }),
      ),
    );
  });
}

const query = <T extends Element>(selector: string) => {
  const element = container.querySelector<T>(selector);
  if (!element) throw new Error(`missing ${selector}`);
  return element;
};
// A toolbar button's name is its visually hidden text (its tooltip adds the shortcut).
const nameOf = (element: Element | null) => element?.querySelector(".sr-only")?.textContent ?? element?.textContent;
const button = (label: string) => {
  const found = Array.from(container.querySelectorAll("button")).find((element) => nameOf(element) === label);
  if (!found) throw new Error(`missing button ${label}`);
  return found;
};
const hiddenValue = () => JSON.parse(query<HTMLInputElement>('input[type="hidden"][name="body"]').value) as ContentDocument;

async function click(element: HTMLElement) {
  await act(async () => {
    element.dispatchEvent(new MouseEvent("mousedown", { bubbles: true, cancelable: true }));
    element.click();
  });
}

async function type(input: HTMLInputElement, value: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  await act(async () => {
    setValue?.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

async function press(element: HTMLElement, key: string) {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
  });
}

async function selectAllText() {
  const textbox = query<HTMLElement>('[role="textbox"]');
  await act(async () => {
    textbox.focus();
    const selection = document.getSelection();
    const range = document.createRange();
    range.selectNodeContents(textbox);
    selection?.removeAllRanges();
    selection?.addRange(range);
    document.dispatchEvent(new Event("selectionchange"));
  });
}

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  changes = [];
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe("RichTextEditor", () => {
  it("renders a labelled multi-line textbox and mirrors the document into a hidden input", async () => {
    await mount();
    const textbox = query<HTMLElement>('[role="textbox"]');
    expect(textbox.getAttribute("aria-multiline")).toBe("true");
    expect(textbox.getAttribute("aria-labelledby")).toBe("body-label");
    expect(textbox.getAttribute("contenteditable")).toBe("true");
    expect(textbox.textContent).toBe("Hello world");
    expect(hiddenValue()).toEqual(initial);
  });

  it("starts from an empty paragraph without initial content", async () => {
    await mount(null);
    expect(hiddenValue()).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });

  it("has a Formatting toolbar of typed buttons with the expected names and one tab stop", async () => {
    await mount();
    const toolbar = query<HTMLElement>('[role="toolbar"]');
    expect(toolbar.getAttribute("aria-label")).toBe("Formatting");
    const buttons = Array.from(toolbar.querySelectorAll("button"));
    expect(buttons.map((element) => nameOf(element))).toEqual([
      "Undo",
      "Redo",
      "Paragraph",
      "Heading 2",
      "Heading 3",
      "Bold",
      "Italic",
      "Link",
      "Bulleted list",
      "Numbered list",
      "Quote",
      "Image",
      "Insert",
    ]);
    expect(buttons.every((element) => element.type === "button")).toBe(true);
    const toggles = buttons.filter((element) => !["Undo", "Redo", "Insert"].includes(nameOf(element) ?? ""));
    expect(toggles.every((element) => element.hasAttribute("aria-pressed"))).toBe(true);
    expect(button("Bold").getAttribute("aria-keyshortcuts")).toBe("Control+B");
    expect(button("Bold").textContent).toContain("Ctrl+B");
    expect(buttons.filter((element) => element.tabIndex === 0)).toHaveLength(1);

    await act(async () => buttons[0]?.focus());
    await press(buttons[0] as HTMLElement, "ArrowRight");
    expect(nameOf(document.activeElement)).toBe("Redo");
    await press(document.activeElement as HTMLElement, "End");
    expect(nameOf(document.activeElement)).toBe("Insert");
    await press(document.activeElement as HTMLElement, "ArrowRight");
    expect(nameOf(document.activeElement)).toBe("Undo");
  });

  it("applies formatting from the toolbar, updates aria-pressed and reports changes", async () => {
    await mount();
    await selectAllText();
    await click(button("Bold"));
    expect(button("Bold").getAttribute("aria-pressed")).toBe("true");
    expect(hiddenValue().content?.[0]?.content?.[0]?.marks).toEqual([{ type: "bold" }]);
    expect(changes.at(-1)).toEqual(hiddenValue());

    await click(button("Heading 2"));
    expect(hiddenValue().content?.[0]).toMatchObject({ type: "heading", attrs: { level: 2 } });
    expect(button("Heading 2").getAttribute("aria-pressed")).toBe("true");
    expect(button("Paragraph").getAttribute("aria-pressed")).toBe("false");
  });

  it("refuses unsafe link URLs inline and turns a bare domain into https", async () => {
    await mount();
    await selectAllText();
    await click(button("Link"));
    expect(button("Link").getAttribute("aria-expanded")).toBe("true");

    const input = query<HTMLInputElement>("input[type='text']");
    expect(query<HTMLLabelElement>(`label[for="${input.id}"]`).textContent).toBe("Link URL");

    await type(input, "javascript:alert(1)");
    await click(button("Apply link"));
    expect(query('[role="alert"]').textContent).toBe("Use an http(s) or mailto link, or a path starting with /");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(JSON.stringify(hiddenValue())).not.toContain("javascript");

    await type(input, "example.com");
    const submitted: Event[] = [];
    query("form").addEventListener("submit", (event) => submitted.push(event));
    await press(input, "Enter");
    expect(submitted).toHaveLength(0);
    expect(container.querySelector("input[type='text']")).toBeNull();
    expect(hiddenValue().content?.[0]?.content?.[0]?.marks).toEqual([
      { type: "link", attrs: { href: "https://example.com", target: null, rel: null, class: null, title: null } },
    ]);
  });

  it("removes a link", async () => {
    await mount({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "linked", marks: [{ type: "link", attrs: { href: "/about" } }] }] }],
    });
    await selectAllText();
    await click(button("Link"));
    expect(query<HTMLInputElement>("input[type='text']").value).toBe("/about");
    await click(button("Remove link"));
    expect(hiddenValue().content?.[0]?.content?.[0]?.marks).toBeUndefined();
  });

  it("can be read-only, without a toolbar, and become editable again", async () => {
    await mount(initial, false);
    const textbox = query<HTMLElement>('[role="textbox"]');
    expect(textbox.getAttribute("contenteditable")).toBe("false");
    expect(textbox.getAttribute("aria-readonly")).toBe("true");
    expect(container.querySelector('[role="toolbar"]')).toBeNull();
    expect(hiddenValue()).toEqual(initial);

    await mount(initial, true);
    expect(query<HTMLElement>('[role="textbox"]').getAttribute("contenteditable")).toBe("true");
    expect(query<HTMLElement>('[role="textbox"]').getAttribute("aria-readonly")).toBe("false");
    expect(query('[role="toolbar"]')).toBeTruthy();
  });
});

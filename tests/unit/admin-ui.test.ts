import { createElement, type TextareaHTMLAttributes } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { Field } from "@/components/admin/ui/field";
import { buildPageHref } from "@/components/admin/ui/pagination";

const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);
// The opening tag of the first <name> element, to check its attributes in any order.
const openingTag = (markup: string, name: string) => markup.match(new RegExp(`<${name}\\b[^>]*>`))?.[0] ?? "";

describe("Field", () => {
  it("labels the control and wires hint and error to it", () => {
    const markup = html(
      createElement(Field, { id: "slug", label: "Slug", hint: "Lowercase letters.", errors: ["Use only letters."], children: createElement("input", { name: "slug" }) }),
    );
    expect(markup).toContain('<label for="slug"');
    const input = openingTag(markup, "input");
    for (const attribute of ['name="slug"', 'id="slug"', 'aria-invalid="true"', 'aria-describedby="slug-help slug-error"']) expect(input).toContain(attribute);
    expect(markup).toContain('<p id="slug-help"');
    expect(markup).toContain('<p id="slug-error" class="mt-1 text-sm text-red-700 dark:text-red-400">Use only letters.</p>');
  });

  it("points at nothing that is not on the page: no error, no aria-invalid", () => {
    const textareaProps: TextareaHTMLAttributes<HTMLTextAreaElement> = { name: "name" };
    const markup = html(createElement(Field, { id: "name", label: "Name", errors: [], children: createElement("textarea", textareaProps) }));
    const textarea = openingTag(markup, "textarea");
    expect(textarea).toContain('id="name"');
    expect(textarea).toContain('name="name"');
    expect(markup).not.toContain("aria-describedby");
    expect(markup).not.toContain("aria-invalid");
    expect(markup).not.toContain("name-error");
  });
});

describe("DataTable", () => {
  type Row = { id: string; name: string };
  const columns: Column<Row>[] = [
    { header: "Name", cell: (row) => row.name },
    { header: "Actions", hiddenHeader: true, cell: (row) => `edit ${row.id}` },
  ];

  it("renders a captioned table with column headings and one row per item", () => {
    const markup = html(createElement(DataTable<Row>, { caption: "Tags", columns, rows: [{ id: "1", name: "Flood" }, { id: "2", name: "Rates" }], rowKey: (row) => row.id }));
    expect(markup).toContain('<caption class="sr-only">Tags</caption>');
    expect(markup).toContain('<th scope="col" class="px-4 py-2">Name</th>');
    expect(markup).toContain('<span class="sr-only">Actions</span>');
    expect(markup.match(/<tr[ >]/g)).toHaveLength(3);
    expect(markup).toContain("Rates");
  });

  it("shows the empty state instead of an empty table", () => {
    const markup = html(createElement(DataTable<Row>, { columns, rows: [], rowKey: (row) => row.id, empty: createElement("p", null, "No tags yet.") }));
    expect(markup).toBe("<p>No tags yet.</p>");
  });
});

describe("buildPageHref", () => {
  it("keeps the filters that are set, drops empty ones, and leaves page 1 implicit", () => {
    expect(buildPageHref("/admin", { q: "flood warning", status: undefined, tag: "" }, 1)).toBe("/admin?q=flood+warning");
    expect(buildPageHref("/admin", { q: undefined }, 1)).toBe("/admin");
    expect(buildPageHref("/admin/audit", { action: "article.publish" }, 3)).toBe("/admin/audit?action=article.publish&page=3");
  });
});

import type { Key, ReactNode } from "react";

export type Column<Row> = {
  /** The column heading; a visually hidden one still names the column for screen readers. */
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** Classes added to this column's heading and cells (alignment, fonts, wrapping). */
  className?: string;
  hiddenHeader?: boolean;
};

type DataTableProps<Row> = {
  /** Names the table for screen readers (a visually hidden caption). */
  caption?: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => Key;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /**
   * "compact" is the denser spacing of logs; "tight" of the version list, whose rows hold radios and buttons;
   * "stylesheet" puts no classes on the table, its headings, rows and cells, nor a card around it: a long list
   * styles them from its stylesheet (bytes a page).
   */
  density?: "normal" | "compact" | "tight" | "stylesheet";
  /** Drops the bordered card around the table (when the table sits inside a form or panel). */
  bare?: boolean;
  rowClassName?: string;
};

const PADDING = {
  normal: { head: "px-4 py-2", cell: "px-4 py-3" },
  compact: { head: "px-3 py-2", cell: "px-3 py-2" },
  tight: { head: "px-2 py-2", cell: "px-2 py-2" },
  stylesheet: { head: undefined, cell: undefined },
};

// The one admin table: every list in the CMS renders through it, so headings keep
// scope="col", captions and the empty state stay consistent, and a style change is one edit.
export function DataTable<Row>({ caption, columns, rows, rowKey, empty, density = "normal", bare, rowClassName = "" }: DataTableProps<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const padding = PADDING[density];
  const styled = density !== "stylesheet";
  const table = (
    <table className={styled ? "w-full text-left text-sm" : undefined}>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead className={styled ? "border-b border-neutral-200 dark:border-neutral-800" : undefined}>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={join(padding.head, column.className) || undefined}>
              {column.hiddenHeader ? <span className="sr-only">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowKey(row)} className={density === "stylesheet" ? undefined : join("border-b border-neutral-100 last:border-0 dark:border-neutral-800", rowClassName)}>
            {columns.map((column, index) => (
              <td key={index} className={density === "stylesheet" ? undefined : join(padding.cell, column.className)}>{column.cell(row, rowIndex)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (bare || !styled) return table;
  return <div className="overflow-x-auto rounded border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">{table}</div>;
}

function join(...classes: (string | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}

"use client";
import type { AriaAttributes } from "react";

type Props = Pick<AriaAttributes, "aria-invalid" | "aria-describedby"> & {
  id?: string;
  name: string;
  /** [id, name] pairs: a list's payload carries each person once, not as an element tree. */
  options: [string, string][];
  defaultValue: string;
  emptyLabel: string;
  className?: string;
};

// A select of staff for a filter bar (inside Field, which hands it the id and aria attributes).
export function StaffFilterSelect({ options, emptyLabel, ...select }: Props) {
  return (
    <select {...select}>
      <option value="">{emptyLabel}</option>
      {options.map(([id, name]) => (
        <option key={id} value={id}>{name}</option>
      ))}
    </select>
  );
}

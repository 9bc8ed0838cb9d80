"use client";

import { useId, useState } from "react";

type Staff = { id: string; name: string };
type Props = { value: string[]; onChange: (ids: string[]) => void; staff: Staff[]; disabled?: boolean; error?: string };

// Ordered bylines chosen from the staff list. Each chosen person is a hidden "bylines"
// field, in order, so the form submits them like any other field.
export function BylinePicker({ value, onChange, staff, disabled, error }: Props) {
  const selectId = useId();
  const [pick, setPick] = useState("");
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const move = (index: number, by: number) => {
    const next = [...value];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };
  return (
    <fieldset>
      <legend className="block text-sm font-semibold">Bylines</legend>
      <ol className="mt-1 space-y-1" aria-label="Bylines, in order">
        {value.map((id, index) => (
          <li key={id} className="flex items-center gap-2 text-sm">
            <input type="hidden" name="bylines" value={id} />
            <span className="min-w-40">{index + 1}. {names.get(id) ?? "Former staff member"}</span>
            {!disabled ? (
              <>
                <button type="button" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move ${names.get(id)} up`} className="rounded border border-neutral-300 px-2 disabled:opacity-40 dark:border-neutral-700">↑</button>
                <button type="button" disabled={index === value.length - 1} onClick={() => move(index, 1)} aria-label={`Move ${names.get(id)} down`} className="rounded border border-neutral-300 px-2 disabled:opacity-40 dark:border-neutral-700">↓</button>
                <button type="button" disabled={value.length === 1} onClick={() => onChange(value.filter((v) => v !== id))} aria-label={`Remove byline ${names.get(id)}`} className="rounded border border-neutral-300 px-2 disabled:opacity-40 dark:border-neutral-700">×</button>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {!disabled ? (
        <div className="mt-2 flex items-center gap-2">
          <label htmlFor={selectId} className="text-sm">Add a byline</label>
          <select id={selectId} value={pick} onChange={(e) => setPick(e.target.value)} className="rounded border border-neutral-400 bg-white px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900">
            <option value="">Choose a person…</option>
            {staff.filter((s) => !value.includes(s.id)).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
          <button
            type="button"
            disabled={!pick}
            onClick={() => {
              onChange([...value, pick]);
              setPick("");
            }}
            className="rounded border border-neutral-400 px-3 py-1 text-sm disabled:opacity-50 dark:border-neutral-600"
          >
            Add
          </button>
        </div>
      ) : null}
      {error ? <p className="mt-1 text-sm text-red-700 dark:text-red-400">{error}</p> : null}
    </fieldset>
  );
}

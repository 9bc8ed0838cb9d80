/** @jsxImportSource @/lib/html */
import { formatDateTime } from "@/lib/site";

type Note = { id: string; kind: "CORRECTION" | "CLARIFICATION" | "UPDATE"; text: string; createdAt: Date };

const LABELS: Record<Note["kind"], string> = { CORRECTION: "Correction", CLARIFICATION: "Clarification", UPDATE: "Update" };

// The dated corrections, clarifications and updates at the foot of an article.
export function Corrections({ items }: { items: Note[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="corrections-heading" className="mt-10 border-t border-neutral-200 pt-4 dark:border-neutral-800">
      <h2 id="corrections-heading" className="font-serif text-xl font-bold">Corrections</h2>
      <ul className="mt-3 space-y-3">
        {items.map((item) => (
          <li className="text-neutral-800 dark:text-neutral-200">
            <strong>{LABELS[item.kind]}</strong>, <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt)}</time>: {item.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

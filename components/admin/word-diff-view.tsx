import type { DiffPart } from "@/lib/articles/word-diff";

// Inserted words underlined in green, removed words struck through in red; the
// words "added"/"removed" are there for screen readers.
export function WordDiffView({ parts, label }: { parts: DiffPart[]; label?: string }) {
  return (
    <div aria-label={label} className="whitespace-pre-wrap break-words rounded border border-neutral-200 bg-white p-3 font-serif leading-relaxed dark:border-neutral-800 dark:bg-neutral-900">
      {parts.map((part, index) =>
        part.op === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.op === "add" ? (
          <ins key={index} className="bg-green-100 text-green-900 no-underline dark:bg-green-900 dark:text-green-100">
            <span className="sr-only">[added: </span>{part.text}<span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={index} className="bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100">
            <span className="sr-only">[removed: </span>{part.text}<span className="sr-only">]</span>
          </del>
        ),
      )}
    </div>
  );
}

"use client";
import { CircleAlert, CircleCheck, TriangleAlert } from "lucide-react";
import { checkBeforePublishing, type CheckField, type CheckItem } from "@/lib/articles/prepublish-rules";
import type { ContentDocument } from "@/lib/content/types";

type Props = {
  headline: string;
  standfirst: string;
  body: ContentDocument | null;
  bylineCount: number;
  tagCount: number;
};

// Where "Fix" takes the person: the control holding the problem, found by its label.
const LABELS: Record<CheckField, string> = {
  headline: "Headline",
  standfirst: "Standfirst",
  body: "Body",
  bylines: "Bylines",
  tags: "Tags",
  featuredImage: "Featured image",
};

function jumpTo(field: CheckField) {
  const target =
    field === "body"
      ? document.querySelector<HTMLElement>('[aria-labelledby="body-label"]')
      : (() => {
          const label = [...document.querySelectorAll<HTMLElement>("label, legend")].find((el) => el.textContent?.trim().startsWith(LABELS[field]));
          if (label instanceof HTMLLabelElement) return label.control as HTMLElement | null;
          return label?.parentElement?.querySelector<HTMLElement>("input, select, button") ?? null;
        })();
  // On narrower screens the settings live in a sheet: open it first.
  const sheet = target?.closest("dialog");
  if (sheet && !sheet.open) sheet.showModal();
  target?.scrollIntoView({ block: "center" });
  target?.focus();
}

// The pre-publish checklist, shown beside Publish and Schedule: the same rules the server
// enforces (lib/articles/prepublish-rules.ts), computed as the person writes. Links to
// other Dateline articles and the featured image's alt text need the database, so the
// server checks those when the button is pressed.
export function PrepublishChecklist({ headline, standfirst, body, bylineCount, tagCount }: Props) {
  const { blocking, warnings } = checkBeforePublishing({
    headline,
    standfirst,
    body: body ?? { type: "doc", content: [] },
    bylineCount,
    tagCount,
    featuredImage: undefined,
    links: new Map(),
  });
  return (
    <section aria-labelledby="checklist-heading" className="rounded border border-neutral-300 p-3 text-sm dark:border-neutral-700">
      <h2 id="checklist-heading" className="font-semibold">Before publishing</h2>
      {blocking.length === 0 ? (
        <p className="mt-1 flex items-center gap-1 text-green-800 dark:text-green-300">
          <CircleCheck aria-hidden="true" className="size-4" /> Nothing blocks publishing.
        </p>
      ) : null}
      <CheckList items={blocking} kind="blocking" />
      <CheckList items={warnings} kind="warning" />
      <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">Links to other Dateline articles and the featured image’s alt text are checked when you publish.</p>
    </section>
  );
}

function CheckList({ items, kind }: { items: CheckItem[]; kind: "blocking" | "warning" }) {
  if (items.length === 0) return null;
  const Icon = kind === "blocking" ? CircleAlert : TriangleAlert;
  return (
    <ul aria-label={kind === "blocking" ? "Blocking problems" : "Warnings"} className="mt-2 space-y-1">
      {items.map((item) => (
        <li key={item.code + item.message} className={`flex items-start gap-1 ${kind === "blocking" ? "text-red-800 dark:text-red-300" : "text-amber-900 dark:text-amber-200"}`}>
          <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>
            <span className="sr-only">{kind === "blocking" ? "Blocks publishing: " : "Warning: "}</span>
            {item.message}{" "}
            <button type="button" onClick={() => jumpTo(item.field)} className="underline">
              Fix<span className="sr-only">: go to {LABELS[item.field]}</span>
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}

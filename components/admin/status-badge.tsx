const LABELS = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
} as const;

const STYLES: Record<keyof typeof LABELS, string> = {
  DRAFT: "bg-neutral-200 text-neutral-800 dark:bg-neutral-700 dark:text-neutral-100",
  IN_REVIEW: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  SCHEDULED: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  PUBLISHED: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100",
  UNPUBLISHED: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
};

export function StatusBadge({ status }: { status: keyof typeof LABELS }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}>{LABELS[status]}</span>;
}

export function statusLabel(status: keyof typeof LABELS): string {
  return LABELS[status];
}

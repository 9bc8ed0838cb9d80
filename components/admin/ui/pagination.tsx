import { Link } from "@/components/admin/ui/link";

type PaginationProps = {
  path: string;
  /** The list's filters, kept on every page link; empty values are left out. */
  params: Record<string, string | undefined>;
  page: number;
  hasNext: boolean;
};

/** The address of one page of a filtered list: the one place page links are built. */
export function buildPageHref(path: string, params: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

// Newer/older links for lists that are paged newest first. The lists know only whether
// a next page exists (no total count, which would cost a scan), so there are no numbered links.
export function Pagination({ path, params, page, hasNext }: PaginationProps) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? <Link href={buildPageHref(path, params, page - 1)} rel="prev" className="underline">Newer</Link> : <span />}
      <span aria-current="page" className="text-neutral-600 dark:text-neutral-400">Page {page}</span>
      {hasNext ? <Link href={buildPageHref(path, params, page + 1)} rel="next" className="underline">Older</Link> : <span />}
    </nav>
  );
}

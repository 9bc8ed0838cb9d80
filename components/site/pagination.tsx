/** @jsxImportSource @/lib/html */

/** Stable, crawlable page URLs: `/base` is page 1, `/base/page/2` the next. */
export function pageHref(basePath: string, page: number): string {
  const base = basePath === "/" ? "" : basePath;
  return page <= 1 ? basePath : `${base}/page/${page}`;
}

export function Pagination({ basePath, page, hasNext }: { basePath: string; page: number; hasNext: boolean }) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav aria-label="Pages" className="mt-10 flex items-center justify-between border-t border-neutral-300 pt-4 text-sm print:hidden dark:border-neutral-700">
      {page > 1 ? <a href={pageHref(basePath, page - 1)} rel="prev" className="underline">← Newer articles</a> : <span />}
      <span className="text-neutral-700 dark:text-neutral-300">Page {page}</span>
      {hasNext ? <a href={pageHref(basePath, page + 1)} rel="next" className="underline">Older articles →</a> : <span />}
    </nav>
  );
}

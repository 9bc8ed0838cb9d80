import Link from "next/link";

export function Pagination({ basePath, page, hasNext }: { basePath: string; page: number; hasNext: boolean }) {
  if (page === 1 && !hasNext) return null;
  const href = (n: number) => (n === 1 ? basePath : `${basePath}?page=${n}`);
  return (
    <nav aria-label="Pages" className="mt-8 flex justify-between text-sm">
      {page > 1 ? <Link href={href(page - 1)} rel="prev" className="underline">Newer articles</Link> : <span />}
      {hasNext ? <Link href={href(page + 1)} rel="next" className="underline">Older articles</Link> : null}
    </nav>
  );
}

import Link from "next/link";

// Older/newer links that keep the list's filters.
export function AdminPagination({ path, params, page, hasNext }: { path: string; params: Record<string, string | undefined>; page: number; hasNext: boolean }) {
  if (page === 1 && !hasNext) return null;
  const href = (n: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (n > 1) query.set("page", String(n));
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  return (
    <nav aria-label="Pages" className="mt-6 flex justify-between text-sm">
      {page > 1 ? <Link href={href(page - 1)} rel="prev" className="underline">Newer</Link> : <span />}
      {hasNext ? <Link href={href(page + 1)} rel="next" className="underline">Older</Link> : null}
    </nav>
  );
}

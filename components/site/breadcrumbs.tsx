/** @jsxImportSource @/lib/html */

export type Crumb = { name: string; href: string };

/** Home › World › Asia: the trail above a section page or an article (the last one is the current page when `current`). */
export function Breadcrumbs({ trail, current = false }: { trail: Crumb[]; current?: boolean }) {
  if (trail.length === 0) return null;
  return (
    <nav aria-label="Breadcrumb" className="mb-3 text-sm print:hidden">
      <ol className="flex flex-wrap gap-x-2 text-neutral-700 dark:text-neutral-300">
        <li><a href="/" className="underline underline-offset-2">Home</a></li>
        {trail.map((crumb, i) => (
          <li>
            <span aria-hidden="true">› </span>
            {current && i === trail.length - 1 ? (
              <a href={crumb.href} aria-current="page" className="font-semibold">{crumb.name}</a>
            ) : (
              <a href={crumb.href} className="underline underline-offset-2">{crumb.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

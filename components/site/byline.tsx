/** @jsxImportSource @/lib/html */

/** "By A, B and C", each name linking to the author's page. */
export function Byline({ people, className }: { people: { name: string; slug: string }[]; className?: string }) {
  if (people.length === 0) return null;
  return (
    <p className={className}>
      By{" "}
      {people.map((person, i) => (
        <>
          {i > 0 ? (i === people.length - 1 ? " and " : ", ") : null}
          <a href={`/authors/${person.slug}`} rel="author" className="font-semibold underline-offset-2 hover:underline">
            {person.name}
          </a>
        </>
      ))}
    </p>
  );
}

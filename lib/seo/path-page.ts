// A page number from a path segment (`/page/2`): a whole number from 2 to 10,000
// written canonically ("02" or "1" are not page URLs), or null.
export function readPathPage(value: string | undefined): number | null {
  if (!value || !/^[1-9][0-9]{0,4}$/.test(value)) return null;
  const page = Number(value);
  return page >= 2 && page <= 10_000 ? page : null;
}

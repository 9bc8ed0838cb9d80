import { maxPageFor } from "@/lib/page-param";
import { PAGE_SIZE } from "@/lib/articles/page-size";

// A page number from a path segment (`/page/2`): a whole number from 2 to the deepest
// page of a reader list (lib/page-param.ts) written canonically ("02" or "1" are not page
// URLs), or null.
export function readPathPage(value: string | undefined): number | null {
  if (!value || !/^[1-9][0-9]{0,4}$/.test(value)) return null;
  const page = Number(value);
  return page >= 2 && page <= maxPageFor(PAGE_SIZE) ? page : null;
}

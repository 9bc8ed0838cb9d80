import { MAX_LIST_DEPTH } from "@/lib/page-param";

// Shown instead of a page past the deepest one (lib/page-param.ts): the list's last page
// follows, and the way to older entries is named.
export function PageDepthNote({ maxPage, how }: { maxPage: number; how: string }) {
  return (
    <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      Lists go back {maxPage.toLocaleString("en-GB")} pages ({MAX_LIST_DEPTH.toLocaleString("en-GB")} entries); this is the last one. {how}
    </p>
  );
}

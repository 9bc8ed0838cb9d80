/** @jsxImportSource @/lib/html */
import type { SafeHtml } from "@/lib/html/safe-html";
import type { SectionLink } from "@/lib/site-chrome/types";

/** Where a page sits among the sections: its section's path, and whether it is that section's front. */
export type CurrentSection = { path: string; front: boolean };

// The masthead's section menu (issue 13): the top-level sections, in their order, as
// plain links; no script. On a narrow screen the row scrolls sideways inside itself
// (`.section-nav` in app/globals.css), never the page. The section a page belongs to is
// marked: `aria-current="page"` on that section's own front, "true" inside it (a
// subsection, an older page, an article in it). Classes are few: every page carries it.
export function SectionNav({ sections, current }: { sections: SectionLink[]; current?: CurrentSection }): SafeHtml | null {
  if (sections.length === 0) return null;
  return (
    <nav aria-label="Sections" className="section-nav print:hidden">
      <ul>
        {sections.map((s) => (
          <li>
            <a href={`/sections/${s.path}`} aria-current={currentFor(s.path, current)}>{s.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function currentFor(path: string, current: CurrentSection | undefined): "page" | "true" | undefined {
  if (!current) return undefined;
  if (current.path === path) return current.front ? "page" : "true";
  return current.path.startsWith(`${path}/`) ? "true" : undefined;
}

"use client";

import { useEffect, type RefObject } from "react";

// Distraction-free writing: while `on`, everything on the page but the writing area is
// inert (out of the tab order and the accessibility tree; the area itself covers the
// screen), and Escape leaves, unless something inside (a menu, a panel) used it first.
export function useWritingFocus(on: boolean, areaRef: RefObject<HTMLElement | null>, leave: () => void): void {
  useEffect(() => {
    const area = areaRef.current;
    if (!on || !area) return;
    const madeInert: Element[] = [];
    for (let node: HTMLElement | null = area; node && node !== document.body; node = node.parentElement) {
      for (const sibling of node.parentElement?.children ?? []) {
        if (sibling === node || sibling.hasAttribute("inert")) continue;
        sibling.setAttribute("inert", "");
        madeInert.push(sibling);
      }
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) leave();
    };
    document.addEventListener("keydown", onKeyDown);
    document.documentElement.style.overflow = "hidden";
    return () => {
      for (const element of madeInert) element.removeAttribute("inert");
      document.removeEventListener("keydown", onKeyDown);
      document.documentElement.style.overflow = "";
    };
  }, [on, areaRef, leave]);
}

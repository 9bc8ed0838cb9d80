import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and during hydration, true once React runs the page. Forms
 * that submit by hand (the article form) keep their buttons disabled until then: a click
 * before hydration would otherwise submit the form natively, as a GET carrying every
 * field in the address, and reload the page without the editor's unsaved words.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

import { useSyncExternalStore } from "react";

// The editor's keyboard shortcuts, as Tiptap writes them ("Mod" is Ctrl, or ⌘ on a Mac).
// StarterKit binds all but the link one, which the editor binds itself
// (rich-text-editor.tsx); the toolbar shows them and tests/e2e/editor presses each one.
export const SHORTCUTS = {
  paragraph: "Mod-Alt-0",
  heading2: "Mod-Alt-2",
  heading3: "Mod-Alt-3",
  bold: "Mod-B",
  italic: "Mod-I",
  link: "Mod-K",
  bulletList: "Mod-Shift-8",
  orderedList: "Mod-Shift-7",
  blockquote: "Mod-Shift-B",
  undo: "Mod-Z",
  redo: "Mod-Shift-Z",
} as const;

export type ShortcutName = keyof typeof SHORTCUTS;

const MAC_SYMBOLS: Record<string, string> = { Mod: "⌘", Alt: "⌥", Shift: "⇧" };

/** How the shortcut is shown: "Ctrl+Shift+8", or "⌘⇧8" on a Mac. */
export function describeShortcut(name: ShortcutName, mac: boolean): string {
  const keys = SHORTCUTS[name].split("-");
  return mac ? keys.map((key) => MAC_SYMBOLS[key] ?? key).join("") : keys.map((key) => (key === "Mod" ? "Ctrl" : key)).join("+");
}

/** The same, in the form `aria-keyshortcuts` wants ("Control+Shift+8", "Meta+Shift+8"). */
export function ariaShortcut(name: ShortcutName, mac: boolean): string {
  return SHORTCUTS[name]
    .split("-")
    .map((key) => (key === "Mod" ? (mac ? "Meta" : "Control") : key))
    .join("+");
}

/** Whether a keydown is the named shortcut (only used for the one the editor binds itself). */
export function matchesShortcut(event: KeyboardEvent, name: ShortcutName, mac: boolean): boolean {
  const keys = SHORTCUTS[name].split("-");
  const key = keys[keys.length - 1]!.toLowerCase();
  const mod = mac ? event.metaKey : event.ctrlKey;
  return mod && event.key.toLowerCase() === key && event.altKey === keys.includes("Alt") && event.shiftKey === keys.includes("Shift");
}

const isMacPlatform = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** True on Apple systems; the server (and the first render) assume Ctrl. */
export function useIsMac(): boolean {
  return useSyncExternalStore(
    () => () => undefined,
    isMacPlatform,
    () => false,
  );
}

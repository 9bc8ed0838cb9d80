// Shared by the toolbar and the panels it opens, so they read as one control.
export const TOOLBAR_BUTTON_CLASS =
  "rounded px-2 py-1 text-sm text-neutral-800 hover:bg-neutral-200 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 disabled:opacity-50 aria-pressed:bg-neutral-800 aria-pressed:text-white dark:text-neutral-100 dark:hover:bg-neutral-700 dark:aria-pressed:bg-neutral-100 dark:aria-pressed:text-neutral-900";

"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";
import { useEffect, useRef } from "react";
import { ExternalLinkIcon, PencilIcon, UnlinkIcon } from "lucide-react";
import { TOOLBAR_BUTTON_CLASS } from "./toolbar-button-class";

type ShouldShow = NonNullable<Parameters<typeof BubbleMenu>[0]["shouldShow"]>;

// Shown while the caret or selection is in a link and the editor (or the bubble) has the
// focus. Stable, so the plugin is not re-configured on each render.
const showOnLink: ShouldShow = ({ editor, view, element }) =>
  editor.isEditable && editor.isActive("link") && (view.hasFocus() || element.contains(document.activeElement));

const OPTIONS = { placement: "bottom-start", offset: 6 } as const;

// The bubble on a link: open it in a new tab, edit it (the toolbar's link form) or remove
// it. The plugin appends it right after the editable area, so Tab from a link reaches it.
export function LinkBubble({ editor, onEdit }: { editor: Editor; onEdit: () => void }) {
  const menuRef = useRef<HTMLDivElement>(null);
  // The plugin makes its wrapper a tab stop (tabIndex 0, set when BubbleMenu's own effect
  // registers it, before this one runs): an empty stop before the real controls. Keep it
  // focusable by a click only.
  useEffect(() => {
    if (menuRef.current) menuRef.current.tabIndex = -1;
  }, [editor]);
  const href = useEditorState({ editor, selector: ({ editor: current }) => (current.isActive("link") ? String(current.getAttributes("link").href ?? "") : "") });
  return (
    <BubbleMenu
      ref={menuRef}
      editor={editor}
      pluginKey="linkBubble"
      shouldShow={showOnLink}
      options={OPTIONS}
      className="z-20"
    >
      <div role="group" aria-label="Link" className="flex max-w-sm items-center gap-1 rounded-md border border-neutral-300 bg-white p-1 shadow-lg dark:border-neutral-600 dark:bg-neutral-900">
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        className={`${TOOLBAR_BUTTON_CLASS} inline-flex min-w-0 items-center gap-1 underline`}
      >
        <ExternalLinkIcon aria-hidden="true" className="size-4 shrink-0" />
        <span className="sr-only">Open link: </span>
        <span className="truncate">{href}</span>
      </a>
      <button type="button" className={`${TOOLBAR_BUTTON_CLASS} inline-flex items-center gap-1`} onClick={onEdit}>
        <PencilIcon aria-hidden="true" className="size-4" />
        Edit link
      </button>
      <button
        type="button"
        className={`${TOOLBAR_BUTTON_CLASS} inline-flex items-center gap-1`}
        onClick={() => editor.chain().focus().extendMarkRange("link").unsetLink().run()}
      >
        <UnlinkIcon aria-hidden="true" className="size-4" />
        Remove link
      </button>
      </div>
    </BubbleMenu>
  );
}

"use client";

import { useId, useState, type KeyboardEvent } from "react";
import type { Editor } from "@tiptap/react";
import type { FigureAttrs } from "@/lib/content/figure";
import { ImageUploader } from "./image-uploader";
import { MediaBrowser, thumbnail } from "./media-browser";
import type { UploadedImage } from "./upload-image";

type Props = { id: string; editor: Editor; onClose: () => void };

const FIELD = "mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1 text-sm text-neutral-900 dark:border-neutral-600 dark:bg-neutral-950 dark:text-neutral-100";
const BUTTON = "rounded border border-neutral-400 px-3 py-1 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800";

// Not a <form>: the editor sits inside the article's form, and forms cannot nest.
// Inserts a library image (or one uploaded here) as a figure, or edits the selected one.
export function ImagePanel({ id, editor, onClose }: Props) {
  const editing = editor.isActive("figure");
  const current = editing ? (editor.getAttributes("figure") as FigureAttrs) : null;
  const [chosen, setChosen] = useState<UploadedImage | null>(null);
  const [alt, setAlt] = useState(current?.alt ?? "");
  const [caption, setCaption] = useState(current?.caption ?? "");
  const [credit, setCredit] = useState(current?.credit ?? "");
  const altId = useId();
  const captionId = useId();
  const creditId = useId();

  function choose(image: UploadedImage) {
    setChosen(image);
    setAlt(image.alt);
    setCaption(image.caption);
    setCredit(image.credit);
  }

  function apply() {
    const fields = { alt: alt.trim(), caption: caption.trim(), credit: credit.trim() };
    if (current && !chosen) {
      editor.chain().focus().updateAttributes("figure", fields).run();
      if (current.mediaId) fillLibraryBlanks(current.mediaId, fields);
    } else if (chosen) {
      editor
        .chain()
        .focus()
        .insertFigure({ mediaId: chosen.id, src: chosen.src, width: chosen.width, height: chosen.height, widths: chosen.widths, ...fields })
        .run();
      if ((!chosen.alt && fields.alt) || (!chosen.caption && fields.caption) || (!chosen.credit && fields.credit)) {
        fillLibraryBlanks(chosen.id, fields);
      }
    }
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      editor.commands.focus();
      onClose();
    }
    if (event.key === "Enter" && event.target instanceof HTMLInputElement && event.target.type !== "file") {
      // Enter would otherwise submit the article form around the editor.
      event.preventDefault();
    }
  }

  const showFields = chosen !== null || current !== null;
  return (
    <div id={id} role="group" aria-label={editing ? "Edit image" : "Insert image"} onKeyDown={onKeyDown} className="space-y-4 border-b border-neutral-300 p-3 dark:border-neutral-700">
      {!editing && !chosen ? (
        <div className="grid gap-4 md:grid-cols-[1fr_2fr]">
          <ImageUploader onUploaded={choose} />
          <MediaBrowser onChoose={choose} />
        </div>
      ) : null}
      {showFields ? (
        <div className="grid gap-3 md:grid-cols-[10rem_1fr]">
          {chosen ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={thumbnail(chosen)} alt="" className="w-40 rounded border border-neutral-300" />
          ) : (
            <span />
          )}
          <div className="space-y-2">
            <div>
              <label htmlFor={altId} className="block text-sm font-semibold">Alt text (needed to publish)</label>
              <input id={altId} value={alt} maxLength={500} onChange={(e) => setAlt(e.target.value)} className={FIELD} autoFocus />
            </div>
            <div>
              <label htmlFor={captionId} className="block text-sm font-semibold">Caption</label>
              <input id={captionId} value={caption} maxLength={1000} onChange={(e) => setCaption(e.target.value)} className={FIELD} />
            </div>
            <div>
              <label htmlFor={creditId} className="block text-sm font-semibold">Credit</label>
              <input id={creditId} value={credit} maxLength={200} onChange={(e) => setCredit(e.target.value)} className={FIELD} />
            </div>
          </div>
        </div>
      ) : null}
      <div className="flex gap-2">
        {showFields ? (
          <button type="button" className={BUTTON} onClick={apply}>
            {editing && !chosen ? "Update image" : "Insert image"}
          </button>
        ) : null}
        <button
          type="button"
          className={BUTTON}
          onClick={() => {
            editor.commands.focus();
            onClose();
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}

// What was typed here also fills the library's empty fields (never overwrites them).
function fillLibraryBlanks(id: string, fields: { alt: string; caption: string; credit: string }) {
  void fetch("/api/media", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ id, ...fields }),
  }).catch(() => undefined);
}

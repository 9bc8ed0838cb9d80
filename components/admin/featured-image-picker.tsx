"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { IDLE, type FormAction } from "@/lib/actions/action-state";
import type { FeaturedImage } from "@/lib/media/get-featured-image";
import { MediaBrowser } from "@/components/editor/media-browser";
import { ImageUploader } from "@/components/editor/image-uploader";

/** The server actions behind the picker, handed down by the page. */
export type FeaturedImageActions = {
  loadFeaturedImage: (articleId: string) => Promise<FeaturedImage | null>;
  setFeaturedImageAction: FormAction<FeaturedImage | null>;
};

type Props = {
  articleId?: string;
  disabled?: boolean;
  actions: FeaturedImageActions;
  /** Told of the image once loaded and on every change (the social card preview shows it). */
  onImageChange?: (image: FeaturedImage | null) => void;
};

// The article's featured image (cards, Open Graph, JSON-LD). Saved at once, on its own:
// it does not wait for the article's Save button.
export function FeaturedImagePicker({ articleId, disabled, actions, onImageChange }: Props) {
  const { setFeaturedImageAction } = actions;
  // Loaded once per article: a refreshed page hands down a new action reference, which
  // must not reload the image.
  const loadRef = useRef(actions.loadFeaturedImage);
  const [image, setImage] = useState<FeaturedImage | null>(null);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const onImageChangeRef = useRef(onImageChange);
  useEffect(() => {
    onImageChangeRef.current = onImageChange;
  }, [onImageChange]);
  useEffect(() => {
    onImageChangeRef.current?.(image);
  }, [image]);

  useEffect(() => {
    if (articleId) void loadRef.current(articleId).then(setImage);
  }, [articleId]);

  function choose(mediaId: string | null) {
    if (!articleId) return;
    const form = new FormData();
    form.set("articleId", articleId);
    form.set("mediaId", mediaId ?? "");
    startTransition(async () => {
      const result = await setFeaturedImageAction(IDLE, form);
      if (result.status === "success") {
        setImage(result.data ?? null);
        setOpen(false);
      }
      setMessage(result.status === "idle" ? null : { error: result.status === "error", text: result.message });
    });
  }

  return (
    <fieldset className="rounded border border-neutral-300 p-3 dark:border-neutral-700" aria-busy={pending}>
      <legend className="px-1 text-sm font-semibold">Featured image</legend>
      {!articleId ? (
        <p className="text-sm text-neutral-700 dark:text-neutral-300">Save the draft first, then choose a featured image.</p>
      ) : (
        <>
          {image ? (
            <div className="flex items-start gap-3">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={`/api/media/${image.storageKey}/${Math.min(...image.widths)}.webp`} alt={image.alt} width={160} height={Math.round((160 * image.height) / image.width)} className="w-40 rounded border" />
              <div className="text-sm">
                <p>{image.alt || <span className="text-amber-800">No alt text: add it in the media library before publishing.</span>}</p>
                {image.credit ? <p className="text-neutral-600 dark:text-neutral-400">{image.credit}</p> : null}
              </div>
            </div>
          ) : (
            <p className="text-sm">None yet.</p>
          )}
          {message ? (
            <p role={message.error ? "alert" : "status"} className={`mt-2 text-sm ${message.error ? "text-red-700" : ""}`}>{message.text}</p>
          ) : null}
          {!disabled ? (
            <div className="mt-2 flex gap-2">
              <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open} className="rounded border border-neutral-400 px-3 py-1 text-sm font-semibold">
                {image ? "Change featured image" : "Choose featured image"}
              </button>
              {image ? (
                <button type="button" onClick={() => choose(null)} disabled={pending} className="rounded border border-neutral-400 px-3 py-1 text-sm">Remove</button>
              ) : null}
            </div>
          ) : null}
          {open ? (
            <div className="mt-3 grid gap-4 md:grid-cols-[1fr_2fr]">
              <ImageUploader label="Upload a featured image" onUploaded={(uploaded) => choose(uploaded.id)} />
              <MediaBrowser onChoose={(item) => choose(item.id)} />
            </div>
          ) : null}
        </>
      )}
    </fieldset>
  );
}

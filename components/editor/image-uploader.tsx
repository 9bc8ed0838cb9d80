"use client";

import { useId, useState } from "react";
import { ACCEPT_IMAGES, uploadImage, type UploadedImage } from "./upload-image";

// A file input with a progress bar and a clear message when the server refuses the file.
export function ImageUploader({ label = "Upload an image", onUploaded }: { label?: string; onUploaded: (image: UploadedImage) => void }) {
  const inputId = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function upload(file: File) {
    setError(null);
    setProgress(0);
    try {
      const image = await uploadImage(file, setProgress);
      onUploaded(image);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The upload failed. Try again.");
    } finally {
      setProgress(null);
    }
  }

  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-semibold">{label}</label>
      <input
        id={inputId}
        type="file"
        accept={ACCEPT_IMAGES}
        disabled={progress !== null}
        className="mt-1 block text-sm"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void upload(file);
        }}
      />
      <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">JPEG, PNG, WebP, AVIF or GIF; at most 20 MB and 50 megapixels.</p>
      {progress !== null ? (
        <div className="mt-2">
          <progress max={1} value={progress} aria-label="Upload progress" className="w-full" />
          <p role="status" className="text-xs">{progress < 1 ? `Uploading… ${Math.round(progress * 100)}%` : "Processing the image…"}</p>
        </div>
      ) : null}
      {error ? <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">{error}</p> : null}
    </div>
  );
}

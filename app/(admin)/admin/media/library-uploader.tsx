"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ImageUploader } from "@/components/editor/image-uploader";
import { ACCEPT_IMAGES } from "@/components/editor/upload-image";
import { buttonClass } from "@/components/admin/form-message";

// With JavaScript: upload with a progress bar, then open the new image to describe it.
// Without: a plain multipart form to the same endpoint, which redirects back.
export function LibraryUploader() {
  const router = useRouter();
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  return (
    <section aria-labelledby="upload-heading" className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <h2 id="upload-heading" className="mb-2 font-semibold">Upload</h2>
      {enhanced ? (
        <ImageUploader onUploaded={(image) => router.push(`/admin/media/${image.id}?done=uploaded`)} />
      ) : (
        <form action="/api/uploads" method="post" encType="multipart/form-data" className="space-y-2">
          <label htmlFor="file" className="block text-sm font-semibold">Upload an image</label>
          <input id="file" name="file" type="file" accept={ACCEPT_IMAGES} required className="block text-sm" />
          <button type="submit" className={buttonClass}>Upload</button>
        </form>
      )}
    </section>
  );
}

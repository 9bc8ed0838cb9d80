"use client";

import { useActionState, useState, useTransition } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { setAvatarAction } from "./actions";
import { FormMessage } from "@/components/admin/form-message";
import { MediaBrowser } from "@/components/editor/media-browser";
import { ImageUploader } from "@/components/editor/image-uploader";

export function AvatarPicker({ current }: { current: string | null }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(setAvatarAction, IDLE);
  const [open, setOpen] = useState(false);
  const [, startTransition] = useTransition();
  const choose = (mediaId: string | null) => {
    const form = new FormData();
    form.set("mediaId", mediaId ?? "");
    setOpen(false);
    startTransition(() => action(form));
  };
  return (
    <section aria-labelledby="avatar-heading" className="mb-10 space-y-3">
      <h2 id="avatar-heading" className="text-lg font-semibold">Profile picture</h2>
      <div className="flex items-center gap-4">
        {current ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={current} alt="Your profile picture" width={80} height={80} className="h-20 w-20 rounded-full object-cover" />
        ) : (
          <span className="flex h-20 w-20 items-center justify-center rounded-full bg-neutral-200 text-xs dark:bg-neutral-800">None</span>
        )}
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} className="rounded border border-neutral-400 px-3 py-1 text-sm font-semibold">
          {current ? "Change picture" : "Choose picture"}
        </button>
        {current ? <button type="button" onClick={() => choose(null)} disabled={pending} className="rounded border border-neutral-400 px-3 py-1 text-sm">Remove</button> : null}
      </div>
      <FormMessage state={state} pending={pending} />
      {open ? (
        <div className="grid gap-4 md:grid-cols-[1fr_2fr]">
          <ImageUploader label="Upload a picture" onUploaded={(image) => choose(image.id)} />
          <MediaBrowser onChoose={(item) => choose(item.id)} />
        </div>
      ) : null}
    </section>
  );
}

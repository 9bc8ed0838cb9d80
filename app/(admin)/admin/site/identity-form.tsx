"use client";

import { useActionState, useState } from "react";
import { IDLE, type ActionState, type FormAction } from "@/lib/actions/action-state";
import { FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";
import { Field, readFieldErrors } from "@/components/admin/ui/field";
import { MediaBrowser } from "@/components/editor/media-browser";
import { ImageUploader } from "@/components/editor/image-uploader";
import { SITE_NAME_MAX } from "@/lib/site-chrome/types";

type Picked = { id: string; src: string } | null;
type Props = { name: string; defaultName: string; logo: Picked; icon: Picked; setSiteIdentityAction: FormAction };

export function IdentityForm({ name, defaultName, logo, icon, setSiteIdentityAction }: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(setSiteIdentityAction, IDLE);
  const [pickedLogo, setLogo] = useState<Picked>(logo);
  const [pickedIcon, setIcon] = useState<Picked>(icon);
  const fieldErrors = readFieldErrors(state);
  return (
    <form action={formAction} aria-label="Site identity" className="max-w-3xl space-y-6 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <FormMessage state={state} pending={pending} />
      <Field id="site-name" label="Site name" hint={`Empty: “${defaultName}” (the SITE_NAME setting).`} errors={fieldErrors.name}>
        <input name="name" maxLength={SITE_NAME_MAX} defaultValue={name} className={inputClass} />
      </Field>
      <ImagePicker kind="logo" title="Logo" hint="Shown in the masthead instead of the name (the name stays its text alternative), and given to search engines as the publisher's logo. A wide image works best." picked={pickedLogo} onPick={setLogo} />
      <ImagePicker kind="icon" title="Icon" hint="Served as /favicon.ico and the home-screen icon, fitted into a square. Empty: the built-in mark." picked={pickedIcon} onPick={setIcon} />
      <button type="submit" disabled={pending} className={buttonClass}>Save site identity</button>
    </form>
  );
}

function ImagePicker({ kind, title, hint, picked, onPick }: { kind: "logo" | "icon"; title: string; hint: string; picked: Picked; onPick: (p: Picked) => void }) {
  const [open, setOpen] = useState(false);
  const choose = (image: { id: string; src: string }) => {
    onPick({ id: image.id, src: image.src });
    setOpen(false);
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">{title}</legend>
      <p className="text-xs text-neutral-600 dark:text-neutral-400">{hint}</p>
      <input type="hidden" name={`${kind}Id`} value={picked?.id ?? ""} />
      <div className="flex flex-wrap items-center gap-3">
        {picked ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={picked.src} alt={`Chosen ${kind}`} className="h-12 w-auto rounded border border-neutral-300" />
        ) : (
          <span className="text-sm">None chosen</span>
        )}
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} className="rounded border border-neutral-400 px-3 py-1 text-sm font-semibold">
          {picked ? `Change ${kind}` : `Choose ${kind}`}
        </button>
        {picked ? <button type="button" onClick={() => onPick(null)} className="rounded border border-neutral-400 px-3 py-1 text-sm">Remove {kind}</button> : null}
      </div>
      {open ? (
        <div className="grid gap-4 md:grid-cols-[1fr_2fr]">
          <ImageUploader label={kind === "icon" ? "Upload an icon" : "Upload a logo"} onUploaded={choose} />
          <MediaBrowser onChoose={choose} />
        </div>
      ) : null}
    </fieldset>
  );
}

"use client";

import { useActionState } from "react";
import { IDLE, type ActionState, type FormAction } from "@/lib/actions/action-state";
import { FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";
import { Field, readFieldErrors } from "@/components/admin/ui/field";
import { BANNER_LABEL, BANNER_STYLES, BANNER_TEXT_MAX, type BannerStyle } from "@/lib/site-chrome/types";

type Current = { text: string; href: string; style: BannerStyle; endsAt: string };
type Props = { current: Current | null; showing: boolean; ended: boolean; timeZone: string; setBannerAction: FormAction; clearBannerAction: FormAction };

export function BannerForm({ current, showing, ended, timeZone, setBannerAction, clearBannerAction }: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(setBannerAction, IDLE);
  const [clearState, clearAction, clearing] = useActionState<ActionState, FormData>(clearBannerAction, IDLE);
  const fieldErrors = readFieldErrors(state);
  return (
    <div className="max-w-2xl space-y-6">
      <p role="status" className="text-sm font-semibold">
        {showing ? "The banner is showing on every page." : ended ? "The banner's end time has passed: it is no longer shown." : "No banner is showing."}
      </p>
      <form action={formAction} aria-labelledby="banner-heading" className="space-y-4 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
        <h2 id="banner-heading" className="font-semibold">{current ? "Change the banner" : "Put up a banner"}</h2>
        <FormMessage state={state} pending={pending} />
        <Field id="banner-text" label="Line" hint={`At most ${BANNER_TEXT_MAX} characters.`} errors={fieldErrors.text}>
          <input name="text" required maxLength={BANNER_TEXT_MAX} defaultValue={current?.text ?? ""} className={inputClass} />
        </Field>
        <Field id="banner-href" label="Link (optional)" hint="A path on this site, such as /articles/storm-live, or a full https:// address." errors={fieldErrors.href}>
          <input name="href" maxLength={500} defaultValue={current?.href ?? ""} className={inputClass} />
        </Field>
        <Field id="banner-style" label="Style" errors={fieldErrors.style}>
          <select name="style" defaultValue={current?.style ?? "breaking"} className={inputClass}>
            {BANNER_STYLES.map((style) => <option key={style} value={style}>{BANNER_LABEL[style]}</option>)}
          </select>
        </Field>
        <Field id="banner-ends-at" label="End time (optional)" hint={`Times are in ${timeZone}. Empty: it stays until taken down.`} errors={fieldErrors.endsAt}>
          <input name="endsAt" type="datetime-local" step={1} defaultValue={current?.endsAt ?? ""} className={`${inputClass} max-w-xs`} />
        </Field>
        <button type="submit" disabled={pending} className={buttonClass}>Save banner</button>
      </form>
      {/* Outside the form: once the banner is down the form is gone, the answer stays. */}
      <FormMessage state={clearState} pending={clearing} />
      {current ? (
        <form action={clearAction} aria-label="Take the banner down">
          <button type="submit" disabled={clearing} className="rounded border border-neutral-400 px-3 py-1 text-sm font-semibold">Take the banner down now</button>
        </form>
      ) : null}
    </div>
  );
}

import { Field } from "@/components/admin/ui/field";
import { inputClass } from "@/components/admin/form-message";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { WEBHOOK_DESCRIPTION_MAX, WEBHOOK_URL_MAX } from "@/lib/webhooks/schema";

type Props = {
  prefix: string;
  values?: { url: string; description: string; events: string[]; enabled: boolean };
  errors: Record<string, string[]>;
};

// The endpoint's fields, shared by the new-endpoint and edit forms.
export function EndpointFields({ prefix, values, errors }: Props) {
  return (
    <>
      <Field id={`${prefix}-url`} label="Receiver address (URL)" hint="Deliveries are POSTed here. Redirects are not followed; private and internal addresses are refused." errors={errors.url}>
        <input name="url" type="url" required maxLength={WEBHOOK_URL_MAX} defaultValue={values?.url} placeholder="https://hooks.example.com/dateline" className={inputClass} />
      </Field>
      <Field id={`${prefix}-description`} label="Description (optional)" errors={errors.description}>
        <input name="description" maxLength={WEBHOOK_DESCRIPTION_MAX} defaultValue={values?.description} className={inputClass} />
      </Field>
      <fieldset aria-describedby={errors.events ? `${prefix}-events-error` : undefined}>
        <legend className="text-sm font-semibold">Events</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event.type} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="events" value={event.type} defaultChecked={values ? values.events.includes(event.type) : event.type.startsWith("article.")} className="mt-1" />
              <span>
                {event.label} <code className="text-xs text-neutral-600 dark:text-neutral-400">{event.type}</code>
              </span>
            </label>
          ))}
        </div>
        {errors.events ? <p id={`${prefix}-events-error`} className="mt-1 text-sm text-red-800 dark:text-red-300">{errors.events.join(" ")}</p> : null}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enabled" defaultChecked={values?.enabled ?? true} /> Enabled (send deliveries)
      </label>
    </>
  );
}

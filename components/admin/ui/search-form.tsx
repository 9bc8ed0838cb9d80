import { buttonClass, inputClass } from "@/components/admin/form-message";
import { Field } from "@/components/admin/ui/field";

type Props = { label: string; query: string; className?: string };

/** A list page's search box: a GET form with `?q=`, so results have an address and work without JavaScript. */
export function SearchForm({ label, query, className = "" }: Props) {
  return (
    <form role="search" method="get" className={`flex items-end gap-2 ${className}`.trim()}>
      <Field id="q" label={label} className="grow">
        <input name="q" type="search" defaultValue={query} className={inputClass} />
      </Field>
      <button type="submit" className={buttonClass}>Search</button>
    </form>
  );
}

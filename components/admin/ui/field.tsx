import { cloneElement, type AriaAttributes, type ReactElement, type ReactNode } from "react";

type ControlProps = Pick<AriaAttributes, "aria-invalid" | "aria-describedby"> & { id?: string };

type FieldProps = {
  /** The control's id; the hint and error take `<id>-help` and `<id>-error`. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  /** Replaces the label's classes (the filter bars use a plain label above a small control; "" for none, styled by the form). */
  labelClassName?: string;
  /** One input, textarea or select: it gets the id and the aria attributes. */
  children: ReactElement<ControlProps>;
};

// One labelled control with its hint and error. The control is cloned rather than
// rebuilt so each form keeps its own attributes (name, value, limits, handlers), while
// the id, aria-invalid and aria-describedby are wired in one place and cannot drift.
export function Field({ id, label, hint, errors, className, labelClassName = "block text-sm font-semibold", children }: FieldProps) {
  const hintId = hint ? `${id}-help` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  // Attributes without a value are left out rather than set to undefined: a server page's
  // React payload spells each undefined one out ("$undefined"), in every field of every form.
  const aria: ControlProps = { id };
  if (errorId) aria["aria-invalid"] = true;
  if (describedBy) aria["aria-describedby"] = describedBy;
  return (
    <div {...(className ? { className } : {})}>
      <label htmlFor={id} {...(labelClassName ? { className: labelClassName } : {})}>{label}</label>
      {cloneElement(children, aria)}
      {hint ? <p id={hintId} className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">{hint}</p> : null}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return <p id={id} className="mt-1 text-sm text-red-700 dark:text-red-400">{messages.join(" ")}</p>;
}

/** The field errors of a failed action, or none. */
export function readFieldErrors(state: { status: string; fieldErrors?: Record<string, string[]> }): Record<string, string[]> {
  return state.status === "error" ? (state.fieldErrors ?? {}) : {};
}

"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";
import { Field, readFieldErrors } from "@/components/admin/ui/field";
import { createSectionAction, updateSectionAction } from "./actions";

type Option = { id: string; name: string; depth: number };
type Props = {
  /** Editing this section; none: a new one. */
  section?: { id: string; name: string; slug: string; description: string; position: number; parentId: string | null };
  /** Possible parents (not the section itself or its subsections). */
  parents: Option[];
};

/** Create or edit a section: name, address part, description, order and parent. */
export function SectionForm({ section, parents }: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(section ? updateSectionAction : createSectionAction, IDLE);
  const fieldErrors = readFieldErrors(state);
  const prefix = section ? "section" : "new-section";
  return (
    <form action={formAction} className="space-y-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900" aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`} className="font-semibold">{section ? "Edit section" : "New section"}</h2>
      {section ? <input type="hidden" name="id" value={section.id} /> : null}
      <FormMessage state={state} pending={pending} />
      <Field id={`${prefix}-name`} label="Name" errors={fieldErrors.name}>
        <input name="name" defaultValue={section?.name} required maxLength={60} className={inputClass} />
      </Field>
      <Field id={`${prefix}-slug`} label="Address part (optional)" hint="Lowercase letters, digits and hyphens; made from the name when empty. Changing it keeps the old address redirecting." errors={fieldErrors.slug}>
        <input name="slug" defaultValue={section?.slug} maxLength={48} pattern="[a-z0-9]+(-[a-z0-9]+)*" className={`${inputClass} font-mono text-sm`} />
      </Field>
      <Field id={`${prefix}-parent`} label="Parent section" hint="World > Asia: a subsection’s stories show on its parent’s page too." errors={fieldErrors.parentId}>
        <select name="parentId" defaultValue={section?.parentId ?? ""} className={inputClass}>
          <option value="">None (top level)</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>{`${"\u00a0\u00a0".repeat(p.depth)}${p.name}`}</option>
          ))}
        </select>
      </Field>
      <Field id={`${prefix}-position`} label="Order" hint="Lower numbers come first among sections with the same parent." errors={fieldErrors.position}>
        <input name="position" type="number" min={0} max={9999} defaultValue={section?.position ?? 0} className={inputClass} />
      </Field>
      <Field id={`${prefix}-description`} label="Description (optional)" errors={fieldErrors.description}>
        <textarea name="description" defaultValue={section?.description} rows={2} maxLength={500} className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>{section ? "Save section" : "Create section"}</button>
    </form>
  );
}

"use client";

import { useActionState, useEffect, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { KeyRound } from "lucide-react";
import { browserSupportsWebAuthn, startRegistration } from "@simplewebauthn/browser";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { FormMessage, buttonClass, inputClass, secondaryButtonClass } from "@/components/admin/form-message";
import { Field, readFieldErrors } from "@/components/admin/ui/field";
import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { PASSKEY_NAME_MAX } from "@/lib/auth/passkeys/schema";
import { finishPasskeyRegistrationCall, removePasskeyAction, renamePasskeyAction, startPasskeyRegistrationCall } from "./passkey-actions";

export type PasskeyRow = { id: string; name: string; createdAt: string; lastUsedAt: string | null; synced: boolean };

// Add, rename and remove passkeys. Adding runs the WebAuthn ceremony in the browser
// (@simplewebauthn/browser); the server checks the answer against its stored challenge.
export function PasskeysPanel({ passkeys }: { passkeys: PasskeyRow[] }) {
  const router = useRouter();
  const [supported, setSupported] = useState(true);
  const [addState, setAddState] = useState<ActionState>(IDLE);
  const [adding, setAdding] = useState(false);
  const [renameState, renameAction, renaming] = useActionState<ActionState, FormData>(renamePasskeyAction, IDLE);
  const [removeState, removeAction, removing] = useActionState<ActionState, FormData>(removePasskeyAction, IDLE);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  useEffect(() => setSupported(browserSupportsWebAuthn()), []);
  // One status line for rename and remove: the last answer shows.
  const [lastAnswer, setLastAnswer] = useState<ActionState>(IDLE);
  useEffect(() => {
    if (renameState.status === "success") setEditing(null);
    if (renameState.status !== "idle") setLastAnswer(renameState);
  }, [renameState]);
  useEffect(() => {
    if (removeState.status !== "idle") setLastAnswer(removeState);
  }, [removeState]);

  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "").trim();
    if (!name) return setAddState({ status: "error", message: "Give the passkey a name, such as “Work laptop”.", fieldErrors: { name: ["Give the passkey a name, such as “Work laptop”."] } });
    setAdding(true);
    setAddState(IDLE);
    const started = await startPasskeyRegistrationCall({});
    if (!started.ok) {
      setAdding(false);
      return setAddState({ status: "error", message: started.message });
    }
    let response;
    try {
      response = await startRegistration({ optionsJSON: started.options });
    } catch (error) {
      setAdding(false);
      const known = error instanceof Error && error.name === "InvalidStateError";
      return setAddState({ status: "error", message: known ? "This device already holds a passkey for your account." : "No passkey was created (the request was cancelled or timed out). Try again." });
    }
    const result = await finishPasskeyRegistrationCall({ name, response: JSON.stringify(response) });
    setAdding(false);
    setAddState(result);
    if (result.status === "success") {
      form.reset();
      router.refresh();
    }
  };

  const columns: Column<PasskeyRow>[] = [
    {
      header: "Name",
      cell: (row) =>
        editing === row.id ? (
          <form action={renameAction} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="id" value={row.id} />
            <Field id={`rename-${row.id}`} label={`New name for ${row.name}`} labelClassName="sr-only" errors={readFieldErrors(renameState).name}>
              <input name="name" defaultValue={row.name} required maxLength={PASSKEY_NAME_MAX} className={inputClass} />
            </Field>
            <button type="submit" disabled={renaming} className={buttonClass}>Save name</button>
            <button type="button" onClick={() => setEditing(null)} className={secondaryButtonClass}>Cancel</button>
          </form>
        ) : (
          <span className="font-semibold">{row.name}</span>
        ),
    },
    { header: "Added", cell: (row) => row.createdAt },
    { header: "Last used", cell: (row) => row.lastUsedAt ?? "Never" },
    {
      header: "Actions",
      hiddenHeader: true,
      className: "text-right whitespace-nowrap",
      cell: (row) =>
        confirming === row.id ? (
          <form action={removeAction} className="inline-flex items-center gap-2">
            <input type="hidden" name="id" value={row.id} />
            <span className="text-sm">Remove {row.name}?</span>
            <button type="submit" disabled={removing} className="rounded bg-red-700 px-3 py-1 text-sm font-semibold text-white hover:bg-red-800">Yes, remove {row.name}</button>
            <button type="button" onClick={() => setConfirming(null)} className="rounded border border-neutral-400 px-3 py-1 text-sm">Keep it</button>
          </form>
        ) : (
          <span className="inline-flex gap-2">
            <button type="button" onClick={() => { setEditing(row.id); setConfirming(null); }} className="rounded border border-neutral-400 px-3 py-1 text-sm">Rename<span className="sr-only"> {row.name}</span></button>
            <button type="button" onClick={() => { setConfirming(row.id); setEditing(null); }} className="rounded border border-neutral-400 px-3 py-1 text-sm">Remove<span className="sr-only"> {row.name}</span></button>
          </span>
        ),
    },
  ];

  return (
    <section aria-labelledby="passkeys-heading" className="mt-10 space-y-4">
      <h2 id="passkeys-heading" className="flex items-center gap-2 text-lg font-semibold"><KeyRound aria-hidden="true" size={18} /> Passkeys</h2>
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        A passkey signs you in with your device’s screen lock, fingerprint or face, or a security key, instead of your password and code. Add one on each device you use.
      </p>
      <FormMessage state={lastAnswer} pending={renaming || removing} />
      <DataTable caption="Your passkeys" columns={columns} rows={passkeys} rowKey={(row) => row.id} empty={<p className="text-sm">You have no passkeys yet.</p>} />
      {supported ? (
        <form onSubmit={onAdd} className="space-y-3" aria-labelledby="add-passkey-heading" noValidate>
          <h3 id="add-passkey-heading" className="font-semibold">Add a passkey</h3>
          <FormMessage state={addState} pending={adding} pendingText="Follow your browser’s prompt to create the passkey…" />
          <Field id="passkey-name" label="Label for this passkey" hint="A name to tell your passkeys apart, such as “Work laptop” or “Phone”." errors={readFieldErrors(addState).name}>
            <input name="name" required maxLength={PASSKEY_NAME_MAX} className={inputClass} />
          </Field>
          <button type="submit" disabled={adding} className={buttonClass}>Add a passkey</button>
        </form>
      ) : (
        <p className="text-sm">This browser cannot create passkeys.</p>
      )}
    </section>
  );
}

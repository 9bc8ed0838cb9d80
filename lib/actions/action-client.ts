import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { consumeLimits, describeWait } from "@/lib/auth/rate-limit";
import { isAppError, ROLE_REFUSED_MESSAGE, SESSION_ENDED_MESSAGE, toPublicMessage } from "@/lib/errors";
import type { ActionState, FormAction } from "@/lib/actions/action-state";
import { CROSS_SITE_MESSAGE, isSameOriginHeaders, type HeaderReader } from "@/lib/http/same-origin";

// The one way a server action is written. An action declares its input schema and its
// permission; the client then, in this order:
//   1. refuses a request no Dateline page sent (lib/http/same-origin.ts), before anything
//      else, so a forged cross-site request learns nothing and changes nothing;
//   2. loads the user from the session (database-backed: active, role, session version),
//      unless the action is explicitly public (its credential is in its input);
//   3. asks the permission table, `can()`, for the action's static permission (row-level
//      checks stay in the services, at the data);
//   4. counts the call against a PostgreSQL rate limit, when the action asks for one;
//   5. parses the input with the action's zod schema: invalid input becomes field errors
//      and the body never runs;
//   6. runs the body with typed input and a context: the user, the client's address and
//      one "now" for the whole call.
// An AppError becomes the form's message (and field errors); anything else is logged and
// answered with a generic message. Next's redirects and notFound pass through.
//
// The request is read through a `RequestSource`, so tests run the same client on a real
// database with their own headers and clock (tests/integration/action-client.test.ts);
// lib/actions/define-action.ts binds it to Next's request.

export type RequestSource = {
  headers(): Promise<HeaderReader>;
  sessionUser(): Promise<CurrentUser | null>;
  clientIp(): Promise<string | null>;
  now(): Date;
};

export type ActionContext = { user: CurrentUser; ip: string | null; now: Date };
export type PublicActionContext = { ip: string | null; now: Date };

// Counted per signed-in user ("user") or per client address ("ip"; skipped when the
// address is unknown, as the sign-in limit is: see lib/http/client-ip.ts).
export type ActionRateLimit = { name: string; by: "user" | "ip"; max: number; windowSeconds: number };

type InputOptions<S extends z.ZodType> = {
  schema: S;
  /** How the form's fields become the schema's input; default: each field's first text value. */
  read?: (formData: FormData) => unknown;
  rateLimit?: ActionRateLimit;
  /** Put before the first problem in the form's message; "Not saved: " unless set. */
  invalidPrefix?: string;
};
export type StaffActionOptions<S extends z.ZodType> = InputOptions<S> & { permission: Permission; public?: never };
export type PublicActionOptions<S extends z.ZodType> = InputOptions<S> & { public: true; permission?: never };

// Each field's first text value; files are not text, and Next's own `$ACTION_*` fields
// are not the form's.
export function readFormFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || key in fields) continue;
    fields[key] = value;
  }
  return fields;
}

export function validationFailure(error: z.ZodError, prefix = "Not saved: "): ActionState<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = error.issues[0]?.message ?? "Check the form.";
  return { status: "error", message: `${prefix}${first}`, fieldErrors };
}

function rateLimitMessage(seconds: number): string {
  return `Too many attempts. Wait ${describeWait(seconds)}, then try again.`;
}

type Outcome<I, C> = { ok: true; input: I; context: C } | { ok: false; answer: ActionState<never> };

export function createActionClient(source: RequestSource) {
  // Steps 1 to 5; `raw` is only read once the caller may act at all.
  async function admit(options: StaffActionOptions<z.ZodType> | PublicActionOptions<z.ZodType>, raw: () => unknown): Promise<Outcome<unknown, ActionContext | PublicActionContext>> {
    if (!isSameOriginHeaders(await source.headers())) return { ok: false, answer: { status: "error", message: CROSS_SITE_MESSAGE } };
    let user: CurrentUser | null = null;
    if (!options.public) {
      user = await source.sessionUser();
      if (!user) return { ok: false, answer: { status: "error", message: SESSION_ENDED_MESSAGE } };
      if (!can(user, options.permission)) return { ok: false, answer: { status: "error", message: ROLE_REFUSED_MESSAGE } };
    }
    const ip = await source.clientIp();
    if (options.rateLimit) {
      const { name, by, max, windowSeconds } = options.rateLimit;
      const who = by === "user" && user ? `user:${user.id}` : ip ? `ip:${ip}` : null;
      if (who) {
        const state = await consumeLimits([{ key: `action:${name}:${who}`, max, windowSeconds }]);
        if (state.limited) return { ok: false, answer: { status: "error", message: rateLimitMessage(state.retryAfterSeconds) } };
      }
    }
    const parsed = options.schema.safeParse(raw());
    if (!parsed.success) return { ok: false, answer: validationFailure(parsed.error, options.invalidPrefix) };
    const now = source.now();
    return { ok: true, input: parsed.data, context: user ? { user, ip, now } : { ip, now } };
  }

  function failure(error: unknown): ActionState<never> {
    unstable_rethrow(error);
    if (!isAppError(error)) console.error("Server action failed", error);
    return { status: "error", message: toPublicMessage(error), fieldErrors: isAppError(error) ? error.fieldErrors : undefined };
  }

  /** A form's action: `(previousState, formData) => ActionState`, as useActionState calls it. */
  function defineAction<S extends z.ZodType, T = undefined>(options: StaffActionOptions<S>, body: (input: z.output<S>, context: ActionContext) => Promise<ActionState<T>>): FormAction<T>;
  function defineAction<S extends z.ZodType, T = undefined>(options: PublicActionOptions<S>, body: (input: z.output<S>, context: PublicActionContext) => Promise<ActionState<T>>): FormAction<T>;
  function defineAction<S extends z.ZodType, T>(
    options: StaffActionOptions<S> | PublicActionOptions<S>,
    body: (input: z.output<S>, context: never) => Promise<ActionState<T>>,
  ): FormAction<T> {
    const read = options.read ?? readFormFields;
    return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
      try {
        const admitted = await admit(options, () => (formData instanceof FormData ? read(formData) : {}));
        if (!admitted.ok) return admitted.answer;
        return await body(admitted.input as z.output<S>, admitted.context as never);
      } catch (error) {
        return failure(error);
      }
    };
  }

  /**
   * An action called with plain arguments rather than a form (a read, or a bare
   * `<form action>`): the same checks; a refusal, invalid input or an error answers
   * `refused` (errors are logged, never sent).
   */
  function defineCall<S extends z.ZodType, R>(options: StaffActionOptions<S> & { refused: R }, body: (input: z.output<S>, context: ActionContext) => Promise<R>): (input: z.input<S>) => Promise<R>;
  function defineCall<S extends z.ZodType, R>(options: PublicActionOptions<S> & { refused: R }, body: (input: z.output<S>, context: PublicActionContext) => Promise<R>): (input: z.input<S>) => Promise<R>;
  function defineCall<S extends z.ZodType, R>(
    options: (StaffActionOptions<S> | PublicActionOptions<S>) & { refused: R },
    body: (input: z.output<S>, context: never) => Promise<R>,
  ): (input: z.input<S>) => Promise<R> {
    return async (input: z.input<S>): Promise<R> => {
      try {
        const admitted = await admit(options, () => input);
        if (!admitted.ok) return options.refused;
        return await body(admitted.input as z.output<S>, admitted.context as never);
      } catch (error) {
        failure(error);
        return options.refused;
      }
    };
  }

  return { defineAction, defineCall };
}

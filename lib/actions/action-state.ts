// The shape every form action answers with (useActionState's state).
export type ActionState<T = undefined> =
  | { status: "idle" }
  | { status: "success"; message: string; data?: T }
  | { status: "error"; message: string; fieldErrors?: Record<string, string[]>; data?: T };

export const IDLE: ActionState<never> = { status: "idle" };

/** A server action as a form calls it; pages hand these to components as props. */
export type FormAction<T = undefined> = (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

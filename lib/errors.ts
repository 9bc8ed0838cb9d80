// One error type for everything a person can act on. Its message is safe to show;
// any other error is logged and answered with a generic message.

export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const SESSION_ENDED_MESSAGE = "Your session has ended. Sign in again; your text is still in this form.";
export const ROLE_REFUSED_MESSAGE = "Your role does not allow this.";

export const UNEXPECTED_ERROR_MESSAGE = "Something went wrong on our side. Your changes were not saved; please try again.";

// The message a browser may see for any thrown value.
export function toPublicMessage(error: unknown): string {
  if (isAppError(error)) return error.message;
  return UNEXPECTED_ERROR_MESSAGE;
}

export function httpStatusOf(error: unknown): number {
  return isAppError(error) ? error.status : 500;
}

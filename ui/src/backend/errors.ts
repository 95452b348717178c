// Errors as the UI sees them: always an `ApiError` with a Fluent message id.

import type { ApiError } from "../bindings/ApiError";
import type { ErrorCode } from "../bindings/ErrorCode";

// A record, not a list, so that tsc fails here when the generated `ErrorCode` gains a member.
const ERROR_CODES: Record<ErrorCode, true> = {
  validation: true,
  notFound: true,
  forbidden: true,
  conflict: true,
  storage: true,
  schemaTooNew: true,
  notSonaeDatabase: true,
  internal: true,
  unauthenticated: true,
  locked: true,
  databaseLocked: true,
  noDatabase: true,
};

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === "string" &&
    Object.hasOwn(ERROR_CODES, v.code) &&
    typeof v.messageId === "string" &&
    typeof v.args === "object" &&
    v.args !== null
  );
}

/** Message id shown when a failure did not come as an `ApiError` (IPC broken, bug in the UI). */
export const UNKNOWN_ERROR_ID = "ui-error-unknown";

/** Normalises whatever a call threw into an `ApiError`. The original is never shown to the user. */
export function toApiError(value: unknown): ApiError {
  if (isApiError(value)) {
    return { ...value, field: value.field ?? null };
  }
  return { code: "internal", messageId: UNKNOWN_ERROR_ID, args: {}, field: null };
}

// Errors of one form: messages next to fields, and one error above the form for the rest.

import { useCallback, useMemo, useState } from "react";
import { toApiError } from "../backend";
import type { ApiError } from "../bindings/ApiError";
import { useErrorText } from "../l10n/useT";

/** Shown when a call failed because the session ended (the sign-in or lock screen took over). */
const SIGNED_OUT_ID = "ui-error-signed-out";

export interface FormErrors {
  fieldErrors: Readonly<Record<string, string>>;
  generalError: ApiError | null;
  clear: () => void;
  setFieldErrors: (errors: Record<string, string>) => void;
  /**
   * Shows a failed call: a validation error about one of `labels`' fields next to that field,
   * anything else above the form. Returns the field the error was put at, or null.
   */
  showError: (e: unknown, labels: Readonly<Record<string, string>>) => string | null;
}

export function useFormErrors(): FormErrors {
  const errorText = useErrorText();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [generalError, setGeneralError] = useState<ApiError | null>(null);

  const clear = useCallback(() => {
    setFieldErrors({});
    setGeneralError(null);
  }, []);

  const showError = useCallback(
    (e: unknown, labels: Readonly<Record<string, string>>) => {
      const error = toApiError(e);
      if (error.code === "unauthenticated") {
        setFieldErrors({});
        setGeneralError({ ...error, messageId: SIGNED_OUT_ID, args: {} });
        return null;
      }
      const field = error.field;
      if (field && Object.hasOwn(labels, field)) {
        setGeneralError(null);
        setFieldErrors({ [field]: errorText(error, labels[field]) });
        return field;
      }
      setFieldErrors({});
      setGeneralError(field ? { ...error, args: { ...error.args } } : error);
      return null;
    },
    [errorText],
  );

  return useMemo(
    () => ({ fieldErrors, generalError, clear, setFieldErrors, showError }),
    [fieldErrors, generalError, clear, showError],
  );
}

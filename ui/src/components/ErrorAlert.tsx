// An error from the backend, in the user's language, announced to assistive technology.

import type { ApiError } from "../bindings/ApiError";
import { useErrorText, useT } from "../l10n/useT";

export function ErrorAlert({ error }: { error: ApiError }) {
  const t = useT();
  const errorText = useErrorText();
  return (
    <div
      role="alert"
      data-testid="error"
      data-error-code={error.code}
      className="rounded-8 border-2 border-error-1 bg-red-50 px-6 py-4"
    >
      <p className="text-std-16B-170 text-error-2">{t("ui-error-heading")}</p>
      <p className="mt-1 text-std-16N-170 text-solid-gray-900">{errorText(error)}</p>
      <p className="mt-2 text-dns-14N-130 text-solid-gray-700">
        {t("ui-error-code", { code: error.code })}
      </p>
    </div>
  );
}

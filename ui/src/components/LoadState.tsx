// What a screen shows while its data loads, or when loading failed.

import type { ApiError } from "../bindings/ApiError";
import { useT } from "../l10n/useT";
import { Button } from "./Button";
import { ErrorAlert } from "./ErrorAlert";

export function LoadState({ error, onRetry }: { error: ApiError | null; onRetry: () => void }) {
  const t = useT();
  if (error) {
    return (
      <div className="space-y-6">
        <ErrorAlert error={error} />
        <Button variant="secondary" onClick={onRetry}>
          {t("ui-retry")}
        </Button>
      </div>
    );
  }
  return (
    <p role="status" className="text-std-16N-170 text-solid-gray-700">
      {t("ui-loading")}
    </p>
  );
}

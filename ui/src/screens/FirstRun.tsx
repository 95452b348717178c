// First start on an empty database: what Sonae is, and how to begin.

import { useId, useState } from "react";
import type { Backend } from "../backend";
import { toApiError } from "../backend";
import type { ApiError } from "../bindings/ApiError";
import type { SessionDto } from "../bindings/SessionDto";
import { Button } from "../components/Button";
import { ErrorAlert } from "../components/ErrorAlert";
import { useT } from "../l10n/useT";

interface Props {
  backend: Backend;
  /** The demo was loaded and its administrator signed in. */
  onStarted: (session: SessionDto) => void;
  /** The user chose to set the organization up: open the wizard. */
  onStartSetup: () => void;
}

export function FirstRun({ backend, onStarted, onStartSetup }: Props) {
  const t = useT();
  const titleId = useId();
  const demoDescId = useId();
  const setupDescId = useId();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function loadDemo() {
    setRunning(true);
    setError(null);
    try {
      onStarted(await backend.loadDemo());
    } catch (e) {
      setError(toApiError(e));
      setRunning(false);
    }
  }

  return (
    <section data-testid="first-run" aria-labelledby={titleId} className="mx-auto max-w-[960px]">
      <h1 id={titleId} className="text-std-32B-150 text-solid-gray-900">
        {t("ui-first-run-title")}
      </h1>
      <div className="mt-6 max-w-[50em] space-y-3 text-std-17N-170 text-solid-gray-800">
        <p>{t("ui-first-run-intro")}</p>
        <p>{t("ui-first-run-offline")}</p>
      </div>

      <p className="mt-10 text-std-18B-160 text-solid-gray-900">{t("ui-first-run-choose")}</p>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <div className="flex flex-col gap-6 rounded-12 border border-solid-gray-420 bg-white p-6">
          <p id={setupDescId} className="text-std-16N-170 text-solid-gray-800">
            {t("ui-first-run-setup-description")}
          </p>
          <Button
            variant="primary"
            data-testid="start-setup"
            aria-describedby={setupDescId}
            disabled={running}
            onClick={onStartSetup}
            className="mt-auto w-full"
          >
            {t("ui-first-run-setup")}
          </Button>
        </div>
        <div className="flex flex-col gap-6 rounded-12 border border-solid-gray-420 bg-white p-6">
          <p id={demoDescId} className="text-std-16N-170 text-solid-gray-800">
            {t("ui-first-run-demo-description")}
          </p>
          <Button
            variant="secondary"
            data-testid="load-demo"
            aria-describedby={demoDescId}
            aria-busy={running}
            disabled={running}
            onClick={() => void loadDemo()}
            className="mt-auto w-full"
          >
            {t("ui-first-run-demo")}
          </Button>
        </div>
      </div>

      <p role="status" className="mt-6 min-h-7 text-std-16N-170 text-solid-gray-700">
        {running ? t("ui-first-run-working") : ""}
      </p>
      {error && <ErrorAlert error={error} />}
    </section>
  );
}

// First start on an empty database: what Sonae is, and how to begin.

import { useId, useState } from "react";
import type { Backend } from "../backend";
import { toApiError } from "../backend";
import type { ApiError } from "../bindings/ApiError";
import type { HomeDto } from "../bindings/HomeDto";
import { Button } from "../components/Button";
import { ErrorAlert } from "../components/ErrorAlert";
import { useT } from "../l10n/useT";

type Choice = "demo" | "empty";

interface Props {
  backend: Backend;
  onStarted: (home: HomeDto) => void;
}

export function FirstRun({ backend, onStarted }: Props) {
  const t = useT();
  const titleId = useId();
  const demoDescId = useId();
  const emptyDescId = useId();
  const [running, setRunning] = useState<Choice | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function choose(choice: Choice) {
    setRunning(choice);
    setError(null);
    try {
      const home = choice === "demo" ? await backend.loadDemo() : await backend.startEmpty();
      onStarted(home);
    } catch (e) {
      setError(toApiError(e));
      setRunning(null);
    }
  }

  const busy = running !== null;

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
          <p id={demoDescId} className="text-std-16N-170 text-solid-gray-800">
            {t("ui-first-run-demo-description")}
          </p>
          <Button
            variant="primary"
            data-testid="load-demo"
            aria-describedby={demoDescId}
            aria-busy={running === "demo"}
            disabled={busy}
            onClick={() => void choose("demo")}
            className="mt-auto w-full"
          >
            {t("ui-first-run-demo")}
          </Button>
        </div>
        <div className="flex flex-col gap-6 rounded-12 border border-solid-gray-420 bg-white p-6">
          <p id={emptyDescId} className="text-std-16N-170 text-solid-gray-800">
            {t("ui-first-run-empty-description")}
          </p>
          <Button
            variant="secondary"
            data-testid="start-empty"
            aria-describedby={emptyDescId}
            aria-busy={running === "empty"}
            disabled={busy}
            onClick={() => void choose("empty")}
            className="mt-auto w-full"
          >
            {t("ui-first-run-empty")}
          </Button>
        </div>
      </div>

      <p role="status" className="mt-6 min-h-7 text-std-16N-170 text-solid-gray-700">
        {busy ? t("ui-first-run-working") : ""}
      </p>
      {error && <ErrorAlert error={error} />}
    </section>
  );
}

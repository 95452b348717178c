// The application shell: loads the home state and shows the first-run or the home screen.

import { useCallback, useEffect, useState } from "react";
import type { Backend } from "./backend";
import { toApiError } from "./backend";
import type { ApiError } from "./bindings/ApiError";
import type { HomeDto } from "./bindings/HomeDto";
import { Button } from "./components/Button";
import { ErrorAlert } from "./components/ErrorAlert";
import { Header } from "./components/Header";
import { useT } from "./l10n/useT";
import { FirstRun } from "./screens/FirstRun";
import { Home } from "./screens/Home";

type View =
  | { kind: "loading" }
  | { kind: "failed"; error: ApiError }
  | { kind: "ready"; home: HomeDto; fromFirstRun: boolean };

export function App({ backend }: { backend: Backend }) {
  const t = useT();
  const [view, setView] = useState<View>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setView({ kind: "loading" });
    backend.home().then(
      (home) => current && setView({ kind: "ready", home, fromFirstRun: false }),
      (error: unknown) => current && setView({ kind: "failed", error: toApiError(error) }),
    );
    return () => {
      current = false;
    };
  }, [backend, attempt]);

  const windowTitle = t("ui-app-window-title");
  useEffect(() => {
    document.title = windowTitle;
  }, [windowTitle]);

  const started = useCallback(
    (home: HomeDto) => setView({ kind: "ready", home, fromFirstRun: true }),
    [],
  );

  const organizationName = view.kind === "ready" ? (view.home.organization?.name ?? null) : null;

  return (
    <div className="min-h-screen bg-white font-sans text-solid-gray-800">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded-4 focus:bg-white focus:px-4 focus:py-2 focus:text-blue-1000"
      >
        {t("ui-skip-to-main")}
      </a>
      <Header organizationName={organizationName} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto max-w-[1200px] px-8 py-10 focus:shadow-none focus:outline-none"
      >
        {view.kind === "loading" && (
          <p role="status" className="text-std-16N-170 text-solid-gray-700">
            {t("ui-loading")}
          </p>
        )}
        {view.kind === "failed" && (
          <div className="space-y-6">
            <ErrorAlert error={view.error} />
            <Button variant="secondary" onClick={() => setAttempt((n) => n + 1)}>
              {t("ui-retry")}
            </Button>
          </div>
        )}
        {view.kind === "ready" &&
          (view.home.setup === "firstRun" ? (
            <FirstRun backend={backend} onStarted={started} />
          ) : (
            <Home home={view.home} focusHeading={view.fromFirstRun} />
          ))}
      </main>
    </div>
  );
}

// The application: asks the backend who is signed in and shows the database's passphrase screen
// (unlock, or choose one at first run), the first-run choice, the setup
// wizard, the sign-in or lock screen, the forced password change, or the signed-in shell.
//
// While the screen is locked, the shell stays mounted but hidden, so that whatever was being typed
// is still there after unlocking.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import type { Backend } from "./backend";
import { guardBackend, toApiError } from "./backend";
import type { ApiError } from "./bindings/ApiError";
import type { SessionDto } from "./bindings/SessionDto";
import { Button } from "./components/Button";
import { ErrorAlert } from "./components/ErrorAlert";
import { Header } from "./components/Header";
import { useT } from "./l10n/useT";
import { ChangePassword } from "./screens/ChangePassword";
import { CreateDatabase, UnlockDatabase } from "./screens/DatabaseKey";
import { FirstRun } from "./screens/FirstRun";
import { hasWizardDraft, SetupWizard } from "./screens/SetupWizard";
import { SignIn } from "./screens/SignIn";
import { Shell } from "./Shell";

type View =
  | { kind: "loading" }
  | { kind: "failed"; error: ApiError }
  | { kind: "ready"; session: SessionDto };

/** Input events that count as "the user is here" for the idle lock. */
const ACTIVITY_EVENTS = ["keydown", "pointerdown", "mousedown", "mousemove", "wheel", "touchstart"] as const;

/**
 * Calls `onIdle` after `minutes` without input events, and then every minute while still idle and
 * enabled. The backend decides whether the session is then locked.
 */
function useIdleTimer(enabled: boolean, minutes: number, onIdle: () => void) {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;
  useEffect(() => {
    if (!enabled || !(minutes > 0)) return;
    const periodMs = minutes * 60_000;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const schedule = (ms: number) => {
      timer = setTimeout(check, Math.max(ms, 1_000));
    };
    function check() {
      const idle = Date.now() - last;
      if (idle >= periodMs) {
        // Ask again each minute while still idle: the backend counts from the last command,
        // which may be later than the last input event.
        onIdleRef.current();
        schedule(60_000);
      } else {
        schedule(periodMs - idle);
      }
    }
    const active = () => {
      last = Date.now();
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, active, { capture: true, passive: true });
    schedule(periodMs);
    return () => {
      clearTimeout(timer);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, active, { capture: true });
    };
  }, [enabled, minutes]);
}

export function App({ backend: rawBackend }: { backend: Backend }) {
  const t = useT();
  const [view, setView] = useState<View>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [wizardOpen, setWizardOpen] = useState(() => hasWizardDraft());
  const [shellFor, setShellFor] = useState<string | null>(null);

  const showSession = useCallback((session: SessionDto) => setView({ kind: "ready", session }), []);

  const refreshSession = useCallback(() => {
    rawBackend.sessionStatus().then(showSession, (e: unknown) => setView({ kind: "failed", error: toApiError(e) }));
  }, [rawBackend, showSession]);

  // Every screen talks to this one: a lost session brings up the sign-in or lock screen.
  const backend = useMemo(() => guardBackend(rawBackend, refreshSession), [rawBackend, refreshSession]);

  useEffect(() => {
    let current = true;
    setView({ kind: "loading" });
    rawBackend.sessionStatus().then(
      (session) => current && setView({ kind: "ready", session }),
      (error: unknown) => current && setView({ kind: "failed", error: toApiError(error) }),
    );
    return () => {
      current = false;
    };
  }, [rawBackend, attempt]);

  const windowTitle = t("ui-app-window-title");
  useEffect(() => {
    document.title = windowTitle;
  }, [windowTitle]);

  const session = view.kind === "ready" ? view.session : null;
  const user = session?.user ?? null;
  const locked = session?.locked ?? false;

  // The shell is mounted for a user once they are in, and stays mounted (hidden) while locked.
  const wantShell = user && !locked && !user.mustChangePassword ? user.personId : null;
  if (session) {
    let next = shellFor;
    if (!user) next = null;
    else if (wantShell !== null) next = wantShell;
    else if (shellFor !== user.personId) next = null;
    if (next !== shellFor) setShellFor(next);
  }

  useIdleTimer(user !== null && !locked, session?.idleLockMinutes ?? 0, refreshSession);

  const signOut = useCallback(async () => {
    try {
      showSession(await rawBackend.signOut());
    } catch {
      refreshSession();
    }
    setShellFor(null);
    if (window.location.hash) {
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
    }
  }, [rawBackend, showSession, refreshSession]);

  const shellMounted = user !== null && shellFor === user.personId;
  const shellVisible = shellMounted && !locked && !user.mustChangePassword;

  let publicScreen: ReactNode = null;
  if (view.kind === "loading") {
    publicScreen = (
      <p role="status" className="text-std-16N-170 text-solid-gray-700">
        {t("ui-loading")}
      </p>
    );
  } else if (view.kind === "failed" && view.error.code === "databaseLocked") {
    publicScreen = <UnlockDatabase backend={rawBackend} onOpened={showSession} />;
  } else if (view.kind === "failed" && view.error.code === "noDatabase") {
    publicScreen = <CreateDatabase backend={rawBackend} onOpened={showSession} />;
  } else if (view.kind === "failed") {
    publicScreen = (
      <div className="space-y-6">
        <ErrorAlert error={view.error} />
        <Button variant="secondary" onClick={() => setAttempt((n) => n + 1)}>
          {t("ui-retry")}
        </Button>
      </div>
    );
  } else if (session && session.setup === "firstRun") {
    publicScreen = wizardOpen ? (
      <SetupWizard
        backend={backend}
        onDone={(s) => {
          setWizardOpen(false);
          showSession(s);
        }}
        onCancel={() => setWizardOpen(false)}
      />
    ) : (
      <FirstRun backend={backend} onStarted={showSession} onStartSetup={() => setWizardOpen(true)} />
    );
  } else if (session && !user) {
    publicScreen = <SignIn key="sign-in" backend={backend} onSignedIn={showSession} demo={session.demo} />;
  } else if (user && locked) {
    publicScreen = (
      <SignIn
        key={`lock-${user.personId}`}
        backend={backend}
        onSignedIn={showSession}
        lockedLoginId={user.loginId}
        lockedUserName={user.name}
        onSignOut={() => void signOut()}
      />
    );
  } else if (user && user.mustChangePassword) {
    publicScreen = (
      <ChangePassword backend={backend} user={user} onChanged={showSession} onSignOut={() => void signOut()} />
    );
  }

  return (
    <div className="min-h-screen bg-white font-sans text-solid-gray-800">
      <a
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById(shellVisible ? "main" : "public-main")?.focus();
        }}
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded-4 focus:bg-white focus:px-4 focus:py-2 focus:text-blue-1000"
      >
        {t("ui-skip-to-main")}
      </a>
      {shellMounted && (
        <div hidden={!shellVisible} data-testid="shell">
          <Shell backend={backend} user={user} onSignOut={() => void signOut()} onSettingsChanged={refreshSession} />
        </div>
      )}
      {!shellVisible && (
        <>
          <Header organizationName={null} />
          <main
            id="public-main"
            tabIndex={-1}
            className="mx-auto max-w-[1200px] px-8 py-10 focus:shadow-none focus:outline-none"
          >
            {publicScreen}
          </main>
        </>
      )}
    </div>
  );
}

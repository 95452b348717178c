// Sign-in with a local account, and its lock-screen variant (same user, password only).

import { useEffect, useId, useRef, useState } from "react";
import type { Backend } from "../backend";
import { toApiError } from "../backend";
import type { ApiError } from "../bindings/ApiError";
import type { SessionDto } from "../bindings/SessionDto";
import { Button } from "../components/Button";
import { TextField } from "../components/Form";
import { useErrorText, useT } from "../l10n/useT";

interface Props {
  backend: Backend;
  onSignedIn: (session: SessionDto) => void;
  /** Lock screen: the signed-in user's login id, shown read-only. */
  lockedLoginId?: string;
  /** Name of the locked user, shown on the lock screen. */
  lockedUserName?: string;
  /** Demo data is loaded: show the demo accounts. */
  demo?: boolean;
  /** Lock screen: sign out instead (another person wants to use the terminal). */
  onSignOut?: () => void;
}

export function SignIn({ backend, onSignedIn, lockedLoginId, lockedUserName, demo = false, onSignOut }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const titleId = useId();
  const locked = lockedLoginId !== undefined;
  const [loginId, setLoginId] = useState(lockedLoginId ?? "");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    const field = locked ? "password" : "loginId";
    root.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
  }, [locked]);

  async function submit() {
    if (!loginId.trim() || !password) {
      setError({
        code: "validation",
        messageId: "ui-sign-in-missing",
        args: {},
        field: loginId.trim() ? "password" : "loginId",
      });
      root.current?.querySelector<HTMLElement>(`[data-field="${loginId.trim() ? "password" : "loginId"}"]`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const session = await backend.signIn({ loginId: loginId.trim(), password });
      onSignedIn(session);
    } catch (e) {
      const err = toApiError(e);
      setError(err);
      setBusy(false);
      setPassword("");
      const field = err.field === "loginId" ? "loginId" : "password";
      root.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
    }
  }

  const passwordError = error && error.field === "password" ? errorText(error, t("ui-sign-in-password")) : null;
  const loginError = error && error.field === "loginId" ? errorText(error, t("ui-sign-in-login")) : null;

  return (
    <section
      ref={root}
      data-testid="sign-in"
      data-locked={locked}
      aria-labelledby={titleId}
      className="mx-auto max-w-[560px]"
    >
      <h1 id={titleId} className="text-std-32B-150 text-solid-gray-900">
        {locked ? t("ui-lock-title") : t("ui-sign-in-title")}
      </h1>
      <p className="mt-4 text-std-16N-170 text-solid-gray-800">
        {locked ? t("ui-lock-intro", { name: lockedUserName ?? loginId }) : t("ui-sign-in-intro")}
      </p>

      <form
        noValidate
        className="mt-8 space-y-6 rounded-12 border border-solid-gray-420 bg-white p-6 sm:p-8"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {error && !error.field && (
          <div
            role="alert"
            data-testid="sign-in-error"
            data-error-code={error.code}
            className="rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3 text-std-16B-170 text-error-2"
          >
            {errorText(error)}
          </div>
        )}
        <TextField
          label={t("ui-sign-in-login")}
          field="loginId"
          data-testid="sign-in-login"
          value={loginId}
          onValue={setLoginId}
          readOnly={locked}
          error={loginError}
          errorAlertTestId="sign-in-error"
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
        />
        <TextField
          label={t("ui-sign-in-password")}
          field="password"
          data-testid="sign-in-password"
          type="password"
          value={password}
          onValue={setPassword}
          error={passwordError}
          errorAlertTestId="sign-in-error"
          autoComplete="current-password"
        />
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" data-testid="sign-in-submit" disabled={busy} aria-busy={busy}>
            {locked ? t("ui-lock-submit") : t("ui-sign-in-submit")}
          </Button>
          {locked && onSignOut && (
            <Button variant="secondary" data-testid="lock-sign-out" onClick={onSignOut} disabled={busy}>
              {t("ui-lock-sign-out")}
            </Button>
          )}
        </div>
        {!locked && <p className="text-dns-14N-130 text-solid-gray-700">{t("ui-sign-in-forgot")}</p>}
      </form>

      {demo && !locked && (
        <div data-testid="demo-accounts" className="mt-8 rounded-8 border border-l-8 border-blue-900 bg-blue-50 px-6 py-4">
          <p className="text-std-17B-170 text-blue-1100">{t("ui-sign-in-demo-title")}</p>
          <p className="mt-1 text-std-16N-170 text-solid-gray-900">{t("ui-sign-in-demo-body")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-std-16N-170 text-solid-gray-900">
            <li>{t("ui-sign-in-demo-admin")}</li>
            <li>{t("ui-sign-in-demo-lead")}</li>
            <li>{t("ui-sign-in-demo-staff")}</li>
          </ul>
          <p className="mt-2 text-std-16N-170 text-solid-gray-900">{t("ui-sign-in-demo-password")}</p>
        </div>
      )}
    </section>
  );
}

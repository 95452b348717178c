// Changing one's password; forced at the first sign-in with an initial password (004 第52条).

import { useId, useRef, useState } from "react";
import type { Backend } from "../backend";
import type { SessionDto } from "../bindings/SessionDto";
import type { UserDto } from "../bindings/UserDto";
import { Button } from "../components/Button";
import { ErrorAlert } from "../components/ErrorAlert";
import { TextField, useFocusRequest } from "../components/Form";
import { useFormErrors } from "../components/useFormErrors";
import { useT } from "../l10n/useT";

interface Props {
  backend: Backend;
  user: UserDto;
  onChanged: (session: SessionDto) => void;
  onSignOut: () => void;
}

export function ChangePassword({ backend, user, onChanged, onSignOut }: Props) {
  const t = useT();
  const titleId = useId();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const root = useRef<HTMLElement>(null);
  const requestFocus = useFocusRequest(root);

  const labels = {
    currentPassword: t("ui-password-current"),
    newPassword: t("ui-password-new"),
    confirm: t("ui-password-confirm"),
  };

  async function submit() {
    const found: Record<string, string> = {};
    if (!current) found.currentPassword = t("ui-form-required-message", { field: labels.currentPassword });
    if (!next) found.newPassword = t("ui-form-required-message", { field: labels.newPassword });
    if (!confirm) found.confirm = t("ui-form-required-message", { field: labels.confirm });
    else if (next !== confirm) found.confirm = t("ui-wizard-password-mismatch");
    errors.clear();
    const first = Object.keys(found)[0];
    if (first) {
      errors.setFieldErrors(found);
      requestFocus(first);
      return;
    }
    setBusy(true);
    try {
      onChanged(await backend.changePassword({ currentPassword: current, newPassword: next }));
    } catch (e) {
      setBusy(false);
      const field = errors.showError(e, { ...labels, password: labels.newPassword });
      if (field) requestFocus(field === "password" ? "newPassword" : field);
    }
  }

  const fe = (f: string) => errors.fieldErrors[f] ?? (f === "newPassword" ? errors.fieldErrors.password : null) ?? null;

  return (
    <section ref={root} data-testid="change-password" aria-labelledby={titleId} className="mx-auto max-w-[560px]">
      <h1 id={titleId} className="text-std-32B-150 text-solid-gray-900">
        {t("ui-password-change-title")}
      </h1>
      <p className="mt-4 text-std-16N-170 text-solid-gray-800">
        {t("ui-password-change-intro", { name: user.name })}
      </p>
      <form
        noValidate
        className="mt-8 space-y-6 rounded-12 border border-solid-gray-420 bg-white p-6 sm:p-8"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {errors.generalError && <ErrorAlert error={errors.generalError} />}
        <TextField
          label={labels.currentPassword}
          field="currentPassword"
          data-testid="change-password-current"
          type="password"
          required
          value={current}
          onValue={setCurrent}
          error={fe("currentPassword")}
          autoComplete="current-password"
        />
        <TextField
          label={labels.newPassword}
          field="newPassword"
          data-testid="change-password-new"
          type="password"
          required
          value={next}
          onValue={setNext}
          hint={t("ui-password-rule")}
          error={fe("newPassword")}
          autoComplete="new-password"
        />
        <TextField
          label={labels.confirm}
          field="confirm"
          data-testid="change-password-confirm"
          type="password"
          required
          value={confirm}
          onValue={setConfirm}
          error={fe("confirm")}
          autoComplete="new-password"
        />
        <div className="flex flex-wrap gap-4">
          <Button type="submit" data-testid="change-password-submit" disabled={busy} aria-busy={busy}>
            {t("ui-password-change-submit")}
          </Button>
          <Button variant="secondary" data-testid="change-password-sign-out" onClick={onSignOut} disabled={busy}>
            {t("ui-sign-out")}
          </Button>
        </div>
      </form>
    </section>
  );
}

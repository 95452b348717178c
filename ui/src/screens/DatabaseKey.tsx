// The organization's passphrase (issue 9): unlocking the encrypted database at start-up, and
// choosing the passphrase at first run, before anything is written.

import { useId, useRef, useState } from "react";
import type { Backend } from "../backend";
import type { SessionDto } from "../bindings/SessionDto";
import { Button } from "../components/Button";
import { ErrorAlert } from "../components/ErrorAlert";
import { TextField, useFocusRequest } from "../components/Form";
import { useFormErrors } from "../components/useFormErrors";
import { useT } from "../l10n/useT";

/** The shortest passphrase accepted (as `sonae_api::encryption::PASSPHRASE_MIN_CHARS`). */
export const PASSPHRASE_MIN_CHARS = 12;

interface Props {
  backend: Backend;
  onOpened: (session: SessionDto) => void;
}

/** The database is encrypted: the passphrase opens it. */
export function UnlockDatabase({ backend, onOpened }: Props) {
  const t = useT();
  const titleId = useId();
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const root = useRef<HTMLElement>(null);
  const requestFocus = useFocusRequest(root);
  const labels = { passphrase: t("ui-db-passphrase") };

  async function submit() {
    errors.clear();
    if (!passphrase) {
      errors.setFieldErrors({ passphrase: t("ui-form-required-message", { field: labels.passphrase }) });
      requestFocus("passphrase");
      return;
    }
    setBusy(true);
    try {
      onOpened(await backend.unlockDatabase(passphrase));
    } catch (e) {
      setBusy(false);
      const field = errors.showError(e, labels);
      if (field) requestFocus(field);
    }
  }

  return (
    <section ref={root} data-testid="db-unlock" aria-labelledby={titleId} className="mx-auto max-w-[560px]">
      <h1 id={titleId} className="text-std-32B-150 text-solid-gray-900">
        {t("ui-db-unlock-title")}
      </h1>
      <p className="mt-4 text-std-16N-170 text-solid-gray-800">{t("ui-db-unlock-intro")}</p>
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
          label={labels.passphrase}
          field="passphrase"
          data-testid="db-unlock-passphrase"
          type="password"
          required
          autoFocus
          value={passphrase}
          onValue={setPassphrase}
          error={errors.fieldErrors.passphrase ?? null}
          autoComplete="current-password"
        />
        <Button type="submit" data-testid="db-unlock-submit" disabled={busy} aria-busy={busy}>
          {busy ? t("ui-db-unlock-working") : t("ui-db-unlock-submit")}
        </Button>
      </form>
      <p className="mt-6 text-std-16N-170 text-solid-gray-700">{t("ui-db-unlock-forgotten")}</p>
    </section>
  );
}

/** First run: the organization's passphrase is chosen, and the database is created encrypted. */
export function CreateDatabase({ backend, onOpened }: Props) {
  const t = useT();
  const titleId = useId();
  const [passphrase, setPassphrase] = useState("");
  const [confirm, setConfirm] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const root = useRef<HTMLElement>(null);
  const requestFocus = useFocusRequest(root);
  const labels = { passphrase: t("ui-db-passphrase"), confirmPassphrase: t("ui-db-passphrase-confirm") };

  async function submit() {
    const found: Record<string, string> = {};
    if (!passphrase) found.passphrase = t("ui-form-required-message", { field: labels.passphrase });
    else if ([...passphrase].length < PASSPHRASE_MIN_CHARS) found.passphrase = t("ui-db-passphrase-too-short", { min: PASSPHRASE_MIN_CHARS });
    if (!confirm) found.confirmPassphrase = t("ui-form-required-message", { field: labels.confirmPassphrase });
    else if (passphrase && confirm !== passphrase) found.confirmPassphrase = t("ui-db-passphrase-mismatch");
    errors.clear();
    const first = Object.keys(found)[0];
    if (first) {
      errors.setFieldErrors(found);
      requestFocus(first);
      return;
    }
    setBusy(true);
    try {
      onOpened(await backend.createDatabase({ passphrase, confirmPassphrase: confirm }));
    } catch (e) {
      setBusy(false);
      const field = errors.showError(e, labels);
      if (field) requestFocus(field);
    }
  }

  return (
    <section ref={root} data-testid="db-create" aria-labelledby={titleId} className="mx-auto max-w-[640px]">
      <h1 id={titleId} className="text-std-32B-150 text-solid-gray-900">
        {t("ui-db-create-title")}
      </h1>
      <p className="mt-4 text-std-16N-170 text-solid-gray-800">{t("ui-db-create-intro")}</p>
      <ul className="mt-4 list-disc space-y-2 pl-6 text-std-16N-170 text-solid-gray-800">
        <li>{t("ui-db-create-point-shared")}</li>
        <li>{t("ui-db-create-point-lost")}</li>
        <li>{t("ui-db-create-point-backup")}</li>
      </ul>
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
          label={labels.passphrase}
          field="passphrase"
          data-testid="db-create-passphrase"
          type="password"
          required
          autoFocus
          value={passphrase}
          onValue={setPassphrase}
          hint={t("ui-db-passphrase-rule", { min: PASSPHRASE_MIN_CHARS })}
          error={errors.fieldErrors.passphrase ?? null}
          autoComplete="new-password"
        />
        <TextField
          label={labels.confirmPassphrase}
          field="confirmPassphrase"
          data-testid="db-create-confirm"
          type="password"
          required
          value={confirm}
          onValue={setConfirm}
          error={errors.fieldErrors.confirmPassphrase ?? null}
          autoComplete="new-password"
        />
        <Button type="submit" data-testid="db-create-submit" disabled={busy} aria-busy={busy}>
          {busy ? t("ui-db-create-working") : t("ui-db-create-submit")}
        </Button>
      </form>
    </section>
  );
}

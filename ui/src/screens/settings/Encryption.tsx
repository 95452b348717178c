// 暗号化（保存データ）: whether the database is encrypted, and changing the organization's
// passphrase (the database is re-encrypted with the new key). 管理者 only.

import { useEffect, useId, useRef, useState } from "react";
import type { Backend } from "../../backend";
import type { EncryptionDto } from "../../bindings/EncryptionDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextField, useFocusRequest } from "../../components/Form";
import { useFormErrors } from "../../components/useFormErrors";
import { formatJst } from "../../format/datetime";
import { useT } from "../../l10n/useT";

export function Encryption({ backend }: { backend: Backend }) {
  const t = useT();
  const titleId = useId();
  const [status, setStatus] = useState<EncryptionDto | null>(null);
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const errors = useFormErrors();
  const root = useRef<HTMLElement>(null);
  const requestFocus = useFocusRequest(root);
  const labels = {
    currentPassphrase: t("ui-db-passphrase-current"),
    newPassphrase: t("ui-db-passphrase-new"),
    confirmPassphrase: t("ui-db-passphrase-confirm"),
  };

  useEffect(() => {
    backend.encryptionStatus().then(setStatus, (e: unknown) => errors.showError(e, {}));
  }, [backend]);

  async function submit() {
    const found: Record<string, string> = {};
    for (const [field, value] of [
      ["currentPassphrase", current],
      ["newPassphrase", next],
      ["confirmPassphrase", confirm],
    ] as const) {
      if (!value) found[field] = t("ui-form-required-message", { field: labels[field] });
    }
    if (next && confirm && next !== confirm) found.confirmPassphrase = t("ui-db-passphrase-mismatch");
    errors.clear();
    setDone(false);
    const first = Object.keys(found)[0];
    if (first) {
      errors.setFieldErrors(found);
      requestFocus(first);
      return;
    }
    setBusy(true);
    try {
      setStatus(await backend.changePassphrase({ currentPassphrase: current, newPassphrase: next, confirmPassphrase: confirm }));
      setCurrent("");
      setNext("");
      setConfirm("");
      setDone(true);
    } catch (e) {
      const field = errors.showError(e, labels);
      if (field) requestFocus(field);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section ref={root} data-testid="encryption" aria-labelledby={titleId} className="mt-10">
      <h2 id={titleId} className="text-std-24B-150 text-solid-gray-900">
        {t("ui-encryption-title")}
      </h2>
      {status && (
        <p data-testid="encryption-state" className="mt-3 text-std-16N-170 text-solid-gray-800">
          {status.encrypted ? t("ui-encryption-on") : t("ui-encryption-off")}
          {status.encrypted && status.rekeyedAt && <> {t("ui-encryption-rekeyed-at", { at: formatJst(status.rekeyedAt) })}</>}
        </p>
      )}
      {!status && errors.generalError && <ErrorAlert error={errors.generalError} />}
      {status && !status.encrypted && <p className="mt-2 text-std-16N-170 text-solid-gray-700">{t("ui-encryption-off-how")}</p>}
      {status?.encrypted && (
        <form
          noValidate
          className="mt-6 max-w-[560px] space-y-6 rounded-12 border border-solid-gray-420 bg-white p-6"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {errors.generalError && <ErrorAlert error={errors.generalError} />}
          {done && (
            <p role="status" data-testid="encryption-changed" className="text-std-16N-170 text-success-2">
              {t("ui-encryption-changed")}
            </p>
          )}
          <TextField
            label={labels.currentPassphrase}
            field="currentPassphrase"
            data-testid="encryption-current"
            type="password"
            required
            value={current}
            onValue={setCurrent}
            error={errors.fieldErrors.currentPassphrase ?? null}
            autoComplete="current-password"
          />
          <TextField
            label={labels.newPassphrase}
            field="newPassphrase"
            data-testid="encryption-new"
            type="password"
            required
            value={next}
            onValue={setNext}
            hint={t("ui-db-passphrase-rule", { min: status.minChars })}
            error={errors.fieldErrors.newPassphrase ?? null}
            autoComplete="new-password"
          />
          <TextField
            label={labels.confirmPassphrase}
            field="confirmPassphrase"
            data-testid="encryption-confirm"
            type="password"
            required
            value={confirm}
            onValue={setConfirm}
            error={errors.fieldErrors.confirmPassphrase ?? null}
            autoComplete="new-password"
          />
          <Button type="submit" data-testid="encryption-submit" disabled={busy} aria-busy={busy}>
            {t("ui-encryption-submit")}
          </Button>
        </form>
      )}
    </section>
  );
}

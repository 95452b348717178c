// 重要度の表示名: an organization may call its four 重要度 levels what its own 対応手順 calls them
// (レベル1〜4, 甲乙丙丁 …). Empty keeps the standard label.
//
// data-testid: severity-labels, severity-label-<severity>, severity-labels-save, severity-labels-status

import { useId, useRef, useState } from "react";
import type { Backend } from "../../backend";
import type { Severity } from "../../bindings/Severity";
import type { SeverityLabelDto } from "../../bindings/SeverityLabelDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextField } from "../../components/Form";
import { useFormErrors } from "../../components/useFormErrors";
import { SEVERITIES, SEVERITY_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";

interface Props {
  backend: Backend;
  canEdit: boolean;
  labels: readonly SeverityLabelDto[];
  onSaved: (labels: SeverityLabelDto[]) => void;
}

export function SeverityLabels({ backend, canEdit, labels, onSaved }: Props) {
  const t = useT();
  const titleId = useId();
  const errors = useFormErrors();
  const root = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Severity, string>>(() => {
    const v = { low: "", medium: "", high: "", critical: "" } as Record<Severity, string>;
    for (const l of labels) v[l.severity] = l.label;
    return v;
  });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <section aria-labelledby={titleId} data-testid="severity-labels" className="mt-12 space-y-4">
      <h2 id={titleId} className="text-std-24B-150 text-solid-gray-900">
        {t("ui-severity-labels-title")}
      </h2>
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-severity-labels-intro")}</p>
      <form
        ref={root}
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          errors.clear();
          setStatus(null);
          setBusy(true);
          backend
            .saveSeverityLabels(SEVERITIES.map((s) => ({ severity: s, label: values[s] })))
            .then((saved) => {
              onSaved(saved);
              setStatus(t("ui-saved"));
            })
            .catch((err: unknown) => errors.showError(err, { label: t("ui-severity-labels-label") }))
            .finally(() => setBusy(false));
        }}
      >
        {errors.generalError && <ErrorAlert error={errors.generalError} />}
        <div className="grid gap-4 md:grid-cols-2">
          {SEVERITIES.map((s) => (
            <TextField
              key={s}
              label={t("ui-severity-labels-for", { standard: t(SEVERITY_IDS[s]) })}
              field={`label-${s}`}
              data-testid={`severity-label-${s}`}
              value={values[s]}
              onValue={(v) => setValues((old) => ({ ...old, [s]: v }))}
              hint={t("ui-severity-labels-hint")}
              disabled={!canEdit}
            />
          ))}
        </div>
        {errors.fieldErrors.label && (
          <p role="alert" className="text-std-16N-170 text-error-1">
            {errors.fieldErrors.label}
          </p>
        )}
        {canEdit && (
          <Button type="submit" data-testid="severity-labels-save" disabled={busy} aria-busy={busy}>
            {t("ui-severity-labels-save")}
          </Button>
        )}
        {status && (
          <p data-testid="severity-labels-status" role="status" className="text-std-16N-170 text-success-2">
            {status}
          </p>
        )}
      </form>
    </section>
  );
}

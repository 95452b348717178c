// 報告先の方針: whom the organization tells beyond the law, and when — 総務省 and the 都道府県 (no
// national form or deadline: each organization decides, regulatory.md §1), the police for plain
// malware, the voluntary IPA / JPCERT/CC reports, the 公表基準 and the 情報セキュリティ委員会.
// Open cases are assessed with it from the moment it is saved.
//
// data-testid: reporting-policy, policy-<soumu|prefecture>-when, policy-<…>-severity,
// policy-<…>-target-days, policy-police-malware, policy-ipa, policy-jpcert, policy-publication-from,
// policy-publication-statutory, policy-publication-batch, policy-committee, policy-save, policy-status

import { useCallback, useId, useState } from "react";
import type { Backend } from "../../backend";
import type { AuthorityPolicyDto } from "../../bindings/AuthorityPolicyDto";
import type { DestinationPolicyDto } from "../../bindings/DestinationPolicyDto";
import type { ReportWhenDto } from "../../bindings/ReportWhenDto";
import type { Severity } from "../../bindings/Severity";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextField } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { useFormErrors } from "../../components/useFormErrors";
import { useLoad } from "../../components/useLoad";
import { SEVERITIES } from "../../l10n/labels";
import { useSeverityLabel } from "../../l10n/severity";
import { useT } from "../../l10n/useT";

const WHENS: readonly ReportWhenDto[] = ["always", "statutoryReport", "severityAtLeast", "never"];
const WHEN_IDS: Record<ReportWhenDto, string> = {
  always: "ui-policy-when-always",
  statutoryReport: "ui-policy-when-statutory",
  severityAtLeast: "ui-policy-when-severity",
  never: "ui-policy-when-never",
};

interface Props {
  backend: Backend;
  canEdit: boolean;
}

export function ReportingPolicy({ backend, canEdit }: Props) {
  const load = useCallback(() => backend.destinationPolicy(), [backend]);
  const loaded = useLoad(load);
  if (!loaded.data) return loaded.error ? <LoadState error={loaded.error} onRetry={loaded.reload} /> : null;
  return <PolicyForm backend={backend} canEdit={canEdit} initial={loaded.data} />;
}

function PolicyForm({ backend, canEdit, initial }: Props & { initial: DestinationPolicyDto }) {
  const t = useT();
  const severityLabel = useSeverityLabel();
  const titleId = useId();
  const errors = useFormErrors();
  const [policy, setPolicy] = useState(initial);
  const [days, setDays] = useState({ soumu: String(initial.soumu.targetDays ?? ""), prefecture: String(initial.prefecture.targetDays ?? "") });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const labels = {
    soumuTargetDays: t("ui-policy-target-days-of", { who: t("destination-soumu") }),
    prefectureTargetDays: t("ui-policy-target-days-of", { who: t("destination-prefecture") }),
    soumuSeverity: t("ui-policy-severity-of", { who: t("destination-soumu") }),
    prefectureSeverity: t("ui-policy-severity-of", { who: t("destination-prefecture") }),
  };

  const authority = (who: "soumu" | "prefecture", whoLabel: string) => {
    const a = policy[who];
    const set = (patch: Partial<AuthorityPolicyDto>) => setPolicy((p) => ({ ...p, [who]: { ...p[who], ...patch } }));
    return (
      <fieldset className="space-y-3 rounded-8 border border-solid-gray-420 p-4">
        <legend className="px-1 text-std-17B-170">{whoLabel}</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <SelectField
            label={t("ui-policy-when")}
            field={`${who}When`}
            data-testid={`policy-${who}-when`}
            value={a.when}
            onValue={(v) => set({ when: v as ReportWhenDto, severity: v === "severityAtLeast" ? (a.severity ?? "high") : null })}
            options={WHENS.map((w) => ({ value: w, label: t(WHEN_IDS[w]) }))}
          />
          {a.when === "severityAtLeast" && (
            <SelectField
              label={labels[`${who}Severity`]}
              field={`${who}Severity`}
              data-testid={`policy-${who}-severity`}
              value={a.severity ?? ""}
              onValue={(v) => set({ severity: (v || null) as Severity | null })}
              options={SEVERITIES.map((s) => ({ value: s, label: t("ui-policy-severity-or-above", { severity: severityLabel(s) }) }))}
              error={errors.fieldErrors[`${who}Severity`]}
            />
          )}
          <TextField
            label={labels[`${who}TargetDays`]}
            field={`${who}TargetDays`}
            inputMode="numeric"
            data-testid={`policy-${who}-target-days`}
            value={days[who]}
            onValue={(v) => setDays((d) => ({ ...d, [who]: v }))}
            hint={t("ui-policy-target-days-hint")}
            error={errors.fieldErrors[`${who}TargetDays`]}
          />
        </div>
      </fieldset>
    );
  };

  const check = (id: string, label: string, checked: boolean, onValue: (v: boolean) => void) => (
    <label className="flex items-start gap-2 text-std-16N-170">
      <input type="checkbox" data-testid={id} checked={checked} onChange={(e) => onValue(e.target.checked)} className="mt-1.5 size-5" />
      <span>{label}</span>
    </label>
  );

  function save() {
    errors.clear();
    setStatus(null);
    const parsed: Record<"soumu" | "prefecture", number | null> = { soumu: null, prefecture: null };
    for (const who of ["soumu", "prefecture"] as const) {
      const text = days[who].trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
      if (text === "") continue;
      if (!/^\d{1,3}$/.test(text)) {
        errors.setFieldErrors({ [`${who}TargetDays`]: t("ui-policy-target-days-invalid") });
        return;
      }
      parsed[who] = Number(text);
    }
    const input: DestinationPolicyDto = {
      ...policy,
      soumu: { ...policy.soumu, targetDays: parsed.soumu },
      prefecture: { ...policy.prefecture, targetDays: parsed.prefecture },
    };
    setBusy(true);
    backend
      .saveDestinationPolicy(input)
      .then((saved) => {
        setPolicy(saved);
        setStatus(t("ui-saved"));
      })
      .catch((err: unknown) => errors.showError(err, labels))
      .finally(() => setBusy(false));
  }

  return (
    <section aria-labelledby={titleId} data-testid="reporting-policy" className="mt-12 space-y-4">
      <h2 id={titleId} className="text-std-24B-150 text-solid-gray-900">
        {t("ui-policy-title")}
      </h2>
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-policy-intro")}</p>
      <form
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {errors.generalError && <ErrorAlert error={errors.generalError} />}
        <fieldset disabled={!canEdit} className="space-y-4">
          {authority("soumu", t("destination-soumu"))}
          {authority("prefecture", t("destination-prefecture"))}
          <fieldset className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
            <legend className="px-1 text-std-17B-170">{t("ui-policy-publication")}</legend>
            <SelectField
              label={t("ui-policy-publication-from")}
              field="publicationFrom"
              data-testid="policy-publication-from"
              value={policy.publication.immediateFrom ?? ""}
              onValue={(v) => setPolicy((p) => ({ ...p, publication: { ...p.publication, immediateFrom: (v || null) as Severity | null } }))}
              options={[
                { value: "", label: t("ui-policy-publication-never-by-severity") },
                ...SEVERITIES.map((s) => ({ value: s, label: t("ui-policy-severity-or-above", { severity: severityLabel(s) }) })),
              ]}
            />
            {check("policy-publication-statutory", t("ui-policy-publication-statutory"), policy.publication.immediateWhenStatutory, (v) =>
              setPolicy((p) => ({ ...p, publication: { ...p.publication, immediateWhenStatutory: v } })),
            )}
            {check("policy-publication-batch", t("ui-policy-publication-batch"), policy.publication.batch, (v) =>
              setPolicy((p) => ({ ...p, publication: { ...p.publication, batch: v } })),
            )}
          </fieldset>
          <fieldset className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
            <legend className="px-1 text-std-17B-170">{t("ui-policy-others")}</legend>
            {check("policy-police-malware", t("ui-policy-police-malware"), policy.policeOnMalware, (v) => setPolicy((p) => ({ ...p, policeOnMalware: v })))}
            {check("policy-ipa", t("ui-policy-ipa"), policy.ipa, (v) => setPolicy((p) => ({ ...p, ipa: v })))}
            {check("policy-jpcert", t("ui-policy-jpcert"), policy.jpcert, (v) => setPolicy((p) => ({ ...p, jpcert: v })))}
            {check("policy-committee", t("ui-policy-committee"), policy.committee, (v) => setPolicy((p) => ({ ...p, committee: v })))}
          </fieldset>
        </fieldset>
        {canEdit && (
          <Button type="submit" data-testid="policy-save" disabled={busy} aria-busy={busy}>
            {t("ui-policy-save")}
          </Button>
        )}
        {status && (
          <p data-testid="policy-status" role="status" className="text-std-16N-170 text-success-2">
            {status}
          </p>
        )}
      </form>
    </section>
  );
}

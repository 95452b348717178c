// 団体・設定: the organization's profile and the settings chosen in the wizard, plus the idle lock
// and the lockout threshold (004 第26条).

import { useCallback, useId, useRef, useState } from "react";
import type { Backend } from "../../backend";
import type { Honorific } from "../../bindings/Honorific";
import type { OrgKind } from "../../bindings/OrgKind";
import type { OrgProfileDto } from "../../bindings/OrgProfileDto";
import type { OrgProfileInput } from "../../bindings/OrgProfileInput";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { RadioGroup, SelectField, TextField, useFocusRequest } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { PageTitle, StatusLine } from "../../components/Page";
import { useFormErrors } from "../../components/useFormErrors";
import { useLoad } from "../../components/useLoad";
import { HONORIFIC_IDS, ORG_KIND_IDS, ORG_KINDS, PREFECTURE_IDS, PREFECTURES } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { docNumberExample } from "../SetupWizard";
import { personOptions } from "./Departments";

interface Props {
  backend: Backend;
  canEdit: boolean;
  /** The profile was saved (the header shows the name; the idle lock may have changed). */
  onSaved: (organization: OrgProfileDto) => void;
}

/** The form keeps numbers as typed text until saving. */
type Form = Omit<OrgProfileInput, "cisoReportTargetMinutes" | "idleLockMinutes" | "lockoutAttempts" | "ordinanceSensitiveInfo"> & {
  cisoReportTargetMinutes: string;
  idleLockMinutes: string;
  lockoutAttempts: string;
  ordinanceSensitiveInfo: "yes" | "no";
};

function toForm(o: OrgProfileDto): Form {
  return {
    name: o.name,
    kind: o.kind,
    prefecture: o.prefecture,
    headTitle: o.headTitle,
    cisoTitle: o.cisoTitle,
    cisoPersonId: o.cisoPersonId,
    ordinanceSensitiveInfo: o.ordinanceSensitiveInfo ? "yes" : "no",
    honorific: o.honorific,
    docNumberFormat: o.docNumberFormat,
    receiptFormat: o.receiptFormat,
    cisoReportTargetMinutes: String(o.cisoReportTargetMinutes),
    idleLockMinutes: String(o.idleLockMinutes),
    lockoutAttempts: String(o.lockoutAttempts),
  };
}

const NUMBER_FIELDS = ["cisoReportTargetMinutes", "idleLockMinutes", "lockoutAttempts"] as const;
const REQUIRED_TEXT = ["name", "prefecture", "headTitle", "cisoTitle", "docNumberFormat", "receiptFormat"] as const;

/** A 受付番号 as the backend would make it from `format`: `{年}-{n}` → `2026-0007`. */
export function receiptExample(format: string, now = new Date()): string {
  const jst = new Date(now.getTime() + 9 * 3600_000);
  const year = jst.getUTCFullYear();
  const fiscal = jst.getUTCMonth() >= 3 ? year : year - 1;
  return format.replaceAll("{年度}", String(fiscal)).replaceAll("{年}", String(year)).replaceAll("{n}", "0007");
}

export function OrgProfile({ backend, canEdit, onSaved }: Props) {
  const t = useT();
  const titleId = useId();
  const load = useCallback(
    () => Promise.all([backend.orgSetup(), backend.listPeople()]).then(([setup, people]) => ({ setup, people })),
    [backend],
  );
  const loaded = useLoad(load);
  const [form, setForm] = useState<Form | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors();
  const root = useRef<HTMLFormElement>(null);
  const requestFocus = useFocusRequest(root);

  const labels: Record<keyof Form, string> = {
    name: t("ui-wizard-org-name"),
    kind: t("ui-wizard-org-kind"),
    prefecture: t("ui-wizard-prefecture"),
    headTitle: t("ui-wizard-head-title"),
    cisoTitle: t("ui-wizard-ciso-title"),
    cisoPersonId: t("ui-org-ciso-person"),
    ordinanceSensitiveInfo: t("ui-wizard-ordinance"),
    honorific: t("ui-wizard-honorific"),
    docNumberFormat: t("ui-wizard-doc-format"),
    receiptFormat: t("field-receipt-format"),
    cisoReportTargetMinutes: t("ui-wizard-ciso-target"),
    idleLockMinutes: t("ui-org-idle-lock"),
    lockoutAttempts: t("ui-org-lockout"),
  };

  if (!loaded.data) {
    return (
      <div data-testid="org-profile" className="space-y-8">
        <PageTitle id={titleId} title={t("ui-nav-org")} />
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  const { setup, people } = loaded.data;
  const f = form ?? toForm(setup.organization);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setStatus(null);
    setForm({ ...f, [key]: value });
  };
  const fe = (key: keyof Form) => errors.fieldErrors[key] ?? null;
  const knownPrefecture = PREFECTURES.some(([, name]) => name === f.prefecture);

  async function save() {
    const found: Record<string, string> = {};
    for (const key of REQUIRED_TEXT) {
      if (!f[key].trim()) found[key] = t("ui-form-required-message", { field: labels[key] });
    }
    for (const key of NUMBER_FIELDS) {
      if (!/^\d+$/.test(f[key].trim())) found[key] = t("ui-form-whole-number", { field: labels[key] });
    }
    errors.clear();
    const first = Object.keys(found)[0];
    if (first) {
      errors.setFieldErrors(found);
      requestFocus(first);
      return;
    }
    setSaving(true);
    try {
      const saved = await backend.updateOrgProfile({
        ...f,
        name: f.name.trim(),
        headTitle: f.headTitle.trim(),
        cisoTitle: f.cisoTitle.trim(),
        docNumberFormat: f.docNumberFormat.trim(),
        receiptFormat: f.receiptFormat.trim(),
        ordinanceSensitiveInfo: f.ordinanceSensitiveInfo === "yes",
        cisoReportTargetMinutes: Number(f.cisoReportTargetMinutes),
        idleLockMinutes: Number(f.idleLockMinutes),
        lockoutAttempts: Number(f.lockoutAttempts),
      });
      loaded.setData({ setup: saved, people });
      setForm(null);
      setStatus(t("ui-saved"));
      onSaved(saved.organization);
    } catch (e) {
      const field = errors.showError(e, labels);
      if (field) requestFocus(field);
    } finally {
      setSaving(false);
    }
  }

  const ro = !canEdit;

  return (
    <div data-testid="org-profile" className="space-y-8">
      <PageTitle id={titleId} title={t("ui-nav-org")} intro={t("ui-org-intro")} />
      <form
        ref={root}
        noValidate
        className="max-w-[840px] space-y-10"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {errors.generalError && <ErrorAlert error={errors.generalError} />}
        <fieldset className="space-y-6" disabled={ro}>
          <legend className="text-std-24B-150 text-solid-gray-900">{t("ui-wizard-step-org")}</legend>
          <TextField label={labels.name} field="name" data-testid="org-name-input" required value={f.name} onValue={(v) => set("name", v)} error={fe("name")} />
          <SelectField
            label={labels.kind}
            field="kind"
            data-testid="org-kind"
            required
            value={f.kind}
            onValue={(v) => set("kind", v as OrgKind)}
            options={ORG_KINDS.map((k) => ({ value: k, label: t(ORG_KIND_IDS[k]) }))}
            hint={t("ui-wizard-org-kind-hint")}
            error={fe("kind")}
          />
          <SelectField
            label={labels.prefecture}
            field="prefecture"
            data-testid="org-prefecture"
            required
            value={f.prefecture}
            onValue={(v) => set("prefecture", v)}
            options={[
              ...(knownPrefecture ? [] : [{ value: f.prefecture, label: f.prefecture || t("ui-form-select-placeholder") }]),
              ...PREFECTURES.map(([key, name]) => ({ value: name, label: t(PREFECTURE_IDS[key]) })),
            ]}
            error={fe("prefecture")}
          />
          <TextField label={labels.headTitle} field="headTitle" data-testid="org-head-title" required value={f.headTitle} onValue={(v) => set("headTitle", v)} error={fe("headTitle")} />
        </fieldset>

        <fieldset className="space-y-6" disabled={ro}>
          <legend className="text-std-24B-150 text-solid-gray-900">{t("ui-wizard-step-ciso")}</legend>
          <TextField label={labels.cisoTitle} field="cisoTitle" data-testid="org-ciso-title" required value={f.cisoTitle} onValue={(v) => set("cisoTitle", v)} error={fe("cisoTitle")} />
          <SelectField
            label={labels.cisoPersonId}
            field="cisoPersonId"
            data-testid="org-ciso-person"
            value={f.cisoPersonId ?? ""}
            onValue={(v) => set("cisoPersonId", v || null)}
            options={[{ value: "", label: t("ui-not-set") }, ...personOptions(people)]}
            hint={t("ui-org-ciso-person-hint")}
            error={fe("cisoPersonId")}
          />
          <TextField
            label={labels.cisoReportTargetMinutes}
            field="cisoReportTargetMinutes"
            data-testid="org-ciso-target"
            required
            inputMode="numeric"
            value={f.cisoReportTargetMinutes}
            onValue={(v) => set("cisoReportTargetMinutes", v)}
            hint={t("ui-wizard-ciso-target-hint")}
            error={fe("cisoReportTargetMinutes")}
            className="max-w-[20em]"
          />
        </fieldset>

        <fieldset className="space-y-6" disabled={ro}>
          <legend className="text-std-24B-150 text-solid-gray-900">{t("ui-wizard-step-docs")}</legend>
          <RadioGroup
            legend={labels.honorific}
            name="honorific"
            field="honorific"
            value={f.honorific}
            onValue={(v: Honorific) => set("honorific", v)}
            error={fe("honorific")}
            options={[
              { value: "sama", label: t(HONORIFIC_IDS["sama"]), testId: "org-honorific-sama" },
              { value: "dono", label: t(HONORIFIC_IDS["dono"]), testId: "org-honorific-dono" },
            ]}
          />
          <div>
            <TextField
              label={labels.docNumberFormat}
              field="docNumberFormat"
              data-testid="org-doc-format"
              required
              value={f.docNumberFormat}
              onValue={(v) => set("docNumberFormat", v)}
              hint={t("ui-wizard-doc-format-hint", { dept: "{課略称}", year: "{年度}", n: "{n}" })}
              error={fe("docNumberFormat")}
              className="max-w-[28em]"
            />
            <p className="mt-2 text-std-16N-170 text-solid-gray-800">
              {t("ui-wizard-doc-format-preview", { example: docNumberExample(f.docNumberFormat, "") })}
            </p>
          </div>
          <div>
            <TextField
              label={labels.receiptFormat}
              field="receiptFormat"
              data-testid="org-receipt-format"
              required
              value={f.receiptFormat}
              onValue={(v) => set("receiptFormat", v)}
              hint={t("ui-org-receipt-format-hint", { year: "{年}", fiscal: "{年度}", n: "{n}" })}
              error={fe("receiptFormat")}
              className="max-w-[28em]"
            />
            <p data-testid="org-receipt-preview" aria-live="polite" className="mt-2 text-std-16N-170 text-solid-gray-800">
              {t("ui-org-receipt-format-preview", { example: receiptExample(f.receiptFormat) })}
            </p>
          </div>
          <RadioGroup
            legend={labels.ordinanceSensitiveInfo}
            name="ordinance"
            field="ordinanceSensitiveInfo"
            value={f.ordinanceSensitiveInfo}
            onValue={(v: "yes" | "no") => set("ordinanceSensitiveInfo", v)}
            hint={t("ui-wizard-ordinance-hint")}
            error={fe("ordinanceSensitiveInfo")}
            options={[
              { value: "yes", label: t("ui-wizard-ordinance-yes"), testId: "org-ordinance-yes" },
              { value: "no", label: t("ui-wizard-ordinance-no"), testId: "org-ordinance-no" },
            ]}
          />
        </fieldset>

        <fieldset className="space-y-6" disabled={ro}>
          <legend className="text-std-24B-150 text-solid-gray-900">{t("ui-org-security-legend")}</legend>
          <TextField
            label={labels.idleLockMinutes}
            field="idleLockMinutes"
            data-testid="org-idle-lock"
            required
            inputMode="numeric"
            value={f.idleLockMinutes}
            onValue={(v) => set("idleLockMinutes", v)}
            hint={t("ui-org-idle-lock-hint")}
            error={fe("idleLockMinutes")}
            className="max-w-[20em]"
          />
          <TextField
            label={labels.lockoutAttempts}
            field="lockoutAttempts"
            data-testid="org-lockout"
            required
            inputMode="numeric"
            value={f.lockoutAttempts}
            onValue={(v) => set("lockoutAttempts", v)}
            hint={t("ui-org-lockout-hint")}
            error={fe("lockoutAttempts")}
            className="max-w-[20em]"
          />
        </fieldset>

        {canEdit && (
          <div className="flex flex-wrap items-center gap-4">
            <Button type="submit" data-testid="org-save" disabled={saving} aria-busy={saving}>
              {t("ui-save")}
            </Button>
            {form && (
              <Button variant="secondary" data-testid="org-reset" disabled={saving} onClick={() => { errors.clear(); setForm(null); }}>
                {t("ui-org-reset")}
              </Button>
            )}
          </div>
        )}
        <StatusLine message={status} testId="org-status" />
      </form>
    </div>
  );
}

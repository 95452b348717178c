// The first-run wizard: the organization, its CISO, documents, the classification scheme and the
// administrator's account, then a review and one `complete_setup` call.
//
// Each step checks only that its required fields are filled; the backend checks everything on
// submit, and an error about a field takes the user back to that field's step. What was typed is
// kept in sessionStorage (never the password), so a reload does not lose it.

import { useEffect, useId, useRef, useState } from "react";
import type { Backend } from "../backend";
import { toApiError } from "../backend";
import type { Honorific } from "../bindings/Honorific";
import type { OrgKind } from "../bindings/OrgKind";
import type { SchemePreset } from "../bindings/SchemePreset";
import type { SessionDto } from "../bindings/SessionDto";
import type { SetupInput } from "../bindings/SetupInput";
import { Button } from "../components/Button";
import { ErrorAlert } from "../components/ErrorAlert";
import { RadioGroup, SelectField, TextField, useFocusRequest } from "../components/Form";
import { useFormErrors } from "../components/useFormErrors";
import {
  HONORIFIC_IDS,
  ORG_KIND_IDS,
  ORG_KINDS,
  PREFECTURE_IDS,
  PREFECTURES,
  SCHEME_PRESET_DESCRIPTION_IDS,
  SCHEME_PRESET_IDS,
} from "../l10n/labels";
import { useT, type Translate } from "../l10n/useT";

const STORAGE_KEY = "sonae.setup-wizard";

export interface WizardData {
  orgName: string;
  orgKind: OrgKind;
  prefecture: string;
  headTitle: string;
  cisoTitle: string;
  cisoName: string;
  cisoReportTargetMinutes: string;
  honorific: Honorific;
  docNumberFormat: string;
  ordinanceSensitiveInfo: "" | "yes" | "no";
  classificationPreset: SchemePreset;
  adminName: string;
  adminDepartmentName: string;
  adminDepartmentShortName: string;
  adminLoginId: string;
}

const DEFAULTS: WizardData = {
  orgName: "",
  orgKind: "municipality",
  prefecture: "",
  headTitle: "市長",
  cisoTitle: "副市長",
  cisoName: "",
  cisoReportTargetMinutes: "60",
  honorific: "sama",
  docNumberFormat: "{課略称}第{n}号",
  ordinanceSensitiveInfo: "",
  classificationPreset: "soumuGuideline",
  adminName: "",
  adminDepartmentName: "",
  adminDepartmentShortName: "",
  adminLoginId: "",
};

type Field = keyof WizardData | "adminPassword" | "adminPasswordConfirm";

const STEPS = ["org", "ciso", "docs", "classification", "admin", "confirm"] as const;
type Step = (typeof STEPS)[number];

/** The step each input field is entered at (server errors are shown there). */
const FIELD_STEP: Record<Field, number> = {
  orgName: 0,
  orgKind: 0,
  prefecture: 0,
  headTitle: 0,
  cisoTitle: 1,
  cisoName: 1,
  cisoReportTargetMinutes: 1,
  honorific: 2,
  docNumberFormat: 2,
  ordinanceSensitiveInfo: 2,
  classificationPreset: 3,
  adminName: 4,
  adminDepartmentName: 4,
  adminDepartmentShortName: 4,
  adminLoginId: 4,
  adminPassword: 4,
  adminPasswordConfirm: 4,
};

/** Names the backend may use for a setup field besides the input's own. */
const FIELD_ALIASES: Record<string, Field> = {
  name: "orgName",
  kind: "orgKind",
  password: "adminPassword",
  loginId: "adminLoginId",
  shortName: "adminDepartmentShortName",
  classification: "classificationPreset",
};

const REQUIRED: Record<number, readonly Field[]> = {
  0: ["orgName", "prefecture", "headTitle"],
  1: ["cisoTitle", "cisoName", "cisoReportTargetMinutes"],
  2: ["docNumberFormat", "ordinanceSensitiveInfo"],
  3: [],
  4: ["adminName", "adminDepartmentName", "adminDepartmentShortName", "adminLoginId", "adminPassword", "adminPasswordConfirm"],
};

interface Stored {
  step: number;
  data: WizardData;
  /** False once the user went back to the first-run choice (the data is kept for next time). */
  open: boolean;
}

function readStored(): Stored | null {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Stored>;
    const data: WizardData = { ...DEFAULTS };
    for (const key of Object.keys(DEFAULTS) as (keyof WizardData)[]) {
      const v = parsed.data?.[key];
      if (typeof v === "string") (data as unknown as Record<string, string>)[key] = v;
    }
    const step = typeof parsed.step === "number" && parsed.step >= 0 && parsed.step < STEPS.length ? parsed.step : 0;
    return { step, data, open: parsed.open !== false };
  } catch {
    return null;
  }
}

function store(value: Stored | null): void {
  try {
    if (value) window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(value));
    else window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage unavailable: the wizard still works, a reload just starts it over.
  }
}

/** Whether a wizard was left open in this window (reopen it after a reload). */
export function hasWizardDraft(): boolean {
  return readStored()?.open === true;
}

/** The current Japanese fiscal year (April to March), as the backend's `{年度}`. */
function fiscalYear(now = new Date()): number {
  const jst = new Date(now.getTime() + 9 * 3600_000);
  return jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
}

export function docNumberExample(format: string, shortName: string): string {
  return format
    .replaceAll("{課略称}", shortName || "情政")
    .replaceAll("{年度}", String(fiscalYear()))
    .replaceAll("{n}", "12");
}

function labelsOf(t: Translate): Record<Field, string> {
  return {
    orgName: t("ui-wizard-org-name"),
    orgKind: t("ui-wizard-org-kind"),
    prefecture: t("ui-wizard-prefecture"),
    headTitle: t("ui-wizard-head-title"),
    cisoTitle: t("ui-wizard-ciso-title"),
    cisoName: t("ui-wizard-ciso-name"),
    cisoReportTargetMinutes: t("ui-wizard-ciso-target"),
    honorific: t("ui-wizard-honorific"),
    docNumberFormat: t("ui-wizard-doc-format"),
    ordinanceSensitiveInfo: t("ui-wizard-ordinance"),
    classificationPreset: t("ui-wizard-preset"),
    adminName: t("ui-wizard-admin-name"),
    adminDepartmentName: t("ui-wizard-admin-dept"),
    adminDepartmentShortName: t("ui-wizard-admin-dept-short"),
    adminLoginId: t("ui-wizard-admin-login"),
    adminPassword: t("ui-wizard-admin-password"),
    adminPasswordConfirm: t("ui-wizard-admin-password-confirm"),
  };
}

function stepTitle(t: Translate, step: Step): string {
  switch (step) {
    case "org":
      return t("ui-wizard-step-org");
    case "ciso":
      return t("ui-wizard-step-ciso");
    case "docs":
      return t("ui-wizard-step-docs");
    case "classification":
      return t("ui-wizard-step-classification");
    case "admin":
      return t("ui-wizard-step-admin");
    case "confirm":
      return t("ui-wizard-step-confirm");
  }
}

interface Props {
  backend: Backend;
  /** Setup is complete and the new administrator is signed in. */
  onDone: (session: SessionDto) => void;
  /** Back to the first-run choice (the typed data stays stored). */
  onCancel: () => void;
}

export function SetupWizard({ backend, onDone, onCancel }: Props) {
  const t = useT();
  const titleId = useId();
  const [initial] = useState(() => readStored());
  const [step, setStep] = useState(initial?.open ? initial.step : 0);
  const [data, setData] = useState<WizardData>(initial?.data ?? DEFAULTS);
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [submitting, setSubmitting] = useState(false);
  const errors = useFormErrors();
  const root = useRef<HTMLElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const requestFocus = useFocusRequest(root);
  const labels = labelsOf(t);
  const shownStep = useRef(step);

  useEffect(() => {
    store({ step, data, open: true });
  }, [step, data]);

  // Move focus to the new step's heading when the step changes by the buttons.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (!root.current?.querySelector("[aria-invalid='true']")) stepHeading.current?.focus();
  }, [step]);

  function set<K extends keyof WizardData>(key: K, value: WizardData[K]) {
    setData((d) => ({ ...d, [key]: value }));
  }

  const fe = (field: Field) => errors.fieldErrors[field] ?? null;

  /** Required fields of `s` that are empty, and other client-side checks; true when fine. */
  function checkStep(s: number): boolean {
    const found: Record<string, string> = {};
    const values: Record<Field, string> = { ...data, adminPassword: password, adminPasswordConfirm: confirm };
    for (const field of REQUIRED[s] ?? []) {
      if (!values[field].trim()) {
        found[field] =
          field === "ordinanceSensitiveInfo" || field === "prefecture"
            ? t("ui-form-choose", { field: labels[field] })
            : t("ui-form-required-message", { field: labels[field] });
      }
    }
    if (s === 1 && !found.cisoReportTargetMinutes && !/^\d+$/.test(data.cisoReportTargetMinutes.trim())) {
      found.cisoReportTargetMinutes = t("ui-form-whole-number", { field: labels.cisoReportTargetMinutes });
    }
    if (s === 4 && !found.adminPassword && !found.adminPasswordConfirm && password !== confirm) {
      found.adminPasswordConfirm = t("ui-wizard-password-mismatch");
    }
    const fields = Object.keys(found);
    errors.clear();
    if (fields.length === 0) return true;
    errors.setFieldErrors(found);
    const first = (REQUIRED[s] ?? []).find((f) => found[f]) ?? (fields[0] as Field);
    requestFocus(first);
    return false;
  }

  function next() {
    if (!checkStep(step)) return;
    setStep((s) => Math.min(s + 1, STEPS.length - 1));
  }

  function back() {
    errors.clear();
    if (step === 0) {
      store({ step, data, open: false });
      onCancel();
    }
    else setStep((s) => s - 1);
  }

  function goTo(s: number) {
    errors.clear();
    setStep(s);
  }

  async function submit() {
    for (let s = 0; s < STEPS.length - 1; s++) {
      if (!checkStep(s)) {
        setStep(s);
        return;
      }
    }
    const input: SetupInput = {
      orgName: data.orgName.trim(),
      orgKind: data.orgKind,
      prefecture: data.prefecture,
      headTitle: data.headTitle.trim(),
      cisoTitle: data.cisoTitle.trim(),
      cisoName: data.cisoName.trim(),
      ordinanceSensitiveInfo: data.ordinanceSensitiveInfo === "yes",
      honorific: data.honorific,
      docNumberFormat: data.docNumberFormat.trim(),
      cisoReportTargetMinutes: Number(data.cisoReportTargetMinutes.trim()),
      classificationPreset: data.classificationPreset,
      adminName: data.adminName.trim(),
      adminDepartmentName: data.adminDepartmentName.trim(),
      adminDepartmentShortName: data.adminDepartmentShortName.trim(),
      adminLoginId: data.adminLoginId.trim(),
      adminPassword: password,
    };
    setSubmitting(true);
    errors.clear();
    try {
      const session = await backend.completeSetup(input);
      store(null);
      onDone(session);
    } catch (e) {
      setSubmitting(false);
      let error = toApiError(e);
      const alias = error.field && Object.hasOwn(FIELD_ALIASES, error.field) ? FIELD_ALIASES[error.field] : undefined;
      if (alias) error = { ...error, field: alias };
      const field = errors.showError(error, labels) as Field | null;
      if (field) {
        setStep(FIELD_STEP[field]);
        requestFocus(field);
      }
    }
  }

  const current = STEPS[step]!;
  const hasFieldErrors = Object.keys(errors.fieldErrors).length > 0;

  return (
    <section
      ref={root}
      data-testid="setup-wizard"
      data-step={current}
      aria-labelledby={titleId}
      className="mx-auto max-w-[840px]"
    >
      <h1 id={titleId} className="text-std-32B-150 text-solid-gray-900">
        {t("ui-wizard-title")}
      </h1>
      <p className="mt-4 text-std-16N-170 text-solid-gray-800">{t("ui-wizard-intro")}</p>

      <nav aria-label={t("ui-wizard-steps-label")} className="mt-8">
        <ol className="flex flex-wrap gap-2" data-testid="wizard-steps">
          {STEPS.map((s, i) => {
            const state = i < step ? "done" : i === step ? "current" : "todo";
            return (
              <li
                key={s}
                aria-current={i === step ? "step" : undefined}
                data-state={state}
                className={
                  "flex items-center gap-2 rounded-full border px-3 py-1.5 text-dns-14B-120 " +
                  (state === "current"
                    ? "border-blue-900 bg-blue-900 text-white"
                    : state === "done"
                      ? "border-blue-900 bg-blue-50 text-blue-1000"
                      : "border-solid-gray-420 bg-white text-solid-gray-700")
                }
              >
                <span className="tabular-nums">{i + 1}</span>
                <span>{stepTitle(t, s)}</span>
                {state === "done" && <span className="sr-only">{t("ui-wizard-step-done")}</span>}
              </li>
            );
          })}
        </ol>
      </nav>

      <form
        noValidate
        className="mt-8 rounded-12 border border-solid-gray-420 bg-white p-6 sm:p-8"
        onSubmit={(e) => {
          e.preventDefault();
          if (current === "confirm") void submit();
          else next();
        }}
      >
        <p className="text-dns-14N-130 text-solid-gray-700">
          {t("ui-wizard-step-of", { current: step + 1, total: STEPS.length })}
        </p>
        <h2
          ref={stepHeading}
          tabIndex={-1}
          data-testid="wizard-step-title"
          className="mt-1 text-std-24B-150 text-solid-gray-900 focus:shadow-none focus:outline-none"
        >
          {stepTitle(t, current)}
        </h2>

        {hasFieldErrors && (
          <p role="alert" data-testid="wizard-error-summary" className="mt-4 rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3 text-std-16B-170 text-error-2">
            {t("ui-form-check-errors")}
          </p>
        )}

        <div className="mt-6 space-y-6">
          {current === "org" && (
            <>
              <TextField
                label={labels.orgName}
                field="orgName"
                data-testid="wizard-org-name"
                required
                value={data.orgName}
                onValue={(v) => set("orgName", v)}
                hint={t("ui-wizard-org-name-hint")}
                error={fe("orgName")}
                autoComplete="organization"
              />
              <SelectField
                label={labels.orgKind}
                field="orgKind"
                data-testid="wizard-org-kind"
                required
                value={data.orgKind}
                onValue={(v) => set("orgKind", v as OrgKind)}
                options={ORG_KINDS.map((k) => ({ value: k, label: t(ORG_KIND_IDS[k]) }))}
                hint={t("ui-wizard-org-kind-hint")}
                error={fe("orgKind")}
              />
              <SelectField
                label={labels.prefecture}
                field="prefecture"
                data-testid="wizard-prefecture"
                required
                value={data.prefecture}
                onValue={(v) => set("prefecture", v)}
                options={[
                  { value: "", label: t("ui-form-select-placeholder") },
                  ...PREFECTURES.map(([key, name]) => ({ value: name, label: t(PREFECTURE_IDS[key]) })),
                ]}
                error={fe("prefecture")}
              />
              <TextField
                label={labels.headTitle}
                field="headTitle"
                data-testid="wizard-head-title"
                required
                value={data.headTitle}
                onValue={(v) => set("headTitle", v)}
                hint={t("ui-wizard-head-title-hint")}
                error={fe("headTitle")}
              />
            </>
          )}

          {current === "ciso" && (
            <>
              <p className="text-std-16N-170 text-solid-gray-800">{t("ui-wizard-ciso-intro")}</p>
              <TextField
                label={labels.cisoTitle}
                field="cisoTitle"
                data-testid="wizard-ciso-title"
                required
                value={data.cisoTitle}
                onValue={(v) => set("cisoTitle", v)}
                hint={t("ui-wizard-ciso-title-hint")}
                error={fe("cisoTitle")}
              />
              <TextField
                label={labels.cisoName}
                field="cisoName"
                data-testid="wizard-ciso-name"
                required
                value={data.cisoName}
                onValue={(v) => set("cisoName", v)}
                hint={t("ui-wizard-ciso-name-hint")}
                error={fe("cisoName")}
              />
              <TextField
                label={labels.cisoReportTargetMinutes}
                field="cisoReportTargetMinutes"
                data-testid="wizard-ciso-target"
                required
                inputMode="numeric"
                value={data.cisoReportTargetMinutes}
                onValue={(v) => set("cisoReportTargetMinutes", v)}
                hint={t("ui-wizard-ciso-target-hint")}
                error={fe("cisoReportTargetMinutes")}
                className="max-w-[20em]"
              />
            </>
          )}

          {current === "docs" && (
            <>
              <RadioGroup
                legend={labels.honorific}
                name="honorific"
                field="honorific"
                required
                value={data.honorific}
                onValue={(v) => set("honorific", v)}
                hint={t("ui-wizard-honorific-hint")}
                error={fe("honorific")}
                options={[
                  { value: "sama", label: t(HONORIFIC_IDS["sama"]), testId: "wizard-honorific-sama" },
                  { value: "dono", label: t(HONORIFIC_IDS["dono"]), testId: "wizard-honorific-dono" },
                ]}
              />
              <div>
                <TextField
                  label={labels.docNumberFormat}
                  field="docNumberFormat"
                  data-testid="wizard-doc-format"
                  required
                  value={data.docNumberFormat}
                  onValue={(v) => set("docNumberFormat", v)}
                  hint={t("ui-wizard-doc-format-hint", { dept: "{課略称}", year: "{年度}", n: "{n}" })}
                  error={fe("docNumberFormat")}
                  className="max-w-[28em]"
                />
                <p data-testid="wizard-doc-preview" aria-live="polite" className="mt-2 text-std-16N-170 text-solid-gray-800">
                  {t("ui-wizard-doc-format-preview", {
                    example: docNumberExample(data.docNumberFormat, data.adminDepartmentShortName.trim()),
                  })}
                </p>
              </div>
              <RadioGroup
                legend={labels.ordinanceSensitiveInfo}
                name="ordinance"
                field="ordinanceSensitiveInfo"
                required
                value={data.ordinanceSensitiveInfo}
                onValue={(v) => set("ordinanceSensitiveInfo", v)}
                hint={t("ui-wizard-ordinance-hint")}
                error={fe("ordinanceSensitiveInfo")}
                options={[
                  { value: "yes", label: t("ui-wizard-ordinance-yes"), testId: "wizard-ordinance-yes" },
                  { value: "no", label: t("ui-wizard-ordinance-no"), testId: "wizard-ordinance-no" },
                ]}
              />
            </>
          )}

          {current === "classification" && (
            <RadioGroup
              legend={labels.classificationPreset}
              name="preset"
              field="classificationPreset"
              required
              value={data.classificationPreset}
              onValue={(v) => set("classificationPreset", v)}
              hint={t("ui-wizard-preset-hint")}
              error={fe("classificationPreset")}
              options={[
                {
                  value: "soumuGuideline",
                  label: t(SCHEME_PRESET_IDS["soumuGuideline"]),
                  hint: t(SCHEME_PRESET_DESCRIPTION_IDS["soumuGuideline"]),
                  testId: "wizard-preset-soumu",
                },
                {
                  value: "infoCategory4",
                  label: t(SCHEME_PRESET_IDS["infoCategory4"]),
                  hint: t(SCHEME_PRESET_DESCRIPTION_IDS["infoCategory4"]),
                  testId: "wizard-preset-kubun",
                },
              ]}
            />
          )}

          {current === "admin" && (
            <>
              <p className="text-std-16N-170 text-solid-gray-800">{t("ui-wizard-admin-intro")}</p>
              <TextField
                label={labels.adminName}
                field="adminName"
                data-testid="wizard-admin-name"
                required
                value={data.adminName}
                onValue={(v) => set("adminName", v)}
                error={fe("adminName")}
                autoComplete="name"
              />
              <div className="grid gap-6 sm:grid-cols-[2fr_1fr]">
                <TextField
                  label={labels.adminDepartmentName}
                  field="adminDepartmentName"
                  data-testid="wizard-admin-dept"
                  required
                  value={data.adminDepartmentName}
                  onValue={(v) => set("adminDepartmentName", v)}
                  hint={t("ui-wizard-admin-dept-hint")}
                  error={fe("adminDepartmentName")}
                />
                <TextField
                  label={labels.adminDepartmentShortName}
                  field="adminDepartmentShortName"
                  data-testid="wizard-admin-dept-short"
                  required
                  value={data.adminDepartmentShortName}
                  onValue={(v) => set("adminDepartmentShortName", v)}
                  hint={t("ui-wizard-admin-dept-short-hint")}
                  error={fe("adminDepartmentShortName")}
                />
              </div>
              <TextField
                label={labels.adminLoginId}
                field="adminLoginId"
                data-testid="wizard-admin-login"
                required
                value={data.adminLoginId}
                onValue={(v) => set("adminLoginId", v)}
                hint={t("ui-login-id-rule")}
                error={fe("adminLoginId")}
                autoComplete="username"
                spellCheck={false}
                autoCapitalize="off"
                className="max-w-[28em]"
              />
              <TextField
                label={labels.adminPassword}
                field="adminPassword"
                data-testid="wizard-admin-password"
                type="password"
                required
                value={password}
                onValue={setPassword}
                hint={t("ui-password-rule")}
                error={fe("adminPassword")}
                autoComplete="new-password"
                className="max-w-[28em]"
              />
              <TextField
                label={labels.adminPasswordConfirm}
                field="adminPasswordConfirm"
                data-testid="wizard-admin-password-confirm"
                type="password"
                required
                value={confirm}
                onValue={setConfirm}
                error={fe("adminPasswordConfirm")}
                autoComplete="new-password"
                className="max-w-[28em]"
              />
            </>
          )}

          {current === "confirm" && (
            <Review data={data} labels={labels} onEdit={goTo} />
          )}
        </div>

        {errors.generalError && (
          <div className="mt-6">
            <ErrorAlert error={errors.generalError} />
          </div>
        )}

        <div className="mt-10 flex flex-wrap items-center justify-between gap-4 border-t border-solid-gray-420 pt-6">
          <Button variant="secondary" data-testid="wizard-back" onClick={back} disabled={submitting}>
            {step === 0 ? t("ui-wizard-back-to-start") : t("ui-wizard-back")}
          </Button>
          {current === "confirm" ? (
            <Button type="submit" data-testid="wizard-submit" disabled={submitting} aria-busy={submitting}>
              {submitting ? t("ui-wizard-submitting") : t("ui-wizard-submit")}
            </Button>
          ) : (
            <Button type="submit" data-testid="wizard-next">
              {t("ui-wizard-next")}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}

function Review({
  data,
  labels,
  onEdit,
}: {
  data: WizardData;
  labels: Record<Field, string>;
  onEdit: (step: number) => void;
}) {
  const t = useT();
  const prefecture = PREFECTURES.find(([, name]) => name === data.prefecture);
  const sections: { step: number; title: string; rows: [string, string][] }[] = [
    {
      step: 0,
      title: t("ui-wizard-step-org"),
      rows: [
        [labels.orgName, data.orgName],
        [labels.orgKind, t(ORG_KIND_IDS[data.orgKind])],
        [labels.prefecture, prefecture ? t(PREFECTURE_IDS[prefecture[0]]) : data.prefecture],
        [labels.headTitle, data.headTitle],
      ],
    },
    {
      step: 1,
      title: t("ui-wizard-step-ciso"),
      rows: [
        [labels.cisoTitle, data.cisoTitle],
        [labels.cisoName, data.cisoName],
        [labels.cisoReportTargetMinutes, t("ui-minutes", { minutes: data.cisoReportTargetMinutes })],
      ],
    },
    {
      step: 2,
      title: t("ui-wizard-step-docs"),
      rows: [
        [labels.honorific, t(HONORIFIC_IDS[data.honorific])],
        [labels.docNumberFormat, `${data.docNumberFormat}（${docNumberExample(data.docNumberFormat, data.adminDepartmentShortName.trim())}）`],
        [
          labels.ordinanceSensitiveInfo,
          data.ordinanceSensitiveInfo === "yes" ? t("ui-wizard-ordinance-yes") : t("ui-wizard-ordinance-no"),
        ],
      ],
    },
    {
      step: 3,
      title: t("ui-wizard-step-classification"),
      rows: [[labels.classificationPreset, t(SCHEME_PRESET_IDS[data.classificationPreset])]],
    },
    {
      step: 4,
      title: t("ui-wizard-step-admin"),
      rows: [
        [labels.adminName, data.adminName],
        [labels.adminDepartmentName, `${data.adminDepartmentName}（${data.adminDepartmentShortName}）`],
        [labels.adminLoginId, data.adminLoginId],
        [labels.adminPassword, t("ui-wizard-password-set")],
      ],
    },
  ];
  return (
    <div data-testid="wizard-review" className="space-y-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-wizard-confirm-intro")}</p>
      {sections.map((s) => (
        <section key={s.step} className="rounded-8 border border-solid-gray-420">
          <div className="flex items-center justify-between gap-4 border-b border-solid-gray-420 bg-solid-gray-50 px-4 py-2">
            <h3 className="text-std-17B-170 text-solid-gray-900">{s.title}</h3>
            <button
              type="button"
              onClick={() => onEdit(s.step)}
              aria-label={t("ui-wizard-edit-section", { section: s.title })}
              className="text-std-16N-170 text-blue-1000 underline hover:decoration-2"
            >
              {t("ui-wizard-edit")}
            </button>
          </div>
          <dl className="divide-y divide-solid-gray-200">
            {s.rows.map(([label, value]) => (
              <div key={label} className="grid gap-1 px-4 py-2 sm:grid-cols-[14em_1fr]">
                <dt className="text-dns-16B-130 text-solid-gray-700">{label}</dt>
                <dd className="text-std-16N-170 break-words text-solid-gray-900">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

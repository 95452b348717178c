// The staff report wizard (職員報告): seven steps, first-response guidance as soon as the category
// is known, and a draft saved to the database on every step change, field blur and choice.
//
// What was typed is never thrown away: saving only records it, and the backend answers with the
// form's issues, step by step. "次へ" shows the issues of the current step next to their fields;
// issues of later steps wait until the reporter gets there.

import { useCallback, useEffect, useRef, useState } from "react";
import type { FocusEvent, ReactNode } from "react";
import type { Backend } from "../../backend";
import { toApiError } from "../../backend";
import type { ApiError } from "../../bindings/ApiError";
import type { Category } from "../../bindings/Category";
import type { FieldIssueDto } from "../../bindings/FieldIssueDto";
import type { OptionDto } from "../../bindings/OptionDto";
import type { ReportFormDto } from "../../bindings/ReportFormDto";
import type { ReportOptionsDto } from "../../bindings/ReportOptionsDto";
import type { ReportReceiptDto } from "../../bindings/ReportReceiptDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Checkbox, FieldError, FieldShell, RadioGroup, TextAreaField, TextField, useFocusRequest } from "../../components/Form";
import {
  CATEGORIES,
  CATEGORY_HINT_IDS,
  CATEGORY_IDS,
  MEDIA,
  MEDIUM_IDS,
  NETWORK_SEGMENT_IDS,
  NETWORK_SEGMENTS,
  RELAY_CHANNEL_IDS,
  RELAY_CHANNELS,
  REPORT_SOURCE_IDS,
  REPORT_SOURCES,
  SYMPTOM_IDS,
  SYMPTOMS,
  TRI_STATE_IDS,
  TRI_STATES,
  type Symptom,
} from "../../l10n/labels";
import { useErrorText, useT, type Translate } from "../../l10n/useT";
import {
  categoryCode,
  categoryOf,
  issueError,
  issueOfError,
  jstTime,
  segmentCode,
  STEP_COUNT,
  STEPS,
  stepTitle,
  SYMPTOM_CATEGORY,
  withSource,
  type FormField,
} from "./form";
import { GuidanceBody, GuidancePanel } from "./Guidance";
import { ReviewStep } from "./ReviewStep";

/** Where the wizard starts: a new form, or a draft being resumed. */
export interface WizardStart {
  draftId: string | null;
  step: number;
  form: ReportFormDto;
  issues: FieldIssueDto[];
  /** RFC 3339: when the draft was last saved. */
  savedAt: string | null;
}

interface Props {
  backend: Backend;
  options: ReportOptionsDto;
  start: WizardStart;
  /** The signed-in person (recorded as the one who took a relayed report). */
  userName: string;
  onSubmitted: (receipt: ReportReceiptDto) => void;
}

function stepIntro(t: Translate, step: number): string {
  switch (step) {
    case 1:
      return t("ui-report-step-1-intro");
    case 2:
      return t("ui-report-step-2-intro");
    case 3:
      return t("ui-report-step-3-intro");
    case 4:
      return t("ui-report-step-4-intro");
    case 5:
      return t("ui-report-step-5-intro");
    case 6:
      return t("ui-report-step-6-intro");
    default:
      return t("ui-report-step-7-intro");
  }
}

/** The visible label of each field; a relayed report's reporter is the outside person. */
export function fieldLabels(t: Translate, relayed: boolean): Record<FormField, string> {
  return {
    source: t("field-source"),
    symptoms: t("field-symptoms"),
    category: t("field-category"),
    whatHappened: t("field-what-happened"),
    noticedAt: t("field-noticed-at"),
    occurredAt: t("field-occurred-at"),
    occurredNote: t("field-occurred-note"),
    departmentId: t("ui-report-department"),
    device: t("field-device"),
    systemId: t("field-system-id"),
    networkSegment: t("field-network-segment"),
    classLevelId: t("field-class-level-id"),
    personalInfo: t("field-personal-info"),
    myNumber: t("field-my-number"),
    maxPersons: t("field-max-persons"),
    medium: t("field-medium"),
    actionsTaken: t("field-actions-taken"),
    reporterName: relayed ? t("ui-report-relay-name") : t("field-reporter-name"),
    reporterPhone: relayed ? t("ui-report-relay-phone") : t("field-reporter-phone"),
    reporterEmail: relayed ? t("ui-report-relay-email") : t("field-reporter-email"),
    reporterReachability: t("field-reporter-reachability"),
    relayOrg: t("field-relay-org"),
    relayChannel: t("field-relay-channel"),
    relayReceivedAt: t("field-relay-received-at"),
  };
}

function isFormControl(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

export function ReportWizard({ backend, options, start, userName, onSubmitted }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const [form, setFormState] = useState<ReportFormDto>(start.form);
  const formRef = useRef(form);
  const [step, setStepState] = useState(start.step);
  const stepRef = useRef(step);
  const [reached, setReached] = useState(start.step);
  const [issues, setIssues] = useState<FieldIssueDto[]>(start.issues);
  // Steps whose issues are shown: those the reporter tried to leave with "次へ" (and, when
  // resuming, those already passed).
  const [checked, setChecked] = useState<ReadonlySet<number>>(
    () => new Set(STEPS.filter((s) => s < start.step)),
  );
  const [savedAt, setSavedAt] = useState<string | null>(start.savedAt);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [generalError, setGeneralError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [guidanceOpen, setGuidanceOpen] = useState(true);
  const root = useRef<HTMLFormElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const requestFocus = useFocusRequest(root);
  const draftId = useRef<string | null>(start.draftId);
  const lastSaved = useRef<{ key: string; issues: FieldIssueDto[] } | null>(
    start.draftId ? { key: JSON.stringify([start.step, start.form]), issues: start.issues } : null,
  );
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const mounted = useRef(true);
  const shownStep = useRef(step);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // Focus the new step's heading when the step changes (unless a field is to be focused).
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (!root.current?.querySelector("[aria-invalid='true']")) stepHeading.current?.focus();
  }, [step]);

  const relayed = form.source !== "staff" && form.source !== "";
  const labels = fieldLabels(t, relayed);
  const category = categoryOf(form.category);

  /**
   * Saves the form as it is now, at `atStep`, one save after the other (the first one creates the
   * draft whose id the next ones use). Answers with the form's issues.
   */
  const save = useCallback(
    (atStep: number): Promise<FieldIssueDto[]> => {
      const run = async () => {
        const current = formRef.current;
        const key = JSON.stringify([atStep, current]);
        if (lastSaved.current?.key === key) return lastSaved.current.issues;
        const draft = await backend.saveReportDraft({ draftId: draftId.current, step: atStep, form: current });
        draftId.current = draft.id;
        lastSaved.current = { key, issues: draft.issues };
        if (mounted.current) {
          setIssues(draft.issues);
          setSavedAt(draft.updatedAt);
          setSaveError(null);
        }
        return draft.issues;
      };
      const p = queue.current.then(run);
      queue.current = p.catch(() => undefined);
      return p;
    },
    [backend],
  );

  /** Saves in the background; a failure is shown quietly and what was typed stays. */
  const autosave = useCallback(() => {
    save(stepRef.current).catch((e: unknown) => {
      if (mounted.current) setSaveError(toApiError(e));
    });
  }, [save]);

  function update(patch: Partial<ReportFormDto>, saveNow = false) {
    formRef.current = { ...formRef.current, ...patch };
    setFormState(formRef.current);
    if (saveNow) autosave();
  }

  function setValue<K extends FormField>(key: K, value: ReportFormDto[K], saveNow = false) {
    update({ [key]: value } as Partial<ReportFormDto>, saveNow);
  }

  function goTo(next: number) {
    const s = Math.min(Math.max(next, 1), STEP_COUNT);
    setGeneralError(null);
    stepRef.current = s;
    setStepState(s);
    setReached((r) => Math.max(r, s));
    autosave();
  }

  async function next() {
    if (busy) return;
    const current = stepRef.current;
    setBusy(true);
    setGeneralError(null);
    let found: FieldIssueDto[];
    try {
      found = await save(current);
    } catch (e) {
      if (mounted.current) {
        setBusy(false);
        setGeneralError(toApiError(e));
      }
      return;
    }
    if (!mounted.current) return;
    setBusy(false);
    setChecked((c) => new Set([...c, current]));
    const first = found.find((i) => i.step === current);
    if (first) {
      requestFocus(first.field);
      return;
    }
    goTo(current + 1);
  }

  async function submit() {
    if (busy) return;
    setBusy(true);
    setGeneralError(null);
    try {
      await save(STEP_COUNT);
      const receipt = await backend.submitReport({ draftId: draftId.current!, form: formRef.current });
      if (mounted.current) onSubmitted(receipt);
    } catch (e) {
      if (!mounted.current) return;
      setBusy(false);
      const error = toApiError(e);
      const issue = issueOfError(error);
      if (!issue) {
        setGeneralError(error);
        return;
      }
      setIssues((list) => [issue, ...list.filter((i) => i.field !== issue.field)]);
      setChecked((c) => new Set([...c, issue.step]));
      stepRef.current = issue.step;
      shownStep.current = issue.step;
      setStepState(issue.step);
      requestFocus(issue.field);
    }
  }

  const shown = checked.has(step) ? issues.filter((i) => i.step === step) : [];
  const issueText = (issue: FieldIssueDto) =>
    errorText({ ...issueError(issue), args: { fieldId: issue.fieldId, field: labels[issue.field as FormField] ?? "" } });
  const fe = (field: FormField): string | null => {
    const issue = shown.find((i) => i.field === field);
    return issue ? issueText(issue) : null;
  };

  function onBlur(e: FocusEvent<HTMLFormElement>) {
    if (!isFormControl(e.target)) return;
    const type = e.target instanceof HTMLInputElement ? e.target.type : "";
    if (type === "radio" || type === "checkbox") return; // saved on change
    autosave();
  }

  function toggleSymptom(symptom: Symptom, on: boolean) {
    const symptoms = on ? [...formRef.current.symptoms.filter((s) => s !== symptom), symptom] : formRef.current.symptoms.filter((s) => s !== symptom);
    const patch: Partial<ReportFormDto> = { symptoms };
    // The checklist proposes a category; the reporter decides (an earlier choice is kept).
    if (on && !formRef.current.category) patch.category = categoryCode(SYMPTOM_CATEGORY[symptom]);
    update(patch, true);
  }

  const suggested: Category[] = [
    ...new Set(
      form.symptoms.filter((s): s is Symptom => (SYMPTOMS as readonly string[]).includes(s)).map((s) => SYMPTOM_CATEGORY[s]),
    ),
  ];

  const guidance = (testId: string) =>
    category ? <GuidancePanel category={category} guidance={options.guidance} testId={testId} /> : null;

  return (
    <section aria-label={t("ui-report-title")} data-testid="report-wizard" data-step={step} className="space-y-6">
      <StepNav step={step} reached={reached} onGo={goTo} disabled={busy} />

      <div className="min-[1200px]:grid min-[1200px]:grid-cols-[minmax(0,1fr)_20rem] min-[1200px]:items-start min-[1200px]:gap-8">
        <div className="min-w-0 space-y-6">
          {category && step > 1 && (
            <details
              data-testid="guidance-top"
              open={guidanceOpen}
              onToggle={(e) => setGuidanceOpen(e.currentTarget.open)}
              className="rounded-12 border-2 border-orange-800 bg-orange-50 min-[1200px]:hidden"
            >
              <summary className="cursor-pointer px-5 py-2.5 text-std-17B-170 text-solid-gray-900">
                {t("ui-report-guidance-summary", { category: t(CATEGORY_IDS[category]) })}
              </summary>
              <div className="px-5 pb-3">
                <GuidanceBody category={category} guidance={options.guidance} testId="guidance-top-body" />
              </div>
            </details>
          )}

          <form
            ref={root}
            noValidate
            onBlur={onBlur}
            onSubmit={(e) => {
              e.preventDefault();
              if (step === STEP_COUNT) void submit();
              else void next();
            }}
            className="rounded-12 border border-solid-gray-420 bg-white p-6 sm:p-8"
          >
            <p className="text-dns-14N-130 text-solid-gray-700">
              {t("ui-wizard-step-of", { current: step, total: STEP_COUNT })}
            </p>
            <h2
              ref={stepHeading}
              tabIndex={-1}
              data-testid="report-step-title"
              className="mt-1 text-std-24B-150 text-solid-gray-900 focus:shadow-none focus:outline-none"
            >
              {stepTitle(t, step)}
            </h2>
            <p className="mt-2 text-std-16N-170 text-solid-gray-800">{stepIntro(t, step)}</p>

            {generalError && (
              <div className="mt-4">
                <ErrorAlert error={generalError} />
              </div>
            )}
            {shown.length > 0 && (
              <div
                role="alert"
                data-testid="report-error-summary"
                className="mt-4 rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3"
              >
                <p className="text-std-16B-170 text-error-2">{t("ui-form-check-errors")}</p>
                <ul className="mt-1 list-disc space-y-1 pl-6">
                  {shown.map((i) => (
                    <li key={`${i.field}-${i.messageId}`}>
                      <a
                        href={`#${i.field}`}
                        onClick={(e) => {
                          e.preventDefault();
                          requestFocus(i.field);
                        }}
                        className="text-std-16N-170 text-error-2 underline"
                      >
                        {issueText(i)}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}

            <div className="mt-6 space-y-8">
              {step === 1 && (
                <>
                  <RadioGroup
                    legend={labels.source}
                    name="source"
                    field="source"
                    required
                    value={form.source}
                    onValue={(v) => update(withSource(formRef.current, v, options.me), true)}
                    error={fe("source")}
                    options={REPORT_SOURCES.map((s) => ({ value: s, label: t(REPORT_SOURCE_IDS[s]), testId: `report-source-${s}` }))}
                  />
                  <fieldset aria-describedby={fe("symptoms") ? "report-symptoms-hint report-symptoms-error" : "report-symptoms-hint"}>
                    <legend className="text-std-16B-170 text-solid-gray-900">{labels.symptoms}</legend>
                    <p id="report-symptoms-hint" className="mt-1 text-dns-16N-130 text-solid-gray-700">
                      {t("ui-report-symptoms-hint")}
                    </p>
                    <div className="mt-2 space-y-2">
                      {SYMPTOMS.map((s, i) => (
                        <Checkbox
                          key={s}
                          field={i === 0 ? "symptoms" : undefined}
                          data-testid={`report-symptom-${s}`}
                          label={t(SYMPTOM_IDS[s])}
                          checked={form.symptoms.includes(s)}
                          onChecked={(on) => toggleSymptom(s, on)}
                        />
                      ))}
                    </div>
                    <FieldError id="report-symptoms-error" message={fe("symptoms")} />
                  </fieldset>
                  <div>
                    <RadioGroup
                      legend={labels.category}
                      name="category"
                      field="category"
                      required
                      value={form.category}
                      onValue={(v) => setValue("category", v, true)}
                      hint={
                        suggested.length > 0
                          ? t("ui-report-suggestion", { category: suggested.map((c) => t(CATEGORY_IDS[c])).join("、") })
                          : t("ui-report-category-hint")
                      }
                      error={fe("category")}
                      optionsClassName="grid gap-x-6 gap-y-3 xl:grid-cols-2"
                      options={CATEGORIES.map((c) => ({
                        value: categoryCode(c),
                        testId: `report-category-${categoryCode(c)}`,
                        label: (
                          <>
                            <span className="font-bold">{t(CATEGORY_IDS[c])}</span>
                            {suggested.includes(c) && (
                              <span className="ml-2 inline-block rounded-4 border border-blue-900 bg-blue-50 px-1.5 py-0.5 align-[0.1em] text-dns-14B-120 text-blue-1100">
                                {t("ui-report-suggested")}
                              </span>
                            )}
                          </>
                        ),
                        hint: t(CATEGORY_HINT_IDS[c]),
                      }))}
                    />
                    {category && <div className="mt-6 min-[1200px]:hidden">{guidance("guidance-inline")}</div>}
                  </div>
                  <TextAreaField
                    label={labels.whatHappened}
                    field="whatHappened"
                    data-testid="report-what-happened"
                    required
                    rows={5}
                    value={form.whatHappened}
                    onValue={(v) => setValue("whatHappened", v)}
                    hint={t("ui-report-what-happened-hint")}
                    error={fe("whatHappened")}
                  />
                </>
              )}

              {step === 2 && (
                <>
                  <TextField
                    type="datetime-local"
                    label={labels.noticedAt}
                    field="noticedAt"
                    data-testid="report-noticed-at"
                    required
                    value={form.noticedAt}
                    onValue={(v) => setValue("noticedAt", v)}
                    hint={t("ui-report-noticed-hint")}
                    error={fe("noticedAt")}
                    inputClassName="max-w-[20em]"
                  />
                  <TextField
                    type="datetime-local"
                    label={labels.occurredAt}
                    field="occurredAt"
                    data-testid="report-occurred-at"
                    value={form.occurredAt}
                    onValue={(v) => setValue("occurredAt", v)}
                    hint={t("ui-report-occurred-hint")}
                    error={fe("occurredAt")}
                    inputClassName="max-w-[20em]"
                  />
                  <TextField
                    label={labels.occurredNote}
                    field="occurredNote"
                    data-testid="report-occurred-note"
                    value={form.occurredNote}
                    onValue={(v) => setValue("occurredNote", v)}
                    hint={t("ui-report-occurred-note-hint")}
                    error={fe("occurredNote")}
                  />
                </>
              )}

              {step === 3 && (
                <>
                  <OptionSelect
                    label={labels.departmentId}
                    field="departmentId"
                    testId="report-department"
                    value={form.departmentId}
                    onValue={(v) => setValue("departmentId", v, true)}
                    options={options.departments}
                    emptyLabel={t("ui-form-select-placeholder")}
                    hint={t("ui-report-department-hint")}
                    error={fe("departmentId")}
                  />
                  <TextField
                    label={labels.device}
                    field="device"
                    data-testid="report-device"
                    value={form.device}
                    onValue={(v) => setValue("device", v)}
                    hint={t("ui-report-device-hint")}
                    error={fe("device")}
                  />
                  <OptionSelect
                    label={labels.systemId}
                    field="systemId"
                    testId="report-system"
                    value={form.systemId}
                    onValue={(v) => {
                      const system = options.systems.find((s) => s.id === v);
                      update(
                        system?.networkSegment ? { systemId: v, networkSegment: segmentCode(system.networkSegment) } : { systemId: v },
                        true,
                      );
                    }}
                    options={options.systems}
                    grouped
                    emptyLabel={t("ui-report-system-none")}
                    hint={t("ui-report-system-hint")}
                    error={fe("systemId")}
                  />
                  <RadioGroup
                    legend={labels.networkSegment}
                    name="networkSegment"
                    field="networkSegment"
                    value={form.networkSegment}
                    onValue={(v) => setValue("networkSegment", v, true)}
                    hint={t("ui-report-segment-hint")}
                    error={fe("networkSegment")}
                    options={[
                      ...NETWORK_SEGMENTS.map((s) => ({
                        value: segmentCode(s),
                        label: t(NETWORK_SEGMENT_IDS[s]),
                        testId: `report-segment-${segmentCode(s)}`,
                      })),
                      { value: "unknown", label: t("tri-state-unknown"), testId: "report-segment-unknown" },
                    ]}
                  />
                </>
              )}

              {step === 4 && (
                <>
                  <ClassLevelSelect
                    label={labels.classLevelId}
                    value={form.classLevelId}
                    onValue={(v) => setValue("classLevelId", v, true)}
                    options={options.classLevels}
                    unknownLabel={t("tri-state-unknown")}
                    hint={t("ui-report-class-hint")}
                    error={fe("classLevelId")}
                  />
                  <RadioGroup
                    legend={labels.personalInfo}
                    name="personalInfo"
                    field="personalInfo"
                    required
                    value={form.personalInfo}
                    onValue={(v) => setValue("personalInfo", v, true)}
                    hint={t("ui-report-personal-info-hint")}
                    error={fe("personalInfo")}
                    optionsClassName="flex flex-wrap gap-x-8 gap-y-2"
                    options={TRI_STATES.map((s) => ({ value: s, label: t(TRI_STATE_IDS[s]), testId: `report-personal-info-${s}` }))}
                  />
                  <RadioGroup
                    legend={labels.myNumber}
                    name="myNumber"
                    field="myNumber"
                    required
                    value={form.myNumber}
                    onValue={(v) => setValue("myNumber", v, true)}
                    hint={t("ui-report-my-number-hint")}
                    error={fe("myNumber")}
                    optionsClassName="flex flex-wrap gap-x-8 gap-y-2"
                    options={TRI_STATES.map((s) => ({ value: s, label: t(TRI_STATE_IDS[s]), testId: `report-my-number-${s}` }))}
                  />
                  <TextField
                    label={labels.maxPersons}
                    field="maxPersons"
                    data-testid="report-max-persons"
                    inputMode="numeric"
                    value={form.maxPersons}
                    onValue={(v) => setValue("maxPersons", v)}
                    hint={t("ui-report-persons-hint")}
                    error={fe("maxPersons")}
                    inputClassName="max-w-[20em]"
                  />
                  <RadioGroup
                    legend={labels.medium}
                    name="medium"
                    field="medium"
                    value={form.medium}
                    onValue={(v) => setValue("medium", v, true)}
                    error={fe("medium")}
                    optionsClassName="flex flex-wrap gap-x-8 gap-y-2"
                    options={MEDIA.map((m) => ({ value: m, label: t(MEDIUM_IDS[m]), testId: `report-medium-${m}` }))}
                  />
                </>
              )}

              {step === 5 && (
                <TextAreaField
                  label={labels.actionsTaken}
                  field="actionsTaken"
                  data-testid="report-actions-taken"
                  rows={6}
                  value={form.actionsTaken}
                  onValue={(v) => setValue("actionsTaken", v)}
                  hint={t("ui-report-actions-hint")}
                  error={fe("actionsTaken")}
                />
              )}

              {step === 6 && (
                <>
                  {relayed ? (
                    <p
                      data-testid="report-entered-by"
                      className="rounded-8 border border-blue-900 bg-blue-50 px-4 py-3 text-std-16N-170 text-solid-gray-900"
                    >
                      {t("ui-report-entered-by", { name: userName })}
                    </p>
                  ) : null}
                  <TextField
                    label={labels.reporterName}
                    field="reporterName"
                    data-testid="report-reporter-name"
                    required
                    value={form.reporterName}
                    onValue={(v) => setValue("reporterName", v)}
                    error={fe("reporterName")}
                    autoComplete={relayed ? "off" : "name"}
                  />
                  {relayed && (
                    <TextField
                      label={labels.relayOrg}
                      field="relayOrg"
                      data-testid="report-relay-org"
                      required={form.source === "contractor"}
                      value={form.relayOrg}
                      onValue={(v) => setValue("relayOrg", v)}
                      hint={t("ui-report-relay-org-hint")}
                      error={fe("relayOrg")}
                    />
                  )}
                  <p className="text-std-16N-170 text-solid-gray-800">{t("ui-report-contact-rule")}</p>
                  <div className="space-y-6">
                    <TextField
                      type="tel"
                      label={labels.reporterPhone}
                      field="reporterPhone"
                      data-testid="report-reporter-phone"
                      value={form.reporterPhone}
                      onValue={(v) => setValue("reporterPhone", v)}
                      hint={t("ui-phone-hint")}
                      error={fe("reporterPhone")}
                      inputClassName="max-w-[20em]"
                    />
                    <TextField
                      type="email"
                      label={labels.reporterEmail}
                      field="reporterEmail"
                      data-testid="report-reporter-email"
                      value={form.reporterEmail}
                      onValue={(v) => setValue("reporterEmail", v)}
                      error={fe("reporterEmail")}
                    />
                  </div>
                  <TextField
                    label={labels.reporterReachability}
                    field="reporterReachability"
                    data-testid="report-reachability"
                    value={form.reporterReachability}
                    onValue={(v) => setValue("reporterReachability", v)}
                    hint={t("ui-report-reachability-hint")}
                    error={fe("reporterReachability")}
                  />
                  {relayed && (
                    <>
                      <RadioGroup
                        legend={labels.relayChannel}
                        name="relayChannel"
                        field="relayChannel"
                        required
                        value={form.relayChannel}
                        onValue={(v) => setValue("relayChannel", v, true)}
                        error={fe("relayChannel")}
                        optionsClassName="flex flex-wrap gap-x-8 gap-y-2"
                        options={RELAY_CHANNELS.map((c) => ({ value: c, label: t(RELAY_CHANNEL_IDS[c]), testId: `report-channel-${c}` }))}
                      />
                      <TextField
                        type="datetime-local"
                        label={labels.relayReceivedAt}
                        field="relayReceivedAt"
                        data-testid="report-relay-received-at"
                        required
                        value={form.relayReceivedAt}
                        onValue={(v) => setValue("relayReceivedAt", v)}
                        error={fe("relayReceivedAt")}
                        inputClassName="max-w-[20em]"
                      />
                    </>
                  )}
                </>
              )}

              {step === 7 && (
                <ReviewStep
                  form={form}
                  options={options}
                  labels={labels}
                  issues={issues}
                  issueText={issueText}
                  onEdit={(s) => {
                    setChecked((c) => new Set([...c, s]));
                    goTo(s);
                  }}
                />
              )}
            </div>

            <div className="mt-10 flex flex-wrap items-center gap-4 border-t border-solid-gray-200 pt-6">
              {step < STEP_COUNT ? (
                <Button type="submit" data-testid="report-next" disabled={busy} aria-busy={busy}>
                  {t("ui-wizard-next")}
                </Button>
              ) : (
                <Button type="submit" data-testid="report-submit" disabled={busy} aria-busy={busy}>
                  {busy ? t("ui-report-submitting") : t("ui-report-submit")}
                </Button>
              )}
              {step > 1 && (
                <Button variant="secondary" data-testid="report-back" disabled={busy} onClick={() => goTo(step - 1)}>
                  {t("ui-wizard-back")}
                </Button>
              )}
              <DraftStatus savedAt={savedAt} error={saveError} />
            </div>
          </form>
        </div>

        {category && (
          <aside className="hidden min-[1200px]:sticky min-[1200px]:top-4 min-[1200px]:block">{guidance("guidance-side")}</aside>
        )}
      </div>
    </section>
  );
}

/** The step indicator: where the reporter is, and links back to the steps already reached. */
function StepNav({ step, reached, onGo, disabled }: { step: number; reached: number; onGo: (s: number) => void; disabled: boolean }) {
  const t = useT();
  return (
    <nav aria-label={t("ui-report-steps-label")}>
      <ol className="flex flex-wrap gap-2" data-testid="report-steps">
        {STEPS.map((s) => {
          const state = s === step ? "current" : s <= reached ? "done" : "todo";
          const content = (
            <>
              <span className="tabular-nums">{s}</span>
              <span>{stepTitle(t, s)}</span>
              {state === "done" && s < step && <span className="sr-only">{t("ui-wizard-step-done")}</span>}
            </>
          );
          const cls =
            "flex items-center gap-2 rounded-full border px-3 py-1.5 text-dns-14B-120 " +
            (state === "current"
              ? "border-blue-900 bg-blue-900 text-white"
              : state === "done"
                ? "border-blue-900 bg-blue-50 text-blue-1000"
                : "border-solid-gray-420 bg-white text-solid-gray-700");
          return (
            <li key={s} aria-current={s === step ? "step" : undefined} data-state={state}>
              {state === "done" ? (
                <button
                  type="button"
                  data-testid={`report-step-link-${s}`}
                  disabled={disabled}
                  onClick={() => onGo(s)}
                  className={`${cls} underline-offset-[calc(3/16*1rem)] hover:underline`}
                >
                  {content}
                </button>
              ) : (
                <span className={cls}>{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** 下書きを保存しました HH:MM, or a quiet note that saving failed (what was typed stays). */
function DraftStatus({ savedAt, error }: { savedAt: string | null; error: ApiError | null }) {
  const t = useT();
  return (
    <p role="status" data-testid="report-draft-status" className="ml-auto text-dns-14N-130 text-solid-gray-700">
      {error
        ? t("ui-report-draft-failed")
        : savedAt
          ? t("ui-report-draft-saved", { time: jstTime(savedAt) })
          : t("ui-report-autosave-note")}
    </p>
  );
}

interface OptionSelectProps {
  label: string;
  field: FormField;
  testId: string;
  value: string;
  onValue: (value: string) => void;
  options: readonly OptionDto[];
  /** Group the options by their `group` (systems by department) in <optgroup>s. */
  grouped?: boolean;
  emptyLabel: string;
  hint?: ReactNode;
  error: string | null;
}

/** A select over departments or systems; an id no longer offered is kept and shown as is. */
function OptionSelect({ label, field, testId, value, onValue, options, grouped, emptyLabel, hint, error }: OptionSelectProps) {
  const known = value === "" || options.some((o) => o.id === value);
  const groups = new Map<string, OptionDto[]>();
  for (const o of options) {
    const g = grouped ? (o.group ?? "") : "";
    groups.set(g, [...(groups.get(g) ?? []), o]);
  }
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <select
          id={id}
          data-field={field}
          data-testid={testId}
          value={value}
          onChange={(e) => onValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={
            "block w-full rounded-8 border bg-white px-4 py-3 pr-10 text-std-16N-170 text-solid-gray-900 hover:border-black " +
            (error ? "border-2 border-error-1" : "border-solid-gray-600")
          }
        >
          <option value="">{emptyLabel}</option>
          {!known && <option value={value}>{value}</option>}
          {[...groups].map(([group, list]) =>
            grouped && group ? (
              <optgroup key={group} label={group}>
                {list.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ) : (
              list.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))
            ),
          )}
        </select>
      )}
    </FieldShell>
  );
}

interface ClassLevelSelectProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  options: readonly OptionDto[];
  unknownLabel: string;
  hint: string;
  error: string | null;
}

/** The organization's classification levels; "わからない" is the empty choice. */
function ClassLevelSelect({ label, value, onValue, options, unknownLabel, hint, error }: ClassLevelSelectProps) {
  // Only the confidentiality levels (or 情報区分) say how sensitive the information is.
  const levels = options.filter((o) => o.group === "confidentiality" || o.group === "category");
  return (
    <OptionSelect
      label={label}
      field="classLevelId"
      testId="report-class-level"
      value={value}
      onValue={onValue}
      options={levels.length > 0 ? levels : options}
      emptyLabel={unknownLabel}
      hint={hint}
      error={error}
    />
  );
}

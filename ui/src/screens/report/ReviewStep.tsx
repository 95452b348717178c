// Step 7 of the report wizard: everything on one page, step by step, with a 修正 link to each
// step, and whatever the backend still finds wrong.

import { useId } from "react";
import type { ReactNode } from "react";
import type { FieldIssueDto } from "../../bindings/FieldIssueDto";
import type { ReportFormDto } from "../../bindings/ReportFormDto";
import type { ReportOptionsDto } from "../../bindings/ReportOptionsDto";
import {
  CATEGORY_IDS,
  MEDIA,
  MEDIUM_IDS,
  NETWORK_SEGMENT_IDS,
  RELAY_CHANNEL_IDS,
  RELAY_CHANNELS,
  REPORT_SOURCE_IDS,
  REPORT_SOURCES,
  SYMPTOM_IDS,
  SYMPTOMS,
  TRI_STATE_IDS,
  TRI_STATES,
} from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { categoryOf, FIELD_STEP, segmentOf, showLocal, STEP_COUNT, STEPS, stepTitle, type FormField } from "./form";

interface Props {
  form: ReportFormDto;
  options: ReportOptionsDto;
  labels: Record<FormField, string>;
  issues: readonly FieldIssueDto[];
  issueText: (issue: FieldIssueDto) => string;
  onEdit: (step: number) => void;
}

/** The member of `codes` that `value` is, if any. */
function known<C extends string>(codes: readonly C[], value: string): C | undefined {
  return codes.find((c) => c === value.trim());
}

export function ReviewStep({ form, options, labels, issues, issueText, onEdit }: Props) {
  const t = useT();
  const relayed = form.source !== "staff" && form.source !== "";
  const empty = t("ui-report-review-empty");

  const source = known(REPORT_SOURCES, form.source);
  const triState = (value: string) => {
    const v = known(TRI_STATES, value);
    return v ? t(TRI_STATE_IDS[v]) : value;
  };
  const medium = known(MEDIA, form.medium);
  const channel = known(RELAY_CHANNELS, form.relayChannel);
  const optionLabel = (list: readonly { id: string; label: string }[], id: string) =>
    list.find((o) => o.id === id)?.label ?? id;

  const category = categoryOf(form.category);
  const segment = segmentOf(form.networkSegment);

  /** What each field shows; empty means not given. */
  const shown: Record<FormField, ReactNode> = {
    source: source ? t(REPORT_SOURCE_IDS[source]) : form.source,
    symptoms: form.symptoms.length ? (
      <ul className="list-disc pl-6">
        {form.symptoms.map((s) => {
          const symptom = known(SYMPTOMS, s);
          return <li key={s}>{symptom ? t(SYMPTOM_IDS[symptom]) : s}</li>;
        })}
      </ul>
    ) : (
      ""
    ),
    category: category ? t(CATEGORY_IDS[category]) : form.category,
    whatHappened: form.whatHappened,
    noticedAt: showLocal(form.noticedAt),
    occurredAt: showLocal(form.occurredAt),
    occurredNote: form.occurredNote,
    departmentId: form.departmentId ? optionLabel(options.departments, form.departmentId) : "",
    device: form.device,
    systemId: form.systemId ? optionLabel(options.systems, form.systemId) : "",
    networkSegment: segment
      ? t(NETWORK_SEGMENT_IDS[segment])
      : form.networkSegment === "unknown"
        ? t("tri-state-unknown")
        : form.networkSegment,
    classLevelId: form.classLevelId ? optionLabel(options.classLevels, form.classLevelId) : t("tri-state-unknown"),
    personalInfo: triState(form.personalInfo),
    myNumber: triState(form.myNumber),
    maxPersons: form.maxPersons,
    medium: medium ? t(MEDIUM_IDS[medium]) : form.medium,
    actionsTaken: form.actionsTaken,
    reporterName: form.reporterName,
    reporterPhone: form.reporterPhone,
    reporterEmail: form.reporterEmail,
    reporterReachability: form.reporterReachability,
    relayOrg: form.relayOrg,
    relayChannel: channel ? t(RELAY_CHANNEL_IDS[channel]) : form.relayChannel,
    relayReceivedAt: showLocal(form.relayReceivedAt),
  };

  const relayFields: readonly FormField[] = ["relayOrg", "relayChannel", "relayReceivedAt"];
  const fieldsOf = (step: number) =>
    (Object.keys(FIELD_STEP) as FormField[]).filter((f) => FIELD_STEP[f] === step && (relayed || !relayFields.includes(f)));

  return (
    <div data-testid="report-review" className="space-y-8">
      {issues.length > 0 && (
        <div data-testid="report-review-issues" className="rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3">
          <p className="text-std-16B-170 text-error-2">{t("ui-report-review-issues")}</p>
          <ul className="mt-1 space-y-1">
            {issues.map((i) => (
              <li key={`${i.field}-${i.messageId}`} className="flex flex-wrap items-baseline gap-x-3 text-std-16N-170 text-solid-gray-900">
                <span>{issueText(i)}</span>
                <button
                  type="button"
                  onClick={() => onEdit(i.step)}
                  className="text-std-16N-170 text-blue-1000 underline hover:decoration-2"
                >
                  {t("ui-report-review-edit-step", { step: stepTitle(t, i.step) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {STEPS.filter((s) => s < STEP_COUNT).map((s) => (
        <ReviewSection key={s} step={s} onEdit={() => onEdit(s)}>
          {fieldsOf(s).map((f) => {
            const value = shown[f];
            const isEmpty = value === "" || value === null;
            return (
              <div key={f} data-testid={`review-${f}`} className="grid gap-1 py-2 sm:grid-cols-[14em_minmax(0,1fr)] sm:gap-4">
                <dt className="text-dns-16B-130 text-solid-gray-800">{labels[f]}</dt>
                <dd className={`min-w-0 whitespace-pre-wrap break-words text-std-16N-170 ${isEmpty ? "text-solid-gray-536" : "text-solid-gray-900"}`}>
                  {isEmpty ? empty : value}
                </dd>
              </div>
            );
          })}
        </ReviewSection>
      ))}
    </div>
  );
}

function ReviewSection({ step, onEdit, children }: { step: number; onEdit: () => void; children: ReactNode }) {
  const t = useT();
  const titleId = useId();
  const title = stepTitle(t, step);
  return (
    <section aria-labelledby={titleId} data-testid={`review-step-${step}`} className="rounded-8 border border-solid-gray-420 px-5 py-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3 border-b border-solid-gray-200 pb-2">
        <h3 id={titleId} className="text-std-20B-150 text-solid-gray-900">
          <span className="mr-2 tabular-nums">{step}</span>
          {title}
        </h3>
        <button
          type="button"
          data-testid={`review-edit-${step}`}
          aria-label={t("ui-report-review-edit-step", { step: title })}
          onClick={onEdit}
          className="text-std-16N-170 text-blue-1000 underline hover:decoration-2"
        >
          {t("ui-report-review-edit")}
        </button>
      </div>
      <dl className="divide-y divide-solid-gray-200">{children}</dl>
    </section>
  );
}

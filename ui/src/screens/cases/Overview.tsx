// 概要・トリアージ: what the case is, the workflow's next moves (and what each still needs), the
// 第一報 to the CISO with its countdown, and the triage form (000 §5.3(3)①②).
//
// data-testid:
//   case-overview                 the section
//   case-moves                    the moves block; move-<move> a move's button (only permitted moves)
//   move-missing-<move>           what a move still needs (one li per condition, data-missing=<code>)
//   move-reason-<move>            the reason a move asks for (notIncident, stepBack, reopen)
//   move-confirm-<move> / move-cancel-<move>
//   move-refusal                  the refusal of a move, with move-refusal-missing (li, data-missing)
//   case-no-moves                 no move is open to the user
//   ciso-box                      the 第一報 box (data-overdue, data-informed)
//   ciso-due / ciso-countdown / ciso-informed
//   ciso-at / ciso-note / ciso-record
//   triage-form                   the triage form
//   triage-incident-yes / triage-incident-no / triage-incident-unknown
//   triage-rationale / triage-impact / triage-severity / triage-handler / triage-save

import { useSeverityLabel } from "../../l10n/severity";
import { useEffect, useId, useState } from "react";
import type { CaseMove } from "../../bindings/CaseMove";
import type { MissingCondition } from "../../bindings/MissingCondition";
import type { Severity } from "../../bindings/Severity";
import { toApiError } from "../../backend";
import type { ApiError } from "../../bindings/ApiError";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { RadioGroup, SelectField, TextAreaField, TextField } from "../../components/Form";
import { CASE_MOVE_IDS, MISSING_IDS, SEVERITIES } from "../../l10n/labels";
import { useErrorText, useT } from "../../l10n/useT";
import { Links } from "./Links";
import { Block, nowLocal, peopleOptions, Time, useCaseForm, useNow, type SectionProps } from "./shared";

/** Moves that ask for a reason before they are sent. */
const REASON_MOVES: readonly CaseMove[] = ["notIncident", "stepBack", "reopen"];

/** `open_tasks` (the codes of `args.missing`) → `openTasks`. */
function missingOf(error: ApiError): MissingCondition[] {
  const codes = (error.args.missing ?? "").split(",").filter(Boolean);
  return codes.map((c) => c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase()) as MissingCondition).filter((c) => c in MISSING_IDS);
}

export function Overview(props: SectionProps) {
  const { detail } = props;
  return (
    <div data-testid="case-overview" className="space-y-10">
      <Moves {...props} />
      {(detail.cisoReportDueAt !== null || detail.cisoInformedAt !== null) && <CisoBox {...props} />}
      <Triage key={`${detail.summary.id}:${String(detail.isIncident)}`} {...props} />
      <Links {...props} />
    </div>
  );
}

function MissingList({ missing, testId }: { missing: readonly MissingCondition[]; testId: string }) {
  const t = useT();
  return (
    <ul data-testid={testId} className="mt-2 list-disc space-y-1 pl-6 text-std-16N-170 text-solid-gray-900">
      {missing.map((m) => (
        <li key={m} data-missing={m}>
          {t(MISSING_IDS[m])}
        </li>
      ))}
    </ul>
  );
}

function Moves({ backend, detail, onChange, onStatus }: SectionProps) {
  const t = useT();
  const errorText = useErrorText();
  const titleId = useId();
  const [asking, setAsking] = useState<CaseMove | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ move: CaseMove; missing: MissingCondition[] } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const moves = detail.moves.filter((m) => m.permitted);
  // A refusal describes the case as it was; any change to the case makes it stale.
  useEffect(() => setRefusal(null), [detail]);

  async function send(move: CaseMove, why: string) {
    setBusy(true);
    setError(null);
    setRefusal(null);
    setReasonError(null);
    try {
      const next = await backend.moveCase({ caseId: detail.summary.id, move, reason: why });
      setAsking(null);
      setReason("");
      onChange(next);
      onStatus(t("ui-case-moved", { move: t(CASE_MOVE_IDS[move]) }));
    } catch (e) {
      const err = toApiError(e);
      if (err.messageId === "error-case-move-missing") {
        const missing = missingOf(err);
        if (err.field === "reason" && asking === move) {
          setReasonError(errorText(err, t("ui-case-move-reason")));
          const rest = missing.filter((m) => m !== "reason");
          if (rest.length) setRefusal({ move, missing: rest });
        } else {
          setRefusal({ move, missing });
        }
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Block title={t("ui-case-moves-title")} titleId={titleId} testId="case-moves">
      {error && <ErrorAlert error={error} />}
      {refusal && (
        <div role="alert" data-testid="move-refusal" className="rounded-8 border-2 border-error-1 bg-red-50 px-6 py-4">
          <p className="text-std-16B-170 text-error-2">
            {t("ui-case-move-refused", { move: t(CASE_MOVE_IDS[refusal.move]) })}
          </p>
          <MissingList missing={refusal.missing} testId="move-refusal-missing" />
        </div>
      )}
      {moves.length === 0 ? (
        <p data-testid="case-no-moves" className="text-std-16N-170 text-solid-gray-700">
          {t("ui-case-no-moves")}
        </p>
      ) : (
        <ul className="space-y-4">
          {moves.map((m) => {
            const needsReason = REASON_MOVES.includes(m.move);
            return (
              <li key={m.move} className="rounded-8 border border-solid-gray-420 p-4">
                <div className="flex flex-wrap items-center gap-4">
                  <Button
                    variant={m.missing.length === 0 && !needsReason ? "primary" : "secondary"}
                    data-testid={`move-${m.move}`}
                    disabled={busy}
                    aria-expanded={needsReason ? asking === m.move : undefined}
                    onClick={() => {
                      if (needsReason) {
                        setAsking(asking === m.move ? null : m.move);
                        setReasonError(null);
                      } else {
                        void send(m.move, "");
                      }
                    }}
                  >
                    {t(CASE_MOVE_IDS[m.move])}
                  </Button>
                  {m.missing.length === 0 && !needsReason && (
                    <span className="text-dns-14N-130 text-solid-gray-700">{t("ui-case-move-ready")}</span>
                  )}
                </div>
                {m.missing.length > 0 && (
                  <div className="mt-3">
                    <p className="text-std-16B-170 text-solid-gray-800">{t("ui-case-move-missing-title")}</p>
                    <MissingList missing={m.missing} testId={`move-missing-${m.move}`} />
                  </div>
                )}
                {asking === m.move && (
                  <form
                    noValidate
                    className="mt-4 space-y-4"
                    onSubmit={(e) => {
                      e.preventDefault();
                      // 非該当 may rest on the triage rationale alone (as the backend's guard allows).
                      const rationaleServes = m.move === "notIncident" && detail.triageRationale.trim() !== "";
                      if (!reason.trim() && !rationaleServes) {
                        setReasonError(t("ui-form-required-message", { field: t("ui-case-move-reason") }));
                        return;
                      }
                      void send(m.move, reason);
                    }}
                  >
                    <TextAreaField
                      label={t("ui-case-move-reason")}
                      field="reason"
                      data-testid={`move-reason-${m.move}`}
                      required
                      value={reason}
                      onValue={setReason}
                      hint={t("ui-case-move-reason-hint")}
                      error={reasonError}
                      autoFocus
                    />
                    <div className="flex flex-wrap gap-3">
                      <Button type="submit" data-testid={`move-confirm-${m.move}`} disabled={busy} aria-busy={busy}>
                        {t(CASE_MOVE_IDS[m.move])}
                      </Button>
                      <Button variant="secondary" data-testid={`move-cancel-${m.move}`} onClick={() => setAsking(null)}>
                        {t("ui-cancel")}
                      </Button>
                    </div>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Block>
  );
}

/** Minutes between now and `due`, split for the countdown message. */
function span(ms: number): { hours: number; minutes: number } {
  const total = Math.max(0, Math.floor(ms / 60_000));
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

function CisoBox({ backend, detail, onChange, onStatus, editable }: SectionProps) {
  const t = useT();
  const titleId = useId();
  const now = useNow(15_000);
  const form = useCaseForm();
  const [at, setAt] = useState(() => nowLocal());
  const [note, setNote] = useState("");
  const informed = detail.cisoInformedAt;
  const due = detail.cisoReportDueAt;
  const dueMs = due ? Date.parse(due) : null;
  const overdue = !informed && dueMs !== null && dueMs < now;
  const labels = { at: t("ui-case-ciso-at"), note: t("ui-case-ciso-note") };

  return (
    <section
      aria-labelledby={titleId}
      data-testid="ciso-box"
      data-overdue={overdue}
      data-informed={informed !== null}
      className={
        "rounded-8 border-2 px-6 py-5 " +
        (informed ? "border-green-900 bg-green-50" : overdue ? "border-error-1 bg-red-50" : "border-yellow-700 bg-yellow-50")
      }
    >
      <h3 id={titleId} className="text-std-20B-150 text-solid-gray-900">
        {t("ui-case-ciso-title")}
      </h3>
      <dl className="mt-2 space-y-1 text-std-16N-170">
        {due && (
          <div className="flex flex-wrap gap-x-3">
            <dt className="text-solid-gray-700">{t("ui-case-ciso-due")}</dt>
            <dd>
              <Time at={due} testId="ciso-due" />
            </dd>
          </div>
        )}
        {informed ? (
          <div className="flex flex-wrap gap-x-3">
            <dt className="text-solid-gray-700">{t("ui-case-ciso-informed-at")}</dt>
            <dd data-testid="ciso-informed" className="font-bold text-green-1100">
              <Time at={informed} /> {t("ui-case-ciso-informed")}
            </dd>
          </div>
        ) : (
          dueMs !== null && (
            <div className="flex flex-wrap gap-x-3">
              <dt className="text-solid-gray-700">{t("ui-case-ciso-remaining-label")}</dt>
              <dd data-testid="ciso-countdown" className={overdue ? "font-bold text-error-1" : "font-bold text-solid-gray-900"}>
                {overdue ? t("ui-case-ciso-overdue", span(now - dueMs)) : t("ui-case-ciso-remaining", span(dueMs - now))}
              </dd>
            </div>
          )
        )}
      </dl>
      {!informed && editable && (
        <div ref={form.root}>
          <form
            noValidate
            className="mt-4 space-y-4"
            onSubmit={(e) => {
              e.preventDefault();
              void form.submit(() => backend.recordCisoReport({ caseId: detail.summary.id, at, note }), labels, (next) => {
                onChange(next);
                onStatus(t("ui-case-ciso-recorded"));
              });
            }}
          >
            {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
            <div className="grid gap-4 md:grid-cols-[auto_1fr]">
              <TextField
                label={labels.at}
                field="at"
                type="datetime-local"
                data-testid="ciso-at"
                required
                value={at}
                onValue={setAt}
                error={form.errors.fieldErrors.at}
              />
              <TextField
                label={labels.note}
                field="note"
                data-testid="ciso-note"
                value={note}
                onValue={setNote}
                hint={t("ui-case-ciso-note-hint")}
                error={form.errors.fieldErrors.note}
              />
            </div>
            <Button type="submit" data-testid="ciso-record" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-case-ciso-record")}
            </Button>
          </form>
        </div>
      )}
    </section>
  );
}

type Incident = "yes" | "no" | "unknown";

function Triage({ backend, detail, onChange, onStatus, people, editable }: SectionProps) {
  const t = useT();
  const severityLabel = useSeverityLabel();
  const titleId = useId();
  const form = useCaseForm();
  const [incident, setIncident] = useState<Incident>(detail.isIncident === null ? "unknown" : detail.isIncident ? "yes" : "no");
  const [rationale, setRationale] = useState(detail.triageRationale);
  const [impact, setImpact] = useState(detail.impact);
  const [severity, setSeverity] = useState<Severity | "">(detail.summary.severity ?? "");
  const [handler, setHandler] = useState(detail.handlerPersonId ?? "");
  const labels = {
    isIncident: t("ui-case-triage-incident"),
    rationale: t("ui-case-triage-rationale"),
    impact: t("ui-case-triage-impact"),
    severity: t("ui-case-triage-severity"),
    handlerPersonId: t("ui-case-triage-handler"),
  };
  const handlers = peopleOptions(people, true);
  if (detail.handlerPersonId && !handlers.some((h) => h.value === detail.handlerPersonId)) {
    handlers.push({ value: detail.handlerPersonId, label: detail.handlerName ?? detail.handlerPersonId });
  }

  return (
    <Block title={t("ui-case-triage-title")} titleId={titleId} testId="triage">
      <div ref={form.root}>
        <form
          data-testid="triage-form"
          noValidate
          className="space-y-6"
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit(
              () =>
                backend.triageCase({
                  caseId: detail.summary.id,
                  isIncident: incident === "unknown" ? null : incident === "yes",
                  rationale,
                  impact,
                  severity: severity || null,
                  handlerPersonId: handler || null,
                }),
              labels,
              (next) => {
                onChange(next);
                onStatus(t("ui-saved"));
              },
            );
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <fieldset disabled={!editable} className="space-y-6">
            <RadioGroup<Incident>
              legend={labels.isIncident}
              name="incident"
              field="isIncident"
              value={incident}
              onValue={setIncident}
              optionsClassName="flex flex-wrap gap-x-8 gap-y-2"
              options={[
                { value: "yes", label: t("ui-case-triage-incident-yes"), testId: "triage-incident-yes" },
                { value: "no", label: t("ui-case-triage-incident-no"), testId: "triage-incident-no" },
                { value: "unknown", label: t("ui-case-triage-incident-unknown"), testId: "triage-incident-unknown" },
              ]}
              error={form.errors.fieldErrors.isIncident}
            />
            <TextAreaField
              label={labels.rationale}
              field="rationale"
              data-testid="triage-rationale"
              value={rationale}
              onValue={setRationale}
              hint={t("ui-case-triage-rationale-hint")}
              error={form.errors.fieldErrors.rationale}
            />
            <TextAreaField
              label={labels.impact}
              field="impact"
              data-testid="triage-impact"
              value={impact}
              onValue={setImpact}
              hint={t("ui-case-triage-impact-hint")}
              error={form.errors.fieldErrors.impact}
            />
            <div className="grid gap-6 md:grid-cols-2">
              <SelectField
                label={labels.severity}
                field="severity"
                data-testid="triage-severity"
                value={severity}
                onValue={(v) => setSeverity(v as Severity | "")}
                options={[{ value: "", label: t("ui-case-triage-severity-unset") }, ...SEVERITIES.map((s) => ({ value: s, label: severityLabel(s) }))]}
                error={form.errors.fieldErrors.severity}
              />
              <SelectField
                label={labels.handlerPersonId}
                field="handlerPersonId"
                data-testid="triage-handler"
                value={handler}
                onValue={setHandler}
                options={[{ value: "", label: t("ui-not-set") }, ...handlers]}
                error={form.errors.fieldErrors.handlerPersonId}
              />
            </div>
          </fieldset>
          {editable && (
            <Button type="submit" data-testid="triage-save" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-case-triage-save")}
            </Button>
          )}
        </form>
      </div>
    </Block>
  );
}


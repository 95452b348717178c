// 研修 (issue 8): the 年度's plan and sessions, a session's attendance (typed or imported from a CSV),
// the 12-month alert of 特定個人情報 handlers (番号法施行令32条), the register of handlers, a person's
// history, and the annual report PDF. Reading needs ViewTraining; the forms show only to those who
// may write (ManageTraining), and the backend refuses the others anyway.

import { useCallback, useEffect, useId, useState } from "react";
import type { Backend } from "../../backend";
import type { TrainingPlanInput } from "../../bindings/TrainingPlanInput";
import type { TrainingSessionDto } from "../../bindings/TrainingSessionDto";
import type { TrainingYearDto } from "../../bindings/TrainingYearDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextAreaField, TextField } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { Badge, LinkButton, PageTitle, Panel, StatusLine, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { useFormErrors } from "../../components/useFormErrors";
import { useLoad } from "../../components/useLoad";
import { TRAINING_AUDIENCE_IDS, TRAINING_TOPIC_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { HandlersSection, HistorySection, TrainingAlertSection } from "./PeopleTraining";
import { SessionForm, SessionPanel } from "./SessionPanel";

interface Props {
  backend: Backend;
}

/** What the sessions area shows: the list, a new session's form, or one session. */
type SessionView = { kind: "list" } | { kind: "new"; makeupOf: TrainingSessionDto | null } | { kind: "open"; id: string };

export function TrainingPage({ backend }: Props) {
  const t = useT();
  const titleId = useId();
  const [year, setYear] = useState<number | null>(null);
  const load = useCallback(() => backend.trainingYear(year), [backend, year]);
  const loaded = useLoad(load);
  const [view, setView] = useState<SessionView>({ kind: "list" });
  // Bumped when attendance or handlers change, so the alert and history reload.
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => {
    setVersion((n) => n + 1);
    loaded.reload();
  }, [loaded]);

  if (!loaded.data) {
    return (
      <div data-testid="training" className="space-y-8">
        <PageTitle id={titleId} title={t("ui-nav-training")} />
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  const data = loaded.data;

  return (
    <div data-testid="training" className="space-y-10">
      <PageTitle id={titleId} title={t("ui-nav-training")} intro={t("ui-training-intro")} />
      <div className="max-w-xs">
        <SelectField
          label={t("ui-training-year")}
          field="fiscalYear"
          data-testid="training-year"
          value={String(data.fiscalYear)}
          onValue={(v) => {
            setView({ kind: "list" });
            setYear(Number(v));
          }}
          options={data.years.map((y) => ({ value: String(y), label: t("ui-training-year-label", { year: y }) }))}
        />
      </div>

      <PlanSection backend={backend} data={data} onSaved={(d) => loaded.setData(d)} />

      <section aria-labelledby={`${titleId}-sessions`} className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h2 id={`${titleId}-sessions`} className="text-std-24B-150 text-solid-gray-900">
            {t("ui-training-sessions")}
          </h2>
          {data.canManage && view.kind === "list" && (
            <Button data-testid="training-session-add" onClick={() => setView({ kind: "new", makeupOf: null })}>
              {t("ui-training-session-add")}
            </Button>
          )}
        </div>
        {view.kind === "new" && (
          <SessionForm
            backend={backend}
            initial={null}
            makeupOf={view.makeupOf}
            originals={data.sessions.filter((s) => s.makeupOf === null)}
            onSaved={(detail) => {
              changed();
              setView({ kind: "open", id: detail.session.id });
            }}
            onCancel={() => setView({ kind: "list" })}
          />
        )}
        {view.kind === "open" && (
          <SessionPanel
            key={view.id}
            backend={backend}
            sessionId={view.id}
            originals={data.sessions.filter((s) => s.makeupOf === null)}
            onChanged={changed}
            onOpen={(id) => setView({ kind: "open", id })}
            onMakeup={(original) => setView({ kind: "new", makeupOf: original })}
            onClose={() => setView({ kind: "list" })}
          />
        )}
        <SessionsTable sessions={data.sessions} onOpen={(id) => setView({ kind: "open", id })} />
      </section>

      <TrainingAlertSection key={`alert-${version}`} backend={backend} />
      <HandlersSection backend={backend} canManage={data.canManage} onChanged={() => setVersion((n) => n + 1)} />
      <HistorySection key={`history-${version}`} backend={backend} />
      <ReportSection backend={backend} fiscalYear={data.fiscalYear} />
    </div>
  );
}

function SessionsTable({ sessions, onOpen }: { sessions: TrainingSessionDto[]; onOpen: (id: string) => void }) {
  const t = useT();
  if (sessions.length === 0) {
    return (
      <p data-testid="training-sessions-empty" className="text-std-16N-170 text-solid-gray-700">
        {t("ui-training-sessions-none")}
      </p>
    );
  }
  return (
    <Table caption={t("ui-training-sessions")} testId="training-sessions">
      <thead className={THEAD}>
        <tr>
          <Th>{t("ui-training-held-on")}</Th>
          <Th>{t("ui-training-session-title")}</Th>
          <Th>{t("ui-training-topics")}</Th>
          <Th>{t("ui-training-audience")}</Th>
          <Th>{t("ui-training-attendance-count")}</Th>
          <Th>{t("ui-training-rate")}</Th>
          <Th>{t("ui-training-average")}</Th>
          <Th>
            <span className="sr-only">{t("ui-training-open")}</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.id} className={TROW} data-testid={`training-session-${s.id}`}>
            <Td className="whitespace-nowrap">{s.heldOn}</Td>
            <Td>
              {s.title}{" "}
              {s.makeupOf !== null && <Badge tone="info">{t("ui-training-makeup-badge")}</Badge>}{" "}
              {!s.held && <Badge>{t("ui-training-planned-badge")}</Badge>}
            </Td>
            <Td>{s.topics.map((x) => t(TRAINING_TOPIC_IDS[x])).join("、")}</Td>
            <Td>{t(TRAINING_AUDIENCE_IDS[s.audience])}</Td>
            <Td className="whitespace-nowrap">{s.held ? t("ui-training-attended-of", { attended: s.attended, recorded: s.attended + s.absent }) : "－"}</Td>
            <Td className="whitespace-nowrap">{s.attendanceRate === null ? "－" : t("ui-training-percent", { value: s.attendanceRate })}</Td>
            <Td className="whitespace-nowrap">{s.comprehensionAverage ?? "－"}</Td>
            <Td>
              <LinkButton testId={`training-session-open-${s.id}`} onClick={() => onOpen(s.id)} label={t("ui-training-open-label", { title: s.title })}>
                {t("ui-training-open")}
              </LinkButton>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function planInput(data: TrainingYearDto): TrainingPlanInput {
  const p = data.plan;
  return {
    fiscalYear: data.fiscalYear,
    title: p?.title ?? "",
    goals: p?.goals ?? "",
    content: p?.content ?? "",
    approvedOn: p?.approvedOn ?? "",
    approvedBy: p?.approvedBy ?? "",
  };
}

function PlanSection({ backend, data, onSaved }: { backend: Backend; data: TrainingYearDto; onSaved: (d: TrainingYearDto) => void }) {
  const t = useT();
  const titleId = useId();
  const [form, setForm] = useState<TrainingPlanInput | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors();
  const labels = {
    planTitle: t("ui-training-plan-title"),
    goals: t("ui-training-plan-goals"),
    planContent: t("ui-training-plan-content"),
    approvedOn: t("ui-training-plan-approved-on"),
    approvedBy: t("ui-training-plan-approved-by"),
  };

  useEffect(() => {
    setForm(null);
    setStatus(null);
  }, [data.fiscalYear]);

  async function save() {
    if (!form) return;
    errors.clear();
    setSaving(true);
    try {
      onSaved(await backend.saveTrainingPlan(form));
      setForm(null);
      setStatus(t("ui-saved"));
    } catch (e) {
      errors.showError(e, labels);
    } finally {
      setSaving(false);
    }
  }

  const plan = data.plan;
  return (
    <section aria-labelledby={titleId} className="space-y-4" data-testid="training-plan">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 id={titleId} className="text-std-24B-150 text-solid-gray-900">
          {t("ui-training-plan")}
        </h2>
        {data.canManage && form === null && (
          <Button variant="secondary" data-testid="training-plan-edit" onClick={() => {
              errors.clear();
              setStatus(null);
              setForm(planInput(data));
            }}>
            {plan ? t("ui-training-plan-edit") : t("ui-training-plan-add")}
          </Button>
        )}
      </div>
      <StatusLine message={status} testId="training-plan-status" />
      {form === null &&
        (plan ? (
          <dl className="grid gap-x-6 gap-y-2 text-std-16N-170 md:grid-cols-[12em_1fr]">
            <dt className="font-bold">{labels.planTitle}</dt>
            <dd data-testid="training-plan-title">{plan.title}</dd>
            <dt className="font-bold">{t("ui-training-plan-approval")}</dt>
            <dd data-testid="training-plan-approval">
              {plan.approvedOn ? t("ui-training-plan-approved", { date: plan.approvedOn, by: plan.approvedBy }) : t("ui-training-plan-not-approved")}
            </dd>
            <dt className="font-bold">{labels.goals}</dt>
            <dd className="whitespace-pre-wrap">{plan.goals || "－"}</dd>
            <dt className="font-bold">{labels.planContent}</dt>
            <dd className="whitespace-pre-wrap">{plan.content || "－"}</dd>
          </dl>
        ) : (
          <p className="text-std-16N-170 text-solid-gray-700" data-testid="training-plan-none">
            {t("ui-training-plan-none")}
          </p>
        ))}
      {form && (
        <Panel title={t("ui-training-plan-form", { year: form.fiscalYear })} titleId={`${titleId}-form`} testId="training-plan-form">
          <form
            noValidate
            className="space-y-6"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            {errors.generalError && <ErrorAlert error={errors.generalError} />}
            <TextField
              label={labels.planTitle}
              field="planTitle"
              data-testid="training-plan-title-input"
              required
              value={form.title}
              onValue={(title) => setForm({ ...form, title })}
              error={errors.fieldErrors.planTitle}
            />
            <TextAreaField label={labels.goals} field="goals" value={form.goals} onValue={(goals) => setForm({ ...form, goals })} error={errors.fieldErrors.goals} />
            <TextAreaField
              label={labels.planContent}
              field="planContent"
              rows={5}
              value={form.content}
              onValue={(content) => setForm({ ...form, content })}
              error={errors.fieldErrors.planContent}
            />
            <div className="grid gap-6 md:grid-cols-2">
              <TextField
                label={labels.approvedOn}
                field="approvedOn"
                data-testid="training-plan-approved-on"
                hint={t("ui-training-date-hint")}
                value={form.approvedOn}
                onValue={(approvedOn) => setForm({ ...form, approvedOn })}
                error={errors.fieldErrors.approvedOn}
              />
              <TextField
                label={labels.approvedBy}
                field="approvedBy"
                value={form.approvedBy}
                onValue={(approvedBy) => setForm({ ...form, approvedBy })}
                error={errors.fieldErrors.approvedBy}
              />
            </div>
            <div className="flex flex-wrap gap-4">
              <Button type="submit" data-testid="training-plan-save" disabled={saving}>
                {t("ui-save")}
              </Button>
              <Button variant="secondary" onClick={() => setForm(null)}>
                {t("ui-cancel")}
              </Button>
            </div>
          </form>
        </Panel>
      )}
    </section>
  );
}

/** The 研修実施報告 PDF, written to the path the user types (prefilled with the documents folder). */
function ReportSection({ backend, fiscalYear }: { backend: Backend; fiscalYear: number }) {
  const t = useT();
  const titleId = useId();
  const [path, setPath] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors();

  useEffect(() => {
    let current = true;
    backend.documentFolder().then(
      (folder) => current && setPath(`${folder}/研修実施報告_${fiscalYear}年度.pdf`),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [backend, fiscalYear]);

  async function save(overwrite: boolean) {
    errors.clear();
    setSaved(null);
    setSaving(true);
    try {
      const result = await backend.saveTrainingReport({ fiscalYear, path, overwrite });
      setSaved(t("ui-training-report-saved", { path: result.path }));
    } catch (e) {
      errors.showError(e, { path: t("ui-training-report-path") });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby={titleId} className="space-y-4" data-testid="training-report">
      <h2 id={titleId} className="text-std-24B-150 text-solid-gray-900">
        {t("ui-training-report")}
      </h2>
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-training-report-intro")}</p>
      {errors.generalError && <ErrorAlert error={errors.generalError} />}
      <TextField
        label={t("ui-training-report-path")}
        field="path"
        data-testid="training-report-path"
        value={path}
        onValue={setPath}
        error={errors.fieldErrors.path}
      />
      <div className="flex flex-wrap gap-4">
        <Button data-testid="training-report-save" disabled={saving} onClick={() => void save(false)}>
          {t("ui-training-report-save")}
        </Button>
        {errors.fieldErrors.path && (
          <Button variant="secondary" data-testid="training-report-overwrite" disabled={saving} onClick={() => void save(true)}>
            {t("ui-training-report-overwrite")}
          </Button>
        )}
      </div>
      <StatusLine message={saved} testId="training-report-saved" />
    </section>
  );
}

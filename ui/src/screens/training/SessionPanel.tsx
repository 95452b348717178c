// One training session: its form (new, edit, or a make-up of another), and its attendance — typed
// per person or imported from a CSV (all or nothing; a bad row is named next to the CSV, whose
// text is kept for correcting).

import { useCallback, useId, useRef, useState } from "react";
import type { Backend } from "../../backend";
import type { ApiError } from "../../bindings/ApiError";
import type { AttendanceEntryInput } from "../../bindings/AttendanceEntryInput";
import type { AttendanceStatus } from "../../bindings/AttendanceStatus";
import type { TrainingAudience } from "../../bindings/TrainingAudience";
import type { TrainingSessionDetailDto } from "../../bindings/TrainingSessionDetailDto";
import type { TrainingSessionDto } from "../../bindings/TrainingSessionDto";
import type { TrainingSessionInput } from "../../bindings/TrainingSessionInput";
import { toApiError } from "../../backend";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Checkbox, FieldError, SelectField, TextAreaField, TextField, useFocusRequest } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { Badge, Panel, StatusLine, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { useFormErrors } from "../../components/useFormErrors";
import { useLoad } from "../../components/useLoad";
import { ATTENDANCE_STATUS_IDS, TRAINING_AUDIENCE_IDS, TRAINING_AUDIENCES, TRAINING_TOPIC_IDS, TRAINING_TOPICS } from "../../l10n/labels";
import { useErrorText, useT } from "../../l10n/useT";

function inputFrom(s: TrainingSessionDto | null, makeupOf: TrainingSessionDto | null, makeupTitle: string): TrainingSessionInput {
  if (s) {
    return {
      sessionId: s.id,
      heldOn: s.heldOn,
      title: s.title,
      topics: [...s.topics],
      audience: s.audience,
      instructor: s.instructor,
      note: s.note,
      makeupOf: s.makeupOf,
    };
  }
  return {
    sessionId: null,
    heldOn: "",
    title: makeupOf ? makeupTitle : "",
    topics: makeupOf ? [...makeupOf.topics] : ["cyberThreats"],
    audience: makeupOf ? makeupOf.audience : "allStaff",
    instructor: "",
    note: "",
    makeupOf: makeupOf?.id ?? null,
  };
}

interface SessionFormProps {
  backend: Backend;
  /** The session edited; null for a new one. */
  initial: TrainingSessionDto | null;
  /** A new make-up of this session (its content and audience prefilled). */
  makeupOf: TrainingSessionDto | null;
  /** Sessions a make-up may be for. */
  originals: TrainingSessionDto[];
  onSaved: (detail: TrainingSessionDetailDto) => void;
  onCancel: () => void;
}

export function SessionForm({ backend, initial, makeupOf, originals, onSaved, onCancel }: SessionFormProps) {
  const t = useT();
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);
  const requestFocus = useFocusRequest(root);
  const [form, setForm] = useState<TrainingSessionInput>(() =>
    inputFrom(initial, makeupOf, makeupOf ? t("ui-training-makeup-title", { title: makeupOf.title }) : ""),
  );
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors();
  const labels = {
    heldOn: t("ui-training-held-on"),
    sessionTitle: t("ui-training-session-title"),
    topics: t("ui-training-topics"),
    audience: t("ui-training-audience"),
    instructor: t("ui-training-instructor"),
    note: t("ui-training-note"),
    makeupOf: t("ui-training-makeup-of"),
  };

  async function save() {
    errors.clear();
    setSaving(true);
    try {
      onSaved(await backend.saveTrainingSession(form));
    } catch (e) {
      const field = errors.showError(e, labels);
      if (field) requestFocus(field);
    } finally {
      setSaving(false);
    }
  }

  const heading = initial ? t("ui-training-session-edit") : makeupOf ? t("ui-training-makeup-add") : t("ui-training-session-add");
  const choosable = originals.filter((o) => o.id !== initial?.id);
  return (
    <div ref={root}>
      <Panel title={heading} titleId={titleId} testId="training-session-form">
        <form
          noValidate
          className="space-y-6"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {errors.generalError && <ErrorAlert error={errors.generalError} />}
          <div className="grid gap-6 md:grid-cols-2">
            <TextField
              label={labels.heldOn}
              field="heldOn"
              data-testid="training-session-held-on"
              required
              hint={t("ui-training-date-hint")}
              value={form.heldOn}
              onValue={(heldOn) => setForm({ ...form, heldOn })}
              error={errors.fieldErrors.heldOn}
            />
            <SelectField
              label={labels.audience}
              field="audience"
              data-testid="training-session-audience"
              required
              value={form.audience}
              onValue={(v) => setForm({ ...form, audience: v as TrainingAudience })}
              options={TRAINING_AUDIENCES.map((a) => ({ value: a, label: t(TRAINING_AUDIENCE_IDS[a]) }))}
              error={errors.fieldErrors.audience}
            />
          </div>
          <TextField
            label={labels.sessionTitle}
            field="sessionTitle"
            data-testid="training-session-title"
            required
            value={form.title}
            onValue={(title) => setForm({ ...form, title })}
            error={errors.fieldErrors.sessionTitle}
          />
          <fieldset>
            <legend className="text-std-16B-170 text-solid-gray-900">{labels.topics}</legend>
            <p className="mt-1 text-dns-16N-130 text-solid-gray-700">{t("ui-training-topics-hint")}</p>
            <div className="mt-2 grid gap-2 md:grid-cols-2">
              {TRAINING_TOPICS.map((topic, i) => (
                <Checkbox
                  key={topic}
                  label={t(TRAINING_TOPIC_IDS[topic])}
                  field={i === 0 ? "topics" : undefined}
                  data-testid={`training-topic-${topic}`}
                  checked={form.topics.includes(topic)}
                  onChecked={(on) =>
                    setForm({ ...form, topics: on ? [...form.topics, topic] : form.topics.filter((x) => x !== topic) })
                  }
                />
              ))}
            </div>
            <FieldError id={`${titleId}-topics-error`} message={errors.fieldErrors.topics} />
          </fieldset>
          <SelectField
            label={labels.makeupOf}
            field="makeupOf"
            data-testid="training-session-makeup-of"
            hint={t("ui-training-makeup-of-hint")}
            value={form.makeupOf ?? ""}
            onValue={(v) => setForm({ ...form, makeupOf: v || null })}
            options={[
              { value: "", label: t("ui-training-makeup-none") },
              ...choosable.map((o) => ({ value: o.id, label: `${o.heldOn} ${o.title}` })),
            ]}
            error={errors.fieldErrors.makeupOf}
          />
          <TextField
            label={labels.instructor}
            field="instructor"
            value={form.instructor}
            onValue={(instructor) => setForm({ ...form, instructor })}
            error={errors.fieldErrors.instructor}
          />
          <TextAreaField label={labels.note} field="note" value={form.note} onValue={(note) => setForm({ ...form, note })} error={errors.fieldErrors.note} />
          <div className="flex flex-wrap gap-4">
            <Button type="submit" data-testid="training-session-save" disabled={saving}>
              {t("ui-save")}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              {t("ui-cancel")}
            </Button>
          </div>
        </form>
      </Panel>
    </div>
  );
}

interface SessionPanelProps {
  backend: Backend;
  sessionId: string;
  originals: TrainingSessionDto[];
  /** Attendance or the session changed (the year's figures and the alert reload). */
  onChanged: () => void;
  onOpen: (id: string) => void;
  onMakeup: (original: TrainingSessionDto) => void;
  onClose: () => void;
}

/** A row of the attendance sheet as edited: status ("" = not recorded) and 理解度 as typed. */
interface Row {
  status: AttendanceStatus | "";
  comprehension: string;
}

export function SessionPanel({ backend, sessionId, originals, onChanged, onOpen, onMakeup, onClose }: SessionPanelProps) {
  const t = useT();
  const titleId = useId();
  const load = useCallback(() => backend.trainingSession(sessionId), [backend, sessionId]);
  const loaded = useLoad(load);
  const [editing, setEditing] = useState(false);

  if (!loaded.data) return <LoadState error={loaded.error} onRetry={loaded.reload} />;
  const detail = loaded.data;
  const s = detail.session;

  if (editing) {
    return (
      <SessionForm
        backend={backend}
        initial={s}
        makeupOf={null}
        originals={originals}
        onSaved={(d) => {
          loaded.setData(d);
          setEditing(false);
          onChanged();
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }

  return (
    <Panel title={`${s.heldOn}　${s.title}`} titleId={titleId} testId="training-session-panel">
      <div className="space-y-8">
        <dl className="grid gap-x-6 gap-y-2 text-std-16N-170 md:grid-cols-[12em_1fr]">
          <dt className="font-bold">{t("ui-training-topics")}</dt>
          <dd>{s.topics.map((x) => t(TRAINING_TOPIC_IDS[x])).join("、")}</dd>
          <dt className="font-bold">{t("ui-training-audience")}</dt>
          <dd>{t(TRAINING_AUDIENCE_IDS[s.audience])}</dd>
          {s.instructor && (
            <>
              <dt className="font-bold">{t("ui-training-instructor")}</dt>
              <dd>{s.instructor}</dd>
            </>
          )}
          {s.makeupOf && (
            <>
              <dt className="font-bold">{t("ui-training-makeup-of")}</dt>
              <dd>
                <button type="button" className="text-blue-1000 underline" onClick={() => onOpen(s.makeupOf!)}>
                  {`${s.makeupOfHeldOn ?? ""} ${s.makeupOfTitle ?? ""}`}
                </button>
              </dd>
            </>
          )}
          {detail.makeups.length > 0 && (
            <>
              <dt className="font-bold">{t("ui-training-makeups")}</dt>
              <dd>
                {detail.makeups.map((m) => (
                  <button key={m.id} type="button" className="mr-4 text-blue-1000 underline" onClick={() => onOpen(m.id)}>
                    {`${m.heldOn} ${m.title}`}
                  </button>
                ))}
              </dd>
            </>
          )}
          {s.note && (
            <>
              <dt className="font-bold">{t("ui-training-note")}</dt>
              <dd className="whitespace-pre-wrap">{s.note}</dd>
            </>
          )}
        </dl>
        <div className="flex flex-wrap gap-4">
          {detail.canManage && (
            <Button variant="secondary" data-testid="training-session-edit" onClick={() => setEditing(true)}>
              {t("ui-training-session-edit")}
            </Button>
          )}
          {detail.canManage && s.makeupOf === null && (
            <Button variant="secondary" data-testid="training-makeup-add" onClick={() => onMakeup(s)}>
              {t("ui-training-makeup-add")}
            </Button>
          )}
          <Button variant="secondary" data-testid="training-session-close" onClick={onClose}>
            {t("ui-training-close")}
          </Button>
        </div>
        {!s.held && <p className="text-std-16N-170 text-solid-gray-700">{t("ui-training-not-held")}</p>}
        {s.held && (
          <AttendanceSheet
            key={JSON.stringify(detail.attendees)}
            backend={backend}
            detail={detail}
            onSaved={(d) => {
              loaded.setData(d);
              onChanged();
            }}
          />
        )}
        {s.held && detail.canManage && (
          <CsvImport
            backend={backend}
            sessionId={s.id}
            onImported={(d) => {
              loaded.setData(d);
              onChanged();
            }}
          />
        )}
      </div>
    </Panel>
  );
}

function AttendanceSheet({
  backend,
  detail,
  onSaved,
}: {
  backend: Backend;
  detail: TrainingSessionDetailDto;
  onSaved: (d: TrainingSessionDetailDto) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const initial = (): Record<string, Row> =>
    Object.fromEntries(detail.attendees.map((a) => [a.personId, { status: a.status ?? "", comprehension: a.comprehension === null ? "" : String(a.comprehension) }]));
  const [rows, setRows] = useState<Record<string, Row>>(initial);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const editable = detail.canManage;

  async function save() {
    setRowErrors({});
    setGeneral(null);
    setStatus(null);
    // Only rows that say something and differ from what is recorded are sent.
    const entries: AttendanceEntryInput[] = detail.attendees.flatMap((a) => {
      const r = rows[a.personId]!;
      const was = { status: a.status ?? "", comprehension: a.comprehension === null ? "" : String(a.comprehension) };
      if (r.status === "" || (r.status === was.status && r.comprehension.trim() === was.comprehension)) return [];
      return [{ personId: a.personId, status: r.status, comprehension: r.comprehension }];
    });
    setSaving(true);
    try {
      onSaved(await backend.recordAttendance({ sessionId: detail.session.id, entries }));
      setStatus(t("ui-saved"));
    } catch (e) {
      const error = toApiError(e);
      const m = /^entries\[(\d+)\]\.(\w+)$/.exec(error.field ?? "");
      const entry = m ? entries[Number(m[1])] : undefined;
      if (entry) setRowErrors({ [entry.personId]: errorText(error, t("ui-training-comprehension")) });
      else setGeneral(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="space-y-4" data-testid="training-attendance">
      <h3 className="text-std-20B-150 text-solid-gray-900">{t("ui-training-attendance")}</h3>
      {general && <ErrorAlert error={general} />}
      <Table caption={t("ui-training-attendance")}>
        <thead className={THEAD}>
          <tr>
            <Th>{t("ui-training-person")}</Th>
            <Th>{t("ui-training-department")}</Th>
            <Th>{t("ui-training-status")}</Th>
            <Th>{t("ui-training-comprehension")}</Th>
            <Th>{t("ui-training-makeup-taken")}</Th>
          </tr>
        </thead>
        <tbody>
          {detail.attendees.map((a) => {
            const r = rows[a.personId]!;
            const error = rowErrors[a.personId];
            return (
              <tr key={a.personId} className={TROW} data-testid={`training-attendee-${a.personId}`}>
                <Td>
                  {a.name} {a.handler && <Badge tone="warning">{t("ui-training-handler-badge")}</Badge>}
                </Td>
                <Td>{a.department ?? "－"}</Td>
                <Td>
                  {editable ? (
                    <select
                      aria-label={t("ui-training-status-of", { name: a.name })}
                      data-testid={`training-status-${a.personId}`}
                      value={r.status}
                      onChange={(e) => setRows({ ...rows, [a.personId]: { ...r, status: e.target.value as Row["status"] } })}
                      className="rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-std-16N-170"
                    >
                      <option value="">{t("ui-training-not-recorded")}</option>
                      <option value="attended">{t(ATTENDANCE_STATUS_IDS["attended"])}</option>
                      <option value="absent">{t(ATTENDANCE_STATUS_IDS["absent"])}</option>
                    </select>
                  ) : a.status ? (
                    t(ATTENDANCE_STATUS_IDS[a.status])
                  ) : (
                    t("ui-training-not-recorded")
                  )}
                </Td>
                <Td>
                  {editable ? (
                    <>
                      <input
                        aria-label={t("ui-training-comprehension-of", { name: a.name })}
                        aria-invalid={error ? true : undefined}
                        data-testid={`training-score-${a.personId}`}
                        inputMode="numeric"
                        value={r.comprehension}
                        onChange={(e) => setRows({ ...rows, [a.personId]: { ...r, comprehension: e.target.value } })}
                        className={`w-24 rounded-8 border bg-white px-3 py-2 text-std-16N-170 ${error ? "border-2 border-error-1" : "border-solid-gray-600"}`}
                      />
                      <FieldError id={`score-error-${a.personId}`} message={error} />
                    </>
                  ) : (
                    (a.comprehension ?? "－")
                  )}
                </Td>
                <Td>{a.makeupHeldOn ? t("ui-training-makeup-on", { date: a.makeupHeldOn }) : ""}</Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {editable && (
        <div className="flex flex-wrap items-center gap-4">
          <Button data-testid="training-attendance-save" disabled={saving} onClick={() => void save()}>
            {t("ui-training-attendance-save")}
          </Button>
          <StatusLine message={status} testId="training-attendance-status" />
        </div>
      )}
    </section>
  );
}

/** The CSV import: pasted or read from a file; the text stays whatever happens. */
function CsvImport({ backend, sessionId, onImported }: { backend: Backend; sessionId: string; onImported: (d: TrainingSessionDetailDto) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function importCsv() {
    setError(null);
    setGeneral(null);
    setStatus(null);
    setBusy(true);
    try {
      const result = await backend.importAttendanceCsv({ sessionId, text });
      onImported(result.detail);
      setStatus(t("ui-training-csv-imported", { count: result.imported }));
    } catch (e) {
      const err = toApiError(e);
      // The file's and each row's errors belong to the CSV field; the message names the row.
      if (err.field === "csv" || err.field?.startsWith("rows[")) setError(errorText(err, t("ui-training-csv")));
      else setGeneral(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="space-y-4" data-testid="training-csv">
      <h3 className="text-std-20B-150 text-solid-gray-900">{t("ui-training-csv-title")}</h3>
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-training-csv-intro")}</p>
      {general && <ErrorAlert error={general} />}
      <div>
        <label className="block text-std-16B-170 text-solid-gray-900">
          {t("ui-training-csv-file")}
          <input
            type="file"
            accept=".csv,text/csv"
            data-testid="training-csv-file"
            className="mt-2 block text-std-16N-170"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then(setText);
            }}
          />
        </label>
      </div>
      <TextAreaField
        label={t("ui-training-csv")}
        field="csv"
        data-testid="training-csv-text"
        rows={6}
        hint={t("ui-training-csv-hint")}
        value={text}
        onValue={setText}
        error={error}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button data-testid="training-csv-import" disabled={busy || text.trim() === ""} onClick={() => void importCsv()}>
          {t("ui-training-csv-import")}
        </Button>
        <StatusLine message={status} testId="training-csv-status" />
      </div>
    </section>
  );
}

// 事故対応手順書 (004 第69条2): per category, the steps that become a case's tasks when it is judged
// an incident. Sonae brings a built-in playbook for every category (組込み, revision 0); saving an
// edited one makes a new revision with a change note, and no revision is ever changed, so the
// history shows who revised what and why (004 第69条3: revise after drills).
//
// The editor keeps what was typed per category until it is saved or discarded: switching to another
// category, or an error, loses nothing.

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { toApiError, type Backend } from "../../backend";
import type { ApiError } from "../../bindings/ApiError";
import type { Category } from "../../bindings/Category";
import type { PlaybookDto } from "../../bindings/PlaybookDto";
import type { PlaybookStepDto } from "../../bindings/PlaybookStepDto";
import type { TaskKind } from "../../bindings/TaskKind";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { FieldError, TextAreaField, useFocusRequest } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { Badge, LinkButton, PageTitle, StatusLine, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { useFormErrors } from "../../components/useFormErrors";
import { useLoad } from "../../components/useLoad";
import { formatJst } from "../../format/datetime";
import { CATEGORIES, CATEGORY_IDS } from "../../l10n/labels";
import { useErrorText, useT } from "../../l10n/useT";

interface Props {
  backend: Backend;
  /** 管理者 and CSIRT責任者 may save revisions (`Action::EditPlaybooks`). */
  canEdit: boolean;
}

/** The kinds a playbook step may have: the CISO report and recovery checks are added by Sonae itself. */
const STEP_KINDS: readonly TaskKind[] = ["containment", "otherSystems", "evidence", "inform", "other"];

// Task kind labels (playbook.ftl). TODO(case screens): use l10n/labels.ts's TASK_KIND_IDS once it is
// committed, and drop this copy.
const KIND_IDS: Record<TaskKind, string> = {
  containment: "task-kind-containment",
  otherSystems: "task-kind-other-systems",
  evidence: "task-kind-evidence",
  inform: "task-kind-inform",
  cisoReport: "task-kind-ciso-report",
  improvement: "task-kind-improvement",
  recoveryCheck: "task-kind-recovery-check",
  other: "task-kind-other",
};

/** A step as typed: the due time stays text until it is saved. */
interface Row {
  key: number;
  kind: TaskKind;
  title: string;
  mandatory: boolean;
  dueHours: string;
}

interface Draft {
  rows: Row[];
  note: string;
  /** Changed since it was taken from the current revision. */
  dirty: boolean;
}

type RowField = "kind" | "title" | "dueHours";
type RowErrors = Readonly<Record<number, Partial<Record<RowField, string>>>>;

const ROW_FIELDS: readonly string[] = ["kind", "title", "dueHours"];

let nextKey = 1;

function fresh(playbook: PlaybookDto): Draft {
  return { rows: rowsOf(playbook.steps), note: "", dirty: false };
}

function rowsOf(steps: readonly PlaybookStepDto[]): Row[] {
  return steps.map((s) => ({
    key: nextKey++,
    kind: s.kind,
    title: s.title,
    mandatory: s.mandatory,
    dueHours: s.dueHours === null ? "" : String(s.dueHours),
  }));
}

/** Hours as typed (full-width digits accepted): a number, `null` when empty, `undefined` when not a number. */
function parseHours(text: string): number | null | undefined {
  const v = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (v === "") return null;
  return /^\d{1,6}$/.test(v) ? Number(v) : undefined;
}

/** 第3版 / 組込み. */
function RevisionLabel({ playbook }: { playbook: PlaybookDto }) {
  const t = useT();
  return playbook.builtIn ? (
    <Badge testId="playbook-built-in">{t("ui-playbook-built-in")}</Badge>
  ) : (
    <Badge tone="info" testId="playbook-revised">
      {t("ui-playbook-revision", { revision: playbook.revision })}
    </Badge>
  );
}

export function Playbooks({ backend, canEdit }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const titleId = useId();
  const editorTitleId = useId();
  const historyTitleId = useId();
  const load = useCallback(() => backend.listPlaybooks(), [backend]);
  const loaded = useLoad(load);
  const [selected, setSelected] = useState<Category | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<Category, Draft>>>({});
  const [history, setHistory] = useState<{ category: Category; revisions: PlaybookDto[] } | null>(null);
  const [historyError, setHistoryError] = useState<ApiError | null>(null);
  const [historyAttempt, setHistoryAttempt] = useState(0);
  const [rowErrors, setRowErrors] = useState<RowErrors>({});
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors();
  const editorRoot = useRef<HTMLDivElement>(null);
  const editorHeading = useRef<HTMLHeadingElement>(null);
  const requestFocus = useFocusRequest(editorRoot);
  const [headingFocus, setHeadingFocus] = useState(0);

  const labels = {
    kind: t("ui-playbook-col-kind"),
    title: t("ui-playbook-col-title"),
    dueHours: t("ui-playbook-col-due-hours"),
    steps: t("ui-playbook-steps"),
    note: t("ui-playbook-note"),
  };

  useEffect(() => {
    if (headingFocus > 0) editorHeading.current?.focus();
  }, [headingFocus]);

  useEffect(() => {
    if (selected === null) return;
    let current = true;
    setHistoryError(null);
    backend.playbookHistory(selected).then(
      (revisions) => current && setHistory({ category: selected, revisions }),
      (e: unknown) => current && setHistoryError(toApiError(e)),
    );
    return () => {
      current = false;
    };
  }, [backend, selected, historyAttempt]);

  if (!loaded.data) {
    return (
      <div data-testid="playbooks" className="space-y-8">
        <PageTitle id={titleId} title={t("ui-nav-playbooks")} />
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  const playbooks: readonly PlaybookDto[] = loaded.data;
  const currentOf = (c: Category) => playbooks.find((p) => p.category === c);
  const current = selected === null ? undefined : currentOf(selected);
  const draft: Draft | undefined = selected === null ? undefined : drafts[selected];

  function clearErrors() {
    errors.clear();
    setRowErrors({});
  }

  function open(category: Category) {
    clearErrors();
    setStatus(null);
    if (category !== selected) setHistory(null);
    const p = currentOf(category);
    if (p && !drafts[category]) setDrafts((all) => ({ ...all, [category]: fresh(p) }));
    setSelected(category);
    setHeadingFocus((n) => n + 1);
  }

  function update(change: (d: Draft) => Draft) {
    if (selected === null || !draft) return;
    setDrafts((all) => ({ ...all, [selected]: { ...change(draft), dirty: true } }));
  }

  function setRow(key: number, patch: Partial<Row>) {
    update((d) => ({ ...d, rows: d.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));
  }

  function move(index: number, by: -1 | 1) {
    if (!draft) return;
    const to = index + by;
    if (to < 0 || to >= draft.rows.length) return;
    const rows = [...draft.rows];
    const [row] = rows.splice(index, 1);
    rows.splice(to, 0, row!);
    update((d) => ({ ...d, rows }));
    setStatus(t("ui-playbook-moved", { title: row!.title || t("ui-playbook-untitled"), position: to + 1 }));
    // Keep focus on the same button of the moved row, or on its other move button at an end.
    const edge = (by === -1 && to === 0) || (by === 1 && to === rows.length - 1);
    requestFocus(`step-${row!.key}-${(by === -1) !== edge ? "up" : "down"}`);
  }

  function remove(index: number) {
    if (!draft) return;
    const row = draft.rows[index]!;
    const rows = draft.rows.filter((_, i) => i !== index);
    update((d) => ({ ...d, rows }));
    setStatus(t("ui-playbook-removed", { title: row.title || t("ui-playbook-untitled") }));
    const next = rows[Math.min(index, rows.length - 1)];
    requestFocus(next ? `step-${next.key}-title` : "add-step");
  }

  function add() {
    const row: Row = { key: nextKey++, kind: "containment", title: "", mandatory: true, dueHours: "" };
    update((d) => ({ ...d, rows: [...d.rows, row] }));
    requestFocus(`step-${row.key}-title`);
  }

  function discard() {
    if (selected === null || !current) return;
    clearErrors();
    setDrafts((all) => ({ ...all, [selected]: fresh(current) }));
    setStatus(t("ui-playbook-discarded"));
    requestFocus("add-step");
  }

  /** Loads an older revision (or the built-in one) into the editor; saving makes it current again. */
  function restore(revision: PlaybookDto) {
    clearErrors();
    update((d) => ({
      ...d,
      rows: rowsOf(revision.steps),
      note: d.note || (revision.builtIn ? t("ui-playbook-note-restored-built-in") : t("ui-playbook-note-restored", { revision: revision.revision })),
    }));
    setStatus(
      revision.builtIn ? t("ui-playbook-restored-built-in") : t("ui-playbook-restored", { revision: revision.revision }),
    );
    requestFocus("note");
  }

  /** A step's error: the message with this screen's column label, shown in the step's row. */
  function rowError(error: ApiError, field: RowField): string {
    const args = { ...error.args };
    delete args.fieldId;
    return errorText({ ...error, args }, labels[field]);
  }

  async function save() {
    if (selected === null || !draft) return;
    clearErrors();
    setStatus(null);
    const problems: Record<number, Partial<Record<RowField, string>>> = {};
    const steps: PlaybookStepDto[] = [];
    for (const r of draft.rows) {
      const dueHours = parseHours(r.dueHours);
      if (dueHours === undefined) {
        problems[r.key] = { dueHours: t("error-playbook-due-hours", { field: labels.dueHours }) };
      }
      steps.push({ kind: r.kind, title: r.title, mandatory: r.mandatory, dueHours: dueHours ?? null });
    }
    const noteMissing = !draft.note.trim();
    if (noteMissing) errors.setFieldErrors({ note: t("ui-form-required-message", { field: labels.note }) });
    const firstBad = draft.rows.find((r) => problems[r.key]);
    if (firstBad || noteMissing) {
      setRowErrors(problems);
      requestFocus(firstBad ? `step-${firstBad.key}-dueHours` : "note");
      return;
    }
    setSaving(true);
    try {
      const revisions = await backend.savePlaybook({ category: selected, steps, note: draft.note });
      const saved = revisions[0]!;
      setHistory({ category: selected, revisions });
      loaded.setData(playbooks.map((p) => (p.category === selected ? saved : p)));
      setDrafts((all) => ({ ...all, [selected]: fresh(saved) }));
      setStatus(t("ui-playbook-saved", { revision: saved.revision }));
    } catch (e) {
      const error = toApiError(e);
      const index = error.args.index === undefined ? NaN : Number(error.args.index);
      const row = draft.rows[index];
      if (row && error.field && ROW_FIELDS.includes(error.field)) {
        const field = error.field as RowField;
        setRowErrors({ [row.key]: { [field]: rowError(error, field) } });
        requestFocus(`step-${row.key}-${field}`);
      } else {
        // "steps" (none, too many) and "note" go next to those fields, the rest above the form.
        const args = { ...error.args };
        if (error.field === "note" || error.field === "steps") delete args.fieldId;
        const field = errors.showError({ ...error, args }, { note: labels.note, steps: labels.steps });
        if (field) requestFocus(field === "steps" ? "add-step" : field);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <div data-testid="playbooks" className="space-y-8">
      <PageTitle id={titleId} title={t("ui-nav-playbooks")} intro={t("ui-playbook-intro")} />

      <Table caption={t("ui-playbook-list-caption")} testId="playbook-list">
        <thead className={THEAD}>
          <tr>
            <Th>{t("ui-playbook-col-category")}</Th>
            <Th>{t("ui-playbook-col-revision")}</Th>
            <Th>{t("ui-playbook-col-steps")}</Th>
            <Th>{t("ui-playbook-col-saved")}</Th>
            <Th>
              <span className="sr-only">{t("ui-actions")}</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((c) => {
            const p = currentOf(c);
            if (!p) return null;
            const isOpen = c === selected;
            return (
              <tr key={c} className={`${TROW} ${isOpen ? "bg-blue-50" : ""}`} data-testid="playbook-row" data-category={c}>
                <Td className="font-bold">{t(CATEGORY_IDS[c])}</Td>
                <Td>
                  <RevisionLabel playbook={p} />
                </Td>
                <Td>{t("ui-playbook-step-count", { count: p.steps.length })}</Td>
                <Td>
                  {p.savedAt ? (
                    <>
                      <span className="whitespace-nowrap">{formatJst(p.savedAt)}</span>
                      <span className="block text-dns-14N-130 text-solid-gray-700">{p.savedBy}</span>
                    </>
                  ) : (
                    t("ui-none-dash")
                  )}
                </Td>
                <Td className="text-right">
                  {isOpen ? (
                    <span className="text-dns-14B-130 text-solid-gray-700" aria-current="true">
                      {t("ui-playbook-showing")}
                    </span>
                  ) : (
                    <LinkButton
                      testId="playbook-open"
                      label={t("ui-playbook-open-named", { name: t(CATEGORY_IDS[c]) })}
                      onClick={() => open(c)}
                    >
                      {canEdit ? t("ui-playbook-open-edit") : t("ui-playbook-open")}
                    </LinkButton>
                  )}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>

      {selected !== null && current && draft && (
        <div ref={editorRoot} className="space-y-8">
          <section
            aria-labelledby={editorTitleId}
            data-testid="playbook-editor"
            data-category={selected}
            className="rounded-12 border-2 border-blue-900 bg-white p-6 sm:p-8"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-3">
              <h2
                id={editorTitleId}
                ref={editorHeading}
                tabIndex={-1}
                className="text-std-24B-150 text-solid-gray-900 focus:shadow-none focus:outline-none"
              >
                {t("ui-playbook-editor-title", { category: t(CATEGORY_IDS[selected]) })}
              </h2>
              <p className="text-dns-16N-130 text-solid-gray-800" data-testid="playbook-current">
                {current.builtIn
                  ? t("ui-playbook-current-built-in")
                  : t("ui-playbook-current", { revision: current.revision })}
              </p>
            </div>
            <StatusLine message={status} testId="playbook-status" />
            {canEdit ? (
              <form
                noValidate
                className="mt-4 space-y-6"
                onSubmit={(e) => {
                  e.preventDefault();
                  void save();
                }}
              >
                {errors.generalError && <ErrorAlert error={errors.generalError} />}
                <p className="text-dns-16N-130 text-solid-gray-700">{t("ui-playbook-steps-hint")}</p>
                <StepTable
                  rows={draft.rows}
                  rowErrors={rowErrors}
                  onRow={setRow}
                  onMove={move}
                  onRemove={remove}
                />
                <FieldError id={`${editorTitleId}-steps-error`} message={errors.fieldErrors.steps} alertTestId="playbook-steps-error" />
                <Button variant="secondary" data-field="add-step" data-testid="playbook-add-step" onClick={add}>
                  {t("ui-playbook-add-step")}
                </Button>
                <TextAreaField
                  label={labels.note}
                  field="note"
                  data-testid="playbook-note"
                  required
                  rows={3}
                  value={draft.note}
                  onValue={(note) => update((d) => ({ ...d, note }))}
                  hint={t("ui-playbook-note-hint")}
                  error={errors.fieldErrors.note}
                />
                <div className="flex flex-wrap gap-4">
                  <Button type="submit" data-testid="playbook-save" disabled={saving} aria-busy={saving}>
                    {t("ui-playbook-save")}
                  </Button>
                  {draft.dirty && (
                    <Button variant="secondary" data-testid="playbook-discard" disabled={saving} onClick={discard}>
                      {t("ui-playbook-discard")}
                    </Button>
                  )}
                </div>
              </form>
            ) : (
              <ReadOnlySteps steps={current.steps} />
            )}
          </section>

          <section aria-labelledby={historyTitleId} data-testid="playbook-history" className="space-y-4">
            <h2 id={historyTitleId} className="text-std-20B-150 text-solid-gray-900">
              {t("ui-playbook-history-title")}
            </h2>
            {history?.category === selected ? (
              <HistoryTable revisions={history.revisions} canEdit={canEdit} onRestore={restore} />
            ) : (
              <LoadState error={historyError} onRetry={() => setHistoryAttempt((n) => n + 1)} />
            )}
          </section>
        </div>
      )}
    </div>
  );
}

interface StepTableProps {
  rows: readonly Row[];
  rowErrors: RowErrors;
  onRow: (key: number, patch: Partial<Row>) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
}

const CELL_CONTROL =
  "block w-full rounded-8 border bg-white px-3 py-2 text-std-16N-170 text-solid-gray-900 hover:border-black";

function controlClass(error: string | undefined): string {
  return `${CELL_CONTROL} ${error ? "border-2 border-error-1" : "border-solid-gray-600"}`;
}

function StepTable({ rows, rowErrors, onRow, onMove, onRemove }: StepTableProps) {
  const t = useT();
  const id = useId();
  return (
    <Table caption={t("ui-playbook-steps")} testId="playbook-steps">
      <thead className={THEAD}>
        <tr>
          <Th className="w-12">{t("ui-playbook-col-number")}</Th>
          <Th className="w-56">{t("ui-playbook-col-kind")}</Th>
          <Th>{t("ui-playbook-col-title")}</Th>
          <Th className="w-20">{t("ui-playbook-col-mandatory")}</Th>
          <Th className="w-32">{t("ui-playbook-col-due-hours")}</Th>
          <Th>{t("ui-actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          const n = i + 1;
          const e = rowErrors[r.key] ?? {};
          const base = `${id}-${r.key}`;
          return (
            <tr key={r.key} className={TROW} data-testid="playbook-step" data-row={n}>
              <Td className="text-right tabular-nums">{n}</Td>
              <Td>
                <label htmlFor={`${base}-kind`} className="sr-only">
                  {t("ui-playbook-step-kind-label", { row: n })}
                </label>
                <select
                  id={`${base}-kind`}
                  data-field={`step-${r.key}-kind`}
                  data-testid="playbook-step-kind"
                  value={r.kind}
                  onChange={(ev) => onRow(r.key, { kind: ev.target.value as TaskKind })}
                  aria-invalid={e.kind ? true : undefined}
                  aria-describedby={e.kind ? `${base}-kind-error` : undefined}
                  className={`${controlClass(e.kind)} pr-8`}
                >
                  {STEP_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(KIND_IDS[k])}
                    </option>
                  ))}
                </select>
                <FieldError id={`${base}-kind-error`} message={e.kind} />
              </Td>
              <Td className="min-w-[16em]">
                <label htmlFor={`${base}-title`} className="sr-only">
                  {t("ui-playbook-step-title-label", { row: n })}
                </label>
                <textarea
                  id={`${base}-title`}
                  data-field={`step-${r.key}-title`}
                  data-testid="playbook-step-title"
                  rows={2}
                  value={r.title}
                  onChange={(ev) => onRow(r.key, { title: ev.target.value })}
                  aria-invalid={e.title ? true : undefined}
                  aria-describedby={e.title ? `${base}-title-error` : undefined}
                  className={controlClass(e.title)}
                />
                <FieldError id={`${base}-title-error`} message={e.title} />
              </Td>
              <Td className="text-center">
                <label htmlFor={`${base}-mandatory`} className="sr-only">
                  {t("ui-playbook-step-mandatory-label", { row: n })}
                </label>
                <input
                  id={`${base}-mandatory`}
                  type="checkbox"
                  data-field={`step-${r.key}-mandatory`}
                  data-testid="playbook-step-mandatory"
                  checked={r.mandatory}
                  onChange={(ev) => onRow(r.key, { mandatory: ev.target.checked })}
                  className="mt-2 size-6 accent-blue-900"
                />
              </Td>
              <Td>
                <label htmlFor={`${base}-due`} className="sr-only">
                  {t("ui-playbook-step-due-label", { row: n })}
                </label>
                <input
                  id={`${base}-due`}
                  inputMode="numeric"
                  data-field={`step-${r.key}-dueHours`}
                  data-testid="playbook-step-due"
                  value={r.dueHours}
                  onChange={(ev) => onRow(r.key, { dueHours: ev.target.value })}
                  aria-invalid={e.dueHours ? true : undefined}
                  aria-describedby={e.dueHours ? `${base}-due-error` : undefined}
                  className={controlClass(e.dueHours)}
                />
                <FieldError id={`${base}-due-error`} message={e.dueHours} />
              </Td>
              <Td>
                <div className="flex flex-wrap gap-x-4 gap-y-1">
                  <RowButton
                    field={`step-${r.key}-up`}
                    testId="playbook-step-up"
                    label={t("ui-playbook-move-up-label", { row: n })}
                    disabled={i === 0}
                    onClick={() => onMove(i, -1)}
                  >
                    {t("ui-playbook-move-up")}
                  </RowButton>
                  <RowButton
                    field={`step-${r.key}-down`}
                    testId="playbook-step-down"
                    label={t("ui-playbook-move-down-label", { row: n })}
                    disabled={i === rows.length - 1}
                    onClick={() => onMove(i, 1)}
                  >
                    {t("ui-playbook-move-down")}
                  </RowButton>
                  <RowButton
                    field={`step-${r.key}-remove`}
                    testId="playbook-step-remove"
                    label={t("ui-playbook-remove-label", { row: n })}
                    onClick={() => onRemove(i)}
                  >
                    {t("ui-playbook-remove")}
                  </RowButton>
                </div>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

function RowButton({
  children,
  field,
  testId,
  label,
  disabled,
  onClick,
}: {
  children: string;
  field: string;
  testId: string;
  label: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      data-field={field}
      data-testid={testId}
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
      className="whitespace-nowrap text-std-16N-170 text-blue-1000 underline hover:decoration-2 disabled:cursor-not-allowed disabled:text-solid-gray-420 disabled:no-underline"
    >
      {children}
    </button>
  );
}

function ReadOnlySteps({ steps }: { steps: readonly PlaybookStepDto[] }) {
  const t = useT();
  return (
    <div className="mt-4">
      <Table caption={t("ui-playbook-steps")} testId="playbook-steps">
        <thead className={THEAD}>
          <tr>
            <Th className="w-12">{t("ui-playbook-col-number")}</Th>
            <Th>{t("ui-playbook-col-kind")}</Th>
            <Th>{t("ui-playbook-col-title")}</Th>
            <Th>{t("ui-playbook-col-mandatory")}</Th>
            <Th>{t("ui-playbook-col-due-hours")}</Th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => (
            <tr key={i} className={TROW} data-testid="playbook-step">
              <Td className="text-right tabular-nums">{i + 1}</Td>
              <Td className="whitespace-nowrap">{t(KIND_IDS[s.kind])}</Td>
              <Td>{s.title}</Td>
              <Td>{s.mandatory ? <Badge tone="warning">{t("ui-playbook-mandatory")}</Badge> : t("ui-none-dash")}</Td>
              <Td>{s.dueHours === null ? t("ui-none-dash") : t("ui-playbook-due-hours", { hours: s.dueHours })}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

function HistoryTable({
  revisions,
  canEdit,
  onRestore,
}: {
  revisions: readonly PlaybookDto[];
  canEdit: boolean;
  onRestore: (revision: PlaybookDto) => void;
}) {
  const t = useT();
  return (
    <Table caption={t("ui-playbook-history-title")} testId="playbook-history-table">
      <thead className={THEAD}>
        <tr>
          <Th>{t("ui-playbook-col-revision")}</Th>
          <Th>{t("ui-playbook-col-saved-by")}</Th>
          <Th>{t("ui-playbook-col-saved-at")}</Th>
          <Th>{t("ui-playbook-col-note")}</Th>
          <Th>{t("ui-playbook-col-steps")}</Th>
          {canEdit && (
            <Th>
              <span className="sr-only">{t("ui-actions")}</span>
            </Th>
          )}
        </tr>
      </thead>
      <tbody>
        {revisions.map((r, i) => (
          <tr key={r.revision} className={TROW} data-testid="playbook-history-row" data-revision={r.revision}>
            <Td className="whitespace-nowrap">
              {r.builtIn ? t("ui-playbook-built-in") : t("ui-playbook-revision", { revision: r.revision })}
              {i === 0 && (
                <span className="ml-2">
                  <Badge tone="success">{t("ui-playbook-in-use")}</Badge>
                </span>
              )}
            </Td>
            <Td>{r.savedBy ?? t("ui-none-dash")}</Td>
            <Td className="whitespace-nowrap">{r.savedAt ? formatJst(r.savedAt) : t("ui-none-dash")}</Td>
            <Td className="whitespace-pre-line">{r.builtIn ? t("ui-playbook-built-in-note") : r.note || t("ui-none-dash")}</Td>
            <Td>{t("ui-playbook-step-count", { count: r.steps.length })}</Td>
            {canEdit && (
              <Td>
                {i > 0 && (
                  <LinkButton
                    testId="playbook-restore"
                    label={
                      r.builtIn
                        ? t("ui-playbook-restore-built-in-label")
                        : t("ui-playbook-restore-label", { revision: r.revision })
                    }
                    onClick={() => onRestore(r)}
                  >
                    {t("ui-playbook-restore")}
                  </LinkButton>
                )}
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

// タスク: the response tasks grouped by kind (from the playbook, the CISO report, added by hand),
// each done with an optional note, waived with a reason, or opened again; and the task form. The
// recovery checklist (Recovery.tsx) uses the same rows.
//
// data-testid:
//   case-tasks                    the section; task-add opens the form
//   task-group-<kind>             one kind's group (h3 + list)
//   task-<id>                     one task (data-status, data-overdue, data-mandatory)
//   task-title-<id> / task-mandatory-<id> / task-assignee-<id> / task-due-<id> / task-status-<id>
//   task-note-text-<id>           the completion note or the reason it was waived
//   task-done-<id> / task-waive-<id> / task-reopen-<id> / task-edit-<id>
//   task-close-form-<id>          the inline form of 完了 / 不要
//   task-note-<id>                its note (optional for 完了, the reason for 不要: required)
//   task-close-confirm-<id> / task-close-cancel-<id>
//   task-form                     add / edit form: task-title, task-kind, task-mandatory,
//                                 task-assignee, task-due, task-save, task-cancel
//   tasks-empty                   no task yet

import { useId, useState } from "react";
import { toApiError } from "../../backend";
import type { TaskDto } from "../../bindings/TaskDto";
import type { TaskInput } from "../../bindings/TaskInput";
import type { TaskKind } from "../../bindings/TaskKind";
import type { TaskList } from "../../bindings/TaskList";
import type { TaskStatus } from "../../bindings/TaskStatus";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Checkbox, SelectField, TextAreaField, TextField } from "../../components/Form";
import { Badge, Panel } from "../../components/Page";
import type { BadgeTone } from "../../components/Page";
import { TASK_KIND_IDS, TASK_KINDS, TASK_STATUS_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { Block, Due, peopleOptions, SmallButton, Time, useCaseForm, type SectionProps } from "./shared";

const STATUS_TONE: Record<TaskStatus, BadgeTone> = { open: "warning", done: "success", waived: "neutral" };

/** Kinds a user may give a task by hand (the CISO report and checklist items are made by the app). */
const ADDABLE_KINDS: readonly TaskKind[] = TASK_KINDS.filter((k) => k !== "cisoReport" && k !== "recoveryCheck");

/** `2026-11-22T00:05:00Z` → `2026-11-22T09:05`, the value of a datetime-local input in JST. */
export function toLocalInput(rfc3339: string | null): string {
  if (!rfc3339) return "";
  const ms = Date.parse(rfc3339);
  return Number.isNaN(ms) ? "" : new Date(ms + 9 * 3600_000).toISOString().slice(0, 16);
}

export function Tasks(props: SectionProps) {
  const { detail, editable } = props;
  const t = useT();
  const titleId = useId();
  const [editing, setEditing] = useState<TaskInput | null>(null);
  const tasks = detail.tasks.filter((x) => x.list === "response");
  const kinds = TASK_KINDS.filter((k) => tasks.some((x) => x.kind === k));
  const open = tasks.filter((x) => x.status === "open").length;
  const fromPlaybook = tasks.find((x) => x.playbookRevision !== null)?.playbookRevision ?? undefined;

  return (
    <div data-testid="case-tasks" className="space-y-8">
      <Block
        title={t("ui-case-tasks-title")}
        titleId={titleId}
        actions={
          editable &&
          editing === null && (
            <Button data-testid="task-add" onClick={() => setEditing(emptyTask(detail.summary.id, "response"))}>
              {t("ui-case-task-add")}
            </Button>
          )
        }
      >
        <p className="text-std-16N-170 text-solid-gray-800">
          {t("ui-case-tasks-summary", { total: tasks.length, open })}
          {fromPlaybook !== undefined && (
            <span data-testid="tasks-playbook-revision" className="ml-2 text-solid-gray-700">
              {t("ui-case-tasks-playbook", { revision: fromPlaybook })}
            </span>
          )}
        </p>
      </Block>

      {editing && (
        <TaskForm {...props} input={editing} onClose={() => setEditing(null)} />
      )}

      {tasks.length === 0 ? (
        <p data-testid="tasks-empty" className="rounded-8 border border-dashed border-solid-gray-420 px-6 py-8 text-center text-std-16N-170 text-solid-gray-700">
          {t("ui-case-tasks-empty")}
        </p>
      ) : (
        kinds.map((kind) => (
          <section key={kind} data-testid={`task-group-${kind}`} aria-labelledby={`${titleId}-${kind}`}>
            <h3 id={`${titleId}-${kind}`} className="text-std-17B-170 text-solid-gray-900">
              {t(TASK_KIND_IDS[kind])}
            </h3>
            <ul className="mt-2 space-y-3">
              {tasks
                .filter((x) => x.kind === kind)
                .map((task) => (
                  <TaskRow key={task.id} {...props} task={task} onEdit={() => setEditing(toInput(detail.summary.id, task))} />
                ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}

export function emptyTask(caseId: string, list: TaskList): TaskInput {
  return {
    caseId,
    taskId: null,
    list,
    kind: list === "recovery" ? "recoveryCheck" : "containment",
    title: "",
    mandatory: list === "recovery",
    assigneePersonId: null,
    dueAt: "",
  };
}

function toInput(caseId: string, task: TaskDto): TaskInput {
  return {
    caseId,
    taskId: task.id,
    list: task.list,
    kind: task.kind,
    title: task.title,
    mandatory: task.mandatory,
    assigneePersonId: task.assigneePersonId,
    dueAt: toLocalInput(task.dueAt),
  };
}

interface RowProps extends SectionProps {
  task: TaskDto;
  onEdit?: () => void;
  /** The outer test id (default `task-<id>`). */
  testId?: string;
}

/** One task or checklist item, with 完了 / 不要 / 未完了に戻す. */
export function TaskRow({ backend, detail, onChange, onStatus, editable, task, onEdit, testId }: RowProps) {
  const t = useT();
  const form = useCaseForm();
  const [closing, setClosing] = useState<"done" | "waived" | null>(null);
  const [note, setNote] = useState("");
  const noteLabel = closing === "waived" ? t("ui-case-task-waive-reason") : t("ui-case-task-done-note");

  // The backend names the note by its generic field label (備考); the message should name the
  // field as this form labels it (不要とする理由), so the generic name is dropped.
  const call = (status: TaskStatus, text: string) =>
    backend.setTaskStatus({ caseId: detail.summary.id, taskId: task.id, status, note: text }).catch((e: unknown) => {
      const err = toApiError(e);
      if (err.field !== "note") throw err;
      const { fieldId: _generic, ...args } = err.args;
      throw { ...err, args };
    });
  const setStatus = (status: TaskStatus, text: string) =>
    form.submit(() => call(status, text), { note: noteLabel }, (next) => {
      onChange(next);
      setClosing(null);
      setNote("");
      onStatus(t("ui-case-task-status-saved", { title: task.title, status: t(TASK_STATUS_IDS[status]) }));
    });

  return (
    <li
      data-testid={testId ?? `task-${task.id}`}
      data-task-id={task.id}
      data-status={task.status}
      data-overdue={task.overdue}
      data-mandatory={task.mandatory}
      className={`rounded-8 border px-4 py-3 ${task.overdue ? "border-2 border-error-1" : "border-solid-gray-420"} ${task.status === "open" ? "bg-white" : "bg-solid-gray-50"}`}
    >
      <div ref={form.root} className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1 space-y-1">
          <p className="text-std-16B-170 text-solid-gray-900">
            <span data-testid={`task-title-${task.id}`} className={task.status === "waived" ? "line-through decoration-1" : undefined}>
              {task.title}
            </span>
            {task.mandatory && (
              <span data-testid={`task-mandatory-${task.id}`} className="ml-2 inline-block rounded-4 border border-error-1 px-1.5 py-0.5 align-[0.1em] text-dns-14B-120 text-error-1">
                {t("ui-case-task-mandatory")}
              </span>
            )}
          </p>
          <dl className="flex flex-wrap gap-x-6 gap-y-1 text-dns-14N-130 text-solid-gray-800">
            <div className="flex gap-2">
              <dt className="text-solid-gray-700">{t("ui-case-task-status")}</dt>
              <dd>
                <Badge tone={STATUS_TONE[task.status]} testId={`task-status-${task.id}`}>
                  {t(TASK_STATUS_IDS[task.status])}
                </Badge>
              </dd>
            </div>
            <div className="flex gap-2">
              <dt className="text-solid-gray-700">{t("ui-case-task-assignee")}</dt>
              <dd data-testid={`task-assignee-${task.id}`}>{task.assigneeName ?? t("ui-not-set")}</dd>
            </div>
            {(task.dueAt || task.list === "response") && (
              <div className="flex gap-2">
                <dt className="text-solid-gray-700">{t("ui-case-task-due")}</dt>
                <dd>
                  <Due at={task.dueAt} overdue={task.overdue} testId={`task-due-${task.id}`} />
                </dd>
              </div>
            )}
            {task.closedAt && (
              <div className="flex gap-2">
                <dt className="text-solid-gray-700">{t("ui-case-task-closed")}</dt>
                <dd>
                  <Time at={task.closedAt} /> {task.closedBy}
                </dd>
              </div>
            )}
          </dl>
          {task.note && (
            <p data-testid={`task-note-text-${task.id}`} className="text-dns-14N-130 text-solid-gray-900">
              {task.status === "waived" ? t("ui-case-task-waived-because", { reason: task.note }) : task.note}
            </p>
          )}
        </div>
        {editable && closing === null && (
          <div className="flex flex-wrap gap-2">
            {task.status === "open" ? (
              <>
                <SmallButton testId={`task-done-${task.id}`} label={t("ui-case-task-done-named", { title: task.title })} onClick={() => setClosing("done")}>
                  {t("ui-case-task-done")}
                </SmallButton>
                <SmallButton testId={`task-waive-${task.id}`} label={t("ui-case-task-waive-named", { title: task.title })} onClick={() => setClosing("waived")}>
                  {t("ui-case-task-waive")}
                </SmallButton>
              </>
            ) : (
              <SmallButton
                testId={`task-reopen-${task.id}`}
                label={t("ui-case-task-reopen-named", { title: task.title })}
                disabled={form.busy}
                onClick={() => void setStatus("open", "")}
              >
                {t("ui-case-task-reopen")}
              </SmallButton>
            )}
            {onEdit && task.kind !== "cisoReport" && (
              <SmallButton testId={`task-edit-${task.id}`} label={t("ui-edit-named", { name: task.title })} onClick={onEdit}>
                {t("ui-edit")}
              </SmallButton>
            )}
          </div>
        )}
        {closing !== null && (
          <form
            data-testid={`task-close-form-${task.id}`}
            noValidate
            className="w-full space-y-3 border-t border-solid-gray-200 pt-3"
            onSubmit={(e) => {
              e.preventDefault();
              void setStatus(closing, note);
            }}
          >
            {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
            <TextAreaField
              label={noteLabel}
              field="note"
              data-testid={`task-note-${task.id}`}
              required={closing === "waived"}
              rows={2}
              value={note}
              onValue={setNote}
              hint={closing === "waived" ? t("ui-case-task-waive-hint") : undefined}
              error={form.errors.fieldErrors.note}
              autoFocus
            />
            <div className="flex flex-wrap gap-2">
              <SmallButton type="submit" tone="primary" testId={`task-close-confirm-${task.id}`} disabled={form.busy}>
                {closing === "waived" ? t("ui-case-task-waive-confirm") : t("ui-case-task-done-confirm")}
              </SmallButton>
              <SmallButton
                testId={`task-close-cancel-${task.id}`}
                onClick={() => {
                  setClosing(null);
                  form.errors.clear();
                }}
              >
                {t("ui-cancel")}
              </SmallButton>
            </div>
          </form>
        )}
      </div>
    </li>
  );
}

interface FormProps extends SectionProps {
  input: TaskInput;
  onClose: () => void;
}

/** Adds or edits a task or checklist item. */
export function TaskForm({ backend, onChange, onStatus, people, input, onClose }: FormProps) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [value, setValue] = useState(input);
  const recovery = value.list === "recovery";
  const labels = {
    title: t("ui-case-task-title"),
    kind: t("ui-case-task-kind"),
    mandatory: t("ui-case-task-mandatory-label"),
    assigneePersonId: t("ui-case-task-assignee"),
    dueAt: t("ui-case-task-due"),
  };
  const title = recovery
    ? value.taskId
      ? t("ui-case-recovery-edit-title")
      : t("ui-case-recovery-add-title")
    : value.taskId
      ? t("ui-case-task-edit-title")
      : t("ui-case-task-add-title");

  return (
    <div ref={form.root}>
      <Panel title={title} titleId={titleId} testId={recovery ? "recovery-form" : "task-form"}>
        <form
          noValidate
          className="space-y-6"
          onSubmit={(e) => {
            e.preventDefault();
            if (!value.title.trim()) {
              form.fieldError("title", t("ui-form-required-message", { field: labels.title }));
              return;
            }
            void form.submit(() => backend.saveTask(value), labels, (next) => {
              onChange(next);
              onStatus(t("ui-saved"));
              onClose();
            });
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <TextField
            label={labels.title}
            field="title"
            data-testid={recovery ? "recovery-title" : "task-title"}
            required
            value={value.title}
            onValue={(v) => setValue({ ...value, title: v })}
            error={form.errors.fieldErrors.title}
            autoFocus
          />
          {!recovery && (
            <div className="grid gap-6 md:grid-cols-2">
              <SelectField
                label={labels.kind}
                field="kind"
                data-testid="task-kind"
                value={value.kind}
                onValue={(v) => setValue({ ...value, kind: v as TaskKind })}
                options={(value.kind === "cisoReport" ? TASK_KINDS.filter((k) => k === "cisoReport") : ADDABLE_KINDS).map((k) => ({
                  value: k,
                  label: t(TASK_KIND_IDS[k]),
                }))}
                error={form.errors.fieldErrors.kind}
              />
              <SelectField
                label={labels.assigneePersonId}
                field="assigneePersonId"
                data-testid="task-assignee"
                value={value.assigneePersonId ?? ""}
                onValue={(v) => setValue({ ...value, assigneePersonId: v || null })}
                options={[{ value: "", label: t("ui-not-set") }, ...peopleOptions(people, false)]}
                error={form.errors.fieldErrors.assigneePersonId}
              />
              <TextField
                label={labels.dueAt}
                field="dueAt"
                type="datetime-local"
                data-testid="task-due"
                value={value.dueAt}
                onValue={(v) => setValue({ ...value, dueAt: v })}
                hint={t("ui-case-task-due-hint")}
                error={form.errors.fieldErrors.dueAt}
              />
            </div>
          )}
          <Checkbox
            label={labels.mandatory}
            field="mandatory"
            data-testid={recovery ? "recovery-mandatory" : "task-mandatory"}
            checked={value.mandatory}
            onChecked={(mandatory) => setValue({ ...value, mandatory })}
            hint={recovery ? undefined : t("ui-case-task-mandatory-hint")}
          />
          <div className="flex flex-wrap gap-4">
            <Button type="submit" data-testid={recovery ? "recovery-save" : "task-save"} disabled={form.busy} aria-busy={form.busy}>
              {t("ui-save")}
            </Button>
            <Button variant="secondary" data-testid={recovery ? "recovery-cancel" : "task-cancel"} disabled={form.busy} onClick={onClose}>
              {t("ui-cancel")}
            </Button>
          </div>
        </form>
      </Panel>
    </div>
  );
}

// 原因・再発防止 (000 §5.3(3)④⑤, 004 第71条2): the cause's category and narrative, the CISO's
// instructions, and the measures split into 実施済み and 実施予定 with owner and date.
//
// data-testid:
//   case-prevention               the section
//   root-cause-form               root-cause-category, root-cause-narrative,
//                                 root-cause-ciso-instructions, root-cause-save
//   root-cause-state              記入済み / 未記入 (data-filled)
//   measures-done / measures-planned   the two lists (measures-done-empty / measures-planned-empty)
//   measure-<id>                  one measure: measure-text-<id>, measure-owner-<id>,
//                                 measure-due-<id>, measure-edit-<id>
//   measure-add                   opens measure-form: measure-text, measure-status-done /
//                                 measure-status-planned, measure-owner, measure-due-on,
//                                 measure-save, measure-cancel

import { useId, useState } from "react";
import type { CauseCategory } from "../../bindings/CauseCategory";
import type { MeasureDto } from "../../bindings/MeasureDto";
import type { MeasureInput } from "../../bindings/MeasureInput";
import type { MeasureStatus } from "../../bindings/MeasureStatus";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { RadioGroup, SelectField, TextAreaField, TextField } from "../../components/Form";
import { Panel } from "../../components/Page";
import { CAUSE_CATEGORIES, CAUSE_CATEGORY_IDS, MEASURE_STATUS_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { Block, SmallButton, useCaseForm, type SectionProps } from "./shared";

export function Prevention(props: SectionProps) {
  const { detail, editable } = props;
  const t = useT();
  const measuresId = useId();
  const [editing, setEditing] = useState<MeasureInput | null>(null);
  const done = detail.measures.filter((m) => m.status === "done");
  const planned = detail.measures.filter((m) => m.status === "planned");
  const open = (m: MeasureDto) =>
    setEditing({ caseId: detail.summary.id, measureId: m.id, text: m.text, status: m.status, owner: m.owner, dueOn: m.dueOn ?? "" });

  return (
    <div data-testid="case-prevention" className="space-y-10">
      <RootCause key={detail.summary.id} {...props} />

      <Block
        title={t("ui-case-measures-title")}
        titleId={measuresId}
        actions={
          editable &&
          editing === null && (
            <Button
              data-testid="measure-add"
              onClick={() => setEditing({ caseId: detail.summary.id, measureId: null, text: "", status: "planned", owner: "", dueOn: "" })}
            >
              {t("ui-case-measure-add")}
            </Button>
          )
        }
      >
        {editing && <MeasureForm {...props} input={editing} onClose={() => setEditing(null)} />}
        <div className="grid gap-6 lg:grid-cols-2">
          <MeasureList status="done" measures={done} editable={editable} onEdit={open} />
          <MeasureList status="planned" measures={planned} editable={editable} onEdit={open} />
        </div>
      </Block>
    </div>
  );
}

function MeasureList({ status, measures, editable, onEdit }: { status: MeasureStatus; measures: readonly MeasureDto[]; editable: boolean; onEdit: (m: MeasureDto) => void }) {
  const t = useT();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} data-testid={`measures-${status}`} className="rounded-8 border border-solid-gray-420 p-4">
      <h4 id={titleId} className="text-std-17B-170 text-solid-gray-900">
        {t(MEASURE_STATUS_IDS[status])}
        <span className="ml-2 text-dns-14N-130 text-solid-gray-700">{t("ui-case-count", { count: measures.length })}</span>
      </h4>
      {measures.length === 0 ? (
        <p data-testid={`measures-${status}-empty`} className="mt-2 text-std-16N-170 text-solid-gray-700">
          {t("ui-case-measures-empty")}
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-solid-gray-200">
          {measures.map((m) => (
            <li key={m.id} data-testid={`measure-${m.id}`} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="min-w-0 flex-1">
                <p data-testid={`measure-text-${m.id}`} className="whitespace-pre-line text-std-16N-170 text-solid-gray-900">
                  {m.text}
                </p>
                <p className="text-dns-14N-130 text-solid-gray-700">
                  <span data-testid={`measure-owner-${m.id}`}>{t("ui-case-measure-owner-is", { owner: m.owner })}</span>
                  {m.dueOn && (
                    <span data-testid={`measure-due-${m.id}`} className="ml-3">
                      {status === "done" ? t("ui-case-measure-done-on", { date: m.dueOn.replaceAll("-", "/") }) : t("ui-case-measure-due-on", { date: m.dueOn.replaceAll("-", "/") })}
                    </span>
                  )}
                </p>
              </div>
              {editable && (
                <SmallButton testId={`measure-edit-${m.id}`} label={t("ui-edit-named", { name: m.text })} onClick={() => onEdit(m)}>
                  {t("ui-edit")}
                </SmallButton>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RootCause({ backend, detail, onChange, onStatus, editable }: SectionProps) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [category, setCategory] = useState<CauseCategory | "">(detail.rootCause.category ?? "");
  const [narrative, setNarrative] = useState(detail.rootCause.narrative);
  const [instructions, setInstructions] = useState(detail.rootCause.cisoInstructions);
  const filled = detail.rootCause.category !== null && detail.rootCause.narrative.trim() !== "";
  const labels = {
    category: t("ui-case-root-cause-category"),
    narrative: t("ui-case-root-cause-narrative"),
    cisoInstructions: t("ui-case-root-cause-ciso-instructions"),
  };
  return (
    <Block
      title={t("ui-case-root-cause-title")}
      titleId={titleId}
      actions={
        <span
          data-testid="root-cause-state"
          data-filled={filled}
          className={`rounded-4 border px-2 py-0.5 text-dns-14B-120 ${filled ? "border-green-900 bg-green-50 text-green-1100" : "border-yellow-700 bg-yellow-50 text-yellow-1200"}`}
        >
          {filled ? t("ui-case-root-cause-filled") : t("ui-case-root-cause-unfilled")}
        </span>
      }
    >
      <div ref={form.root}>
        <form
          data-testid="root-cause-form"
          noValidate
          className="space-y-6"
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit(
              () =>
                backend.saveRootCause({
                  caseId: detail.summary.id,
                  category: category || null,
                  narrative,
                  cisoInstructions: instructions,
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
            <SelectField
              label={labels.category}
              field="category"
              data-testid="root-cause-category"
              value={category}
              onValue={(v) => setCategory(v as CauseCategory | "")}
              options={[{ value: "", label: t("ui-form-select-placeholder") }, ...CAUSE_CATEGORIES.map((c) => ({ value: c, label: t(CAUSE_CATEGORY_IDS[c]) }))]}
              error={form.errors.fieldErrors.category}
            />
            <TextAreaField
              label={labels.narrative}
              field="narrative"
              data-testid="root-cause-narrative"
              rows={4}
              value={narrative}
              onValue={setNarrative}
              hint={t("ui-case-root-cause-narrative-hint")}
              error={form.errors.fieldErrors.narrative}
            />
            <TextAreaField
              label={labels.cisoInstructions}
              field="cisoInstructions"
              data-testid="root-cause-ciso-instructions"
              value={instructions}
              onValue={setInstructions}
              hint={t("ui-case-root-cause-ciso-instructions-hint")}
              error={form.errors.fieldErrors.cisoInstructions}
            />
          </fieldset>
          {editable && (
            <Button type="submit" data-testid="root-cause-save" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-save")}
            </Button>
          )}
        </form>
      </div>
    </Block>
  );
}

function MeasureForm({ backend, onChange, onStatus, input, onClose }: SectionProps & { input: MeasureInput; onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [value, setValue] = useState(input);
  const labels = {
    text: t("ui-case-measure-text"),
    status: t("ui-case-measure-status"),
    owner: t("ui-case-measure-owner"),
    dueOn: value.status === "done" ? t("ui-case-measure-done-date") : t("ui-case-measure-due-date"),
  };
  const set = (patch: Partial<MeasureInput>) => setValue({ ...value, ...patch });
  return (
    <div ref={form.root}>
      <Panel title={value.measureId ? t("ui-case-measure-edit-title") : t("ui-case-measure-add-title")} titleId={titleId} testId="measure-form">
        <form
          noValidate
          className="space-y-6"
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit(() => backend.saveMeasure(value), labels, (next) => {
              onChange(next);
              onStatus(t("ui-saved"));
              onClose();
            });
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <TextAreaField
            label={labels.text}
            field="text"
            data-testid="measure-text"
            required
            value={value.text}
            onValue={(text) => set({ text })}
            error={form.errors.fieldErrors.text}
            autoFocus
          />
          <RadioGroup<MeasureStatus>
            legend={labels.status}
            name="measure-status"
            field="status"
            required
            value={value.status}
            onValue={(status) => set({ status })}
            optionsClassName="flex flex-wrap gap-x-8 gap-y-2"
            options={[
              { value: "done", label: t(MEASURE_STATUS_IDS["done"]), testId: "measure-status-done" },
              { value: "planned", label: t(MEASURE_STATUS_IDS["planned"]), testId: "measure-status-planned" },
            ]}
            error={form.errors.fieldErrors.status}
          />
          <div className="grid gap-6 md:grid-cols-2">
            <TextField
              label={labels.owner}
              field="owner"
              data-testid="measure-owner"
              required
              value={value.owner}
              onValue={(owner) => set({ owner })}
              hint={t("ui-case-measure-owner-hint")}
              error={form.errors.fieldErrors.owner}
            />
            <TextField
              label={labels.dueOn}
              field="dueOn"
              type="date"
              data-testid="measure-due-on"
              required={value.status === "planned"}
              value={value.dueOn}
              onValue={(dueOn) => set({ dueOn })}
              error={form.errors.fieldErrors.dueOn}
            />
          </div>
          <div className="flex flex-wrap gap-4">
            <Button type="submit" data-testid="measure-save" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-save")}
            </Button>
            <Button variant="secondary" data-testid="measure-cancel" disabled={form.busy} onClick={onClose}>
              {t("ui-cancel")}
            </Button>
          </div>
        </form>
      </Panel>
    </div>
  );
}

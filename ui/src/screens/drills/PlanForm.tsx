// Planning a drill (000 §5.2(3)): the scenario, 訓練名, 年度, 目的, 体制, 範囲, 実施予定日 and the
// participants with their roles. A refused plan shows the error at its field and keeps what was
// typed.
//
// data-testid:
//   plan-form                     the form
//   plan-scenario / plan-name / plan-fiscal-year / plan-purpose / plan-structure / plan-scope / plan-planned-on
//   plan-participant-person-<i> / plan-participant-name-<i> / plan-participant-role-<i> / plan-participant-remove-<i>
//   plan-participant-add
//   plan-save / plan-cancel

import { useId, useMemo, useState } from "react";
import type { Backend } from "../../backend";
import type { DrillDto } from "../../bindings/DrillDto";
import type { PersonDto } from "../../bindings/PersonDto";
import type { ScenarioSummaryDto } from "../../bindings/ScenarioSummaryDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { FieldError, SelectField, TextAreaField, TextField } from "../../components/Form";
import { Panel } from "../../components/Page";
import { DRILL_KIND_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { peopleOptions, SmallButton, useCaseForm } from "../cases/shared";
import { fiscalYearOf } from "./shared";

interface Row {
  key: number;
  personId: string;
  name: string;
  role: string;
}

interface Props {
  backend: Backend;
  scenarios: readonly ScenarioSummaryDto[];
  people: readonly PersonDto[];
  onCancel: () => void;
  onPlanned: (drill: DrillDto) => void;
}

export function PlanForm({ backend, scenarios, people, onCancel, onPlanned }: Props) {
  const t = useT();
  const titleId = useId();
  const participantsId = useId();
  const form = useCaseForm();
  const [scenarioKey, setScenarioKey] = useState(scenarios[0]?.key ?? "");
  const [name, setName] = useState("");
  const [fiscalYear, setFiscalYear] = useState(() => String(fiscalYearOf(Date.now())));
  const [purpose, setPurpose] = useState("");
  const [structure, setStructure] = useState("");
  const [scope, setScope] = useState("");
  const [plannedOn, setPlannedOn] = useState("");
  const [rows, setRows] = useState<Row[]>([{ key: 0, personId: "", name: "", role: "" }]);
  const [nextKey, setNextKey] = useState(1);
  const err = form.errors.fieldErrors;

  const labels = {
    scenarioKey: t("ui-drill-plan-scenario"),
    name: t("ui-drill-plan-name"),
    fiscalYear: t("ui-drill-plan-fiscal-year"),
    purpose: t("ui-drill-plan-purpose"),
    structure: t("ui-drill-plan-structure"),
    scope: t("ui-drill-plan-scope"),
    plannedOn: t("ui-drill-plan-planned-on"),
    participants: t("ui-drill-plan-participants"),
  };

  const scenarioOptions = useMemo(
    () =>
      scenarios.map((s) => ({
        value: s.key,
        label: t("ui-drill-scenario-option", {
          title: s.title,
          kind: t(DRILL_KIND_IDS[s.kind] ?? s.kind),
          count: s.injectCount,
          source: s.builtin ? t("ui-drill-scenario-builtin") : t("ui-drill-scenario-own"),
        }),
      })),
    [scenarios, t],
  );
  const personOptions = [{ value: "", label: t("ui-drill-plan-person-none") }, ...peopleOptions(people, false)];
  const selected = scenarios.find((s) => s.key === scenarioKey);

  const setRow = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  function save() {
    void form.submit(
      () =>
        backend.planDrill({
          id: null,
          scenarioKey,
          name,
          fiscalYear,
          purpose,
          structure,
          scope,
          plannedOn,
          participants: rows.map((r) => ({ personId: r.personId || null, name: r.name, role: r.role })),
        }),
      labels,
      onPlanned,
    );
  }

  return (
    <Panel title={t("ui-drill-plan-title")} titleId={titleId} testId="plan-panel">
      <div ref={form.root}>
        <form
          data-testid="plan-form"
          noValidate
          className="space-y-6"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <SelectField
            label={labels.scenarioKey}
            field="scenarioKey"
            data-testid="plan-scenario"
            value={scenarioKey}
            onValue={setScenarioKey}
            options={scenarioOptions}
            hint={selected?.summary}
            required
            error={err.scenarioKey}
          />
          <div className="grid gap-6 md:grid-cols-[1fr_12rem_14rem]">
            <TextField label={labels.name} field="name" data-testid="plan-name" value={name} onValue={setName} required error={err.name} hint={t("ui-drill-plan-name-hint")} />
            <TextField
              label={labels.fiscalYear}
              field="fiscalYear"
              data-testid="plan-fiscal-year"
              inputMode="numeric"
              value={fiscalYear}
              onValue={setFiscalYear}
              required
              error={err.fiscalYear}
              hint={t("ui-drill-plan-fiscal-year-hint")}
            />
            <TextField
              label={labels.plannedOn}
              field="plannedOn"
              type="date"
              data-testid="plan-planned-on"
              value={plannedOn}
              onValue={setPlannedOn}
              error={err.plannedOn}
            />
          </div>
          <TextAreaField label={labels.purpose} field="purpose" data-testid="plan-purpose" value={purpose} onValue={setPurpose} error={err.purpose} hint={t("ui-drill-plan-purpose-hint")} />
          <div className="grid gap-6 md:grid-cols-2">
            <TextAreaField
              label={labels.structure}
              field="structure"
              data-testid="plan-structure"
              value={structure}
              onValue={setStructure}
              error={err.structure}
              hint={t("ui-drill-plan-structure-hint")}
            />
            <TextAreaField label={labels.scope} field="scope" data-testid="plan-scope" value={scope} onValue={setScope} error={err.scope} hint={t("ui-drill-plan-scope-hint")} />
          </div>
          <fieldset aria-describedby={err.participants ? `${participantsId}-error` : undefined} className="space-y-3">
            <legend className="text-std-16B-170 text-solid-gray-900">{labels.participants}</legend>
            <p className="text-dns-16N-130 text-solid-gray-700">{t("ui-drill-plan-participants-hint")}</p>
            <ul className="space-y-3">
              {rows.map((r, i) => (
                <li key={r.key} className="grid items-end gap-3 rounded-8 border border-solid-gray-420 p-3 md:grid-cols-[1fr_1fr_1fr_auto]">
                  <SelectField
                    label={t("ui-drill-plan-person", { n: i + 1 })}
                    field={i === 0 ? "participants" : `participants-${i}`}
                    data-testid={`plan-participant-person-${i}`}
                    value={r.personId}
                    onValue={(v) => {
                      const p = people.find((x) => x.id === v);
                      setRow(r.key, { personId: v, name: p && (!r.name || people.some((x) => x.name === r.name)) ? p.name : r.name });
                    }}
                    options={personOptions}
                  />
                  <TextField
                    label={t("ui-drill-plan-participant-name", { n: i + 1 })}
                    field={`participantName-${i}`}
                    data-testid={`plan-participant-name-${i}`}
                    value={r.name}
                    onValue={(v) => setRow(r.key, { name: v })}
                  />
                  <TextField
                    label={t("ui-drill-plan-participant-role", { n: i + 1 })}
                    field={`participantRole-${i}`}
                    data-testid={`plan-participant-role-${i}`}
                    value={r.role}
                    onValue={(v) => setRow(r.key, { role: v })}
                    placeholder={t("ui-drill-plan-role-placeholder")}
                  />
                  <SmallButton testId={`plan-participant-remove-${i}`} label={t("ui-drill-plan-participant-remove-label", { n: i + 1 })} onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
                    {t("ui-drill-plan-participant-remove")}
                  </SmallButton>
                </li>
              ))}
            </ul>
            <FieldError id={`${participantsId}-error`} message={err.participants} />
            <SmallButton
              testId="plan-participant-add"
              onClick={() => {
                setRows((rs) => [...rs, { key: nextKey, personId: "", name: "", role: "" }]);
                setNextKey((n) => n + 1);
              }}
            >
              {t("ui-drill-plan-participant-add")}
            </SmallButton>
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" data-testid="plan-save" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-drill-plan-save")}
            </Button>
            <Button variant="secondary" data-testid="plan-cancel" onClick={onCancel}>
              {t("ui-cancel")}
            </Button>
          </div>
        </form>
      </div>
    </Panel>
  );
}

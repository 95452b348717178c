// The scenario library: the built-in scenarios and the organization's own. A built-in one is
// copied under a new key and title (then saved as the organization's own); a scenario's injects are
// replaced from a CSV (時刻, 経路, 付与する状況, 期待される対応), pasted or read from a file. A bad row
// is named at the CSV field and nothing is saved; what was typed stays.
//
// data-testid:
//   drill-scenarios               the section; scenario-<key> a row (data-builtin)
//   scenario-copy-<key>           copies it: scenario-copy-form, scenario-copy-key, scenario-copy-title,
//                                 scenario-copy-save, scenario-copy-cancel
//   scenario-import-open          the CSV form: import-form, import-scenario, import-file, import-csv, import-save,
//                                 import-cancel

import { useId, useState } from "react";
import type { Backend } from "../../backend";
import { toApiError } from "../../backend";
import type { ScenarioFile } from "../../bindings/ScenarioFile";
import type { ScenarioSummaryDto } from "../../bindings/ScenarioSummaryDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextAreaField, TextField } from "../../components/Form";
import { Badge, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { CATEGORY_IDS, DRILL_KIND_IDS } from "../../l10n/labels";
import type { Category } from "../../bindings/Category";
import { useT } from "../../l10n/useT";
import { Block, SmallButton, useCaseForm } from "../cases/shared";

interface Props {
  backend: Backend;
  scenarios: readonly ScenarioSummaryDto[];
  onScenarios: (s: ScenarioSummaryDto[]) => void;
  onStatus: (message: string) => void;
}

/** `loss_theft` → `lossTheft`. */
const category = (code: string) => code.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as Category;

export function Scenarios({ backend, scenarios, onScenarios, onStatus }: Props) {
  const t = useT();
  const titleId = useId();
  const [copying, setCopying] = useState<{ file: ScenarioFile; basedOn: string } | null>(null);
  const [importing, setImporting] = useState(false);
  const open = useCaseForm();

  const refresh = async (message: string) => {
    onScenarios(await backend.drillScenarios());
    onStatus(message);
  };

  function copy(s: ScenarioSummaryDto) {
    setImporting(false);
    void open.submit(
      () => backend.drillScenario(s.key),
      {},
      (file) =>
        setCopying({
          file: { ...file, key: `${file.key}-copy`, title: t("ui-drill-scenario-copy-title-default", { title: file.title }) },
          basedOn: s.builtin ? s.key : s.basedOn,
        }),
    );
  }

  return (
    <Block
      title={t("ui-drill-scenarios-title")}
      titleId={titleId}
      testId="drill-scenarios"
      actions={
        !importing && (
          <SmallButton
            testId="scenario-import-open"
            onClick={() => {
              setCopying(null);
              setImporting(true);
            }}
          >
            {t("ui-drill-import-open")}
          </SmallButton>
        )
      }
    >
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-drill-scenarios-intro")}</p>
      {open.errors.generalError && <ErrorAlert error={open.errors.generalError} />}
      <Table caption={t("ui-drill-scenarios-title")}>
        <thead className={THEAD}>
          <tr>
            <Th>{t("ui-drill-scenario-col-title")}</Th>
            <Th>{t("ui-drill-col-kind")}</Th>
            <Th>{t("ui-drill-scenario-col-category")}</Th>
            <Th>{t("ui-drill-scenario-col-injects")}</Th>
            <Th>
              <span className="sr-only">{t("ui-drill-scenario-col-actions")}</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((s) => {
            const cat = category(s.category);
            return (
            <tr key={s.key} data-testid={`scenario-${s.key}`} data-builtin={s.builtin} className={TROW}>
              <Td>
                <span className="text-std-16B-170">{s.title}</span>{" "}
                <Badge tone={s.builtin ? "neutral" : "info"}>{s.builtin ? t("ui-drill-scenario-builtin") : t("ui-drill-scenario-own")}</Badge>
                <div className="text-dns-14N-130 text-solid-gray-700">
                  <span className="font-mono">{s.key}</span>
                  {s.basedOn && <span className="ml-2">{t("ui-drill-scenario-based-on", { key: s.basedOn })}</span>}
                </div>
              </Td>
              <Td className="whitespace-nowrap">{t(DRILL_KIND_IDS[s.kind] ?? s.kind)}</Td>
              <Td className="whitespace-nowrap">{t(CATEGORY_IDS[cat] ?? s.category)}</Td>
              <Td className="whitespace-nowrap tabular-nums">{t("ui-drill-scenario-injects", { count: s.injectCount })}</Td>
              <Td>
                <SmallButton testId={`scenario-copy-${s.key}`} label={t("ui-drill-scenario-copy-label", { title: s.title })} onClick={() => copy(s)} disabled={open.busy}>
                  {t("ui-drill-scenario-copy")}
                </SmallButton>
              </Td>
            </tr>
            );
          })}
        </tbody>
      </Table>
      {copying && (
        <CopyForm
          key={copying.file.key}
          backend={backend}
          initial={copying}
          onCancel={() => setCopying(null)}
          onSaved={(s) => {
            setCopying(null);
            void refresh(t("ui-drill-scenario-saved", { title: s.title }));
          }}
        />
      )}
      {importing && (
        <ImportForm
          backend={backend}
          scenarios={scenarios}
          onCancel={() => setImporting(false)}
          onSaved={(s) => {
            setImporting(false);
            void refresh(t("ui-drill-import-saved", { title: s.title, key: s.key, count: s.injectCount }));
          }}
        />
      )}
    </Block>
  );
}

function CopyForm({
  backend,
  initial,
  onCancel,
  onSaved,
}: {
  backend: Backend;
  initial: { file: ScenarioFile; basedOn: string };
  onCancel: () => void;
  onSaved: (s: ScenarioSummaryDto) => void;
}) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [key, setKey] = useState(initial.file.key);
  const [title, setTitle] = useState(initial.file.title);
  const [summary, setSummary] = useState(initial.file.summary);
  const labels = { key: t("ui-drill-scenario-key"), title: t("ui-drill-scenario-title"), summary: t("ui-drill-scenario-summary") };
  const err = form.errors.fieldErrors;
  return (
    <Block title={t("ui-drill-scenario-copy-heading")} titleId={titleId} testId="scenario-copy-block">
      <div ref={form.root}>
        <form
          data-testid="scenario-copy-form"
          noValidate
          className="space-y-4 rounded-8 border-2 border-blue-900 p-4"
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit(() => backend.saveDrillScenario({ scenario: { ...initial.file, key, title, summary }, basedOn: initial.basedOn }), labels, onSaved);
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <div className="grid gap-4 md:grid-cols-2">
            <TextField label={labels.key} field="key" data-testid="scenario-copy-key" value={key} onValue={setKey} required error={err.key} hint={t("ui-drill-scenario-key-hint")} />
            <TextField label={labels.title} field="title" data-testid="scenario-copy-title" value={title} onValue={setTitle} required error={err.title} />
          </div>
          <TextAreaField label={labels.summary} field="summary" data-testid="scenario-copy-summary" value={summary} onValue={setSummary} required error={err.summary} />
          <p className="text-dns-16N-130 text-solid-gray-700">{t("ui-drill-scenario-copy-note", { count: initial.file.injects.length })}</p>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" data-testid="scenario-copy-save" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-drill-scenario-copy-save")}
            </Button>
            <Button variant="secondary" data-testid="scenario-copy-cancel" onClick={onCancel}>
              {t("ui-cancel")}
            </Button>
          </div>
        </form>
      </div>
    </Block>
  );
}

function ImportForm({
  backend,
  scenarios,
  onCancel,
  onSaved,
}: {
  backend: Backend;
  scenarios: readonly ScenarioSummaryDto[];
  onCancel: () => void;
  onSaved: (s: ScenarioSummaryDto) => void;
}) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [key, setKey] = useState(scenarios[0]?.key ?? "");
  const [text, setText] = useState("");
  const labels = { key: t("ui-drill-import-scenario"), text: t("ui-drill-import-csv") };
  const err = form.errors.fieldErrors;

  function save() {
    // A bad row (`injects[<row>].<field>`) or an unreadable file is shown at the CSV itself.
    void form.submit(
      async () => {
        try {
          return await backend.importDrillScenario({ format: "csv", text, key });
        } catch (e) {
          const error = toApiError(e);
          if (error.field && (error.field.startsWith("injects") || error.field === "file")) throw { ...error, field: "text" };
          throw error;
        }
      },
      labels,
      onSaved,
    );
  }

  return (
    <Block title={t("ui-drill-import-title")} titleId={titleId} testId="import-block">
      <div ref={form.root}>
        <form
          data-testid="import-form"
          noValidate
          className="space-y-4 rounded-8 border-2 border-blue-900 p-4"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <p className="text-std-16N-170 text-solid-gray-800">{t("ui-drill-import-intro")}</p>
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <SelectField
            label={labels.key}
            field="key"
            data-testid="import-scenario"
            value={key}
            onValue={setKey}
            options={scenarios.map((s) => ({ value: s.key, label: `${s.title}（${s.key}）` }))}
            error={err.key}
            hint={t("ui-drill-import-scenario-hint")}
          />
          <label className="block text-std-16B-170">
            {t("ui-drill-import-file")}
            <input
              type="file"
              accept=".csv,text/csv"
              data-testid="import-file"
              className="mt-2 block text-std-16N-170"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void file.text().then(setText);
              }}
            />
          </label>
          <TextAreaField
            label={labels.text}
            field="text"
            data-testid="import-csv"
            value={text}
            onValue={setText}
            rows={8}
            required
            error={err.text}
            hint={t("ui-drill-import-csv-hint")}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" data-testid="import-save" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-drill-import-save")}
            </Button>
            <Button variant="secondary" data-testid="import-cancel" onClick={onCancel}>
              {t("ui-cancel")}
            </Button>
          </div>
        </form>
      </div>
    </Block>
  );
}

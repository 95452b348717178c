// 統計 (`#/stats`, issue 10): statistics of real cases — counts and the median and mean time from the
// report to triage, the CISO's 第一報, containment and closure — grouped by category, department,
// 重要度, month or 年度 over a period of report days, as a table and a chart; "CSV に書き出す"
// writes the CSV (for Excel) to `<data dir>/exports/`; the 年次報告 for the 情報セキュリティ委員会
// is saved as a PDF to the path the user types. Drill cases are never counted.
//
// data-testid:
//   stats                   the page
//   stats-group-by, stats-from, stats-to, stats-run   the query
//   stats-table             the table; stats-row (data-key) one group; stats-total the total row
//   stats-chart             the chart (rows stats-chart-bar)
//   stats-drills-left-out   how many drill cases were left out
//   stats-export, stats-exported   the CSV export and where it was written
//   annual-year, annual-path, annual-save, annual-overwrite, annual-saved   the 年次報告

import { useCallback, useEffect, useId, useState } from "react";
import type { Backend } from "../../backend";
import type { StatisticsDto } from "../../bindings/StatisticsDto";
import type { StatsGroupDto } from "../../bindings/StatsGroupDto";
import type { StatsGrouping } from "../../bindings/StatsGrouping";
import type { StatsQuery } from "../../bindings/StatsQuery";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextField } from "../../components/Form";
import { PageTitle, StatusLine, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { useFormErrors } from "../../components/useFormErrors";
import { CATEGORY_IDS, STATS_GROUPING_IDS, STATS_GROUPINGS, STATS_INTERVAL_IDS } from "../../l10n/labels";
import { useSeverityLabel } from "../../l10n/severity";
import { useT, type Translate } from "../../l10n/useT";
import { BarChart } from "./BarChart";
import type { Category } from "../../bindings/Category";
import type { Severity } from "../../bindings/Severity";

interface Props {
  backend: Backend;
}

/** A duration in words: "3時間5分", "45分"; "－" for none. */
export function formatDuration(t: Translate, seconds: number | null): string {
  if (seconds === null) return t("ui-none-dash");
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return t("ui-stats-duration-m", { minutes });
  return t("ui-stats-duration-hm", { hours, minutes: minutes % 60 });
}

/** The 年度 of today in Japan (April–March). */
function currentFiscalYear(): number {
  const d = new Date(Date.now() + 9 * 3600_000);
  return d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
}

export function StatsPage({ backend }: Props) {
  const t = useT();
  const titleId = useId();
  const severityLabel = useSeverityLabel();
  const [groupBy, setGroupBy] = useState<StatsGrouping>("category");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [stats, setStats] = useState<StatisticsDto | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const labels = { from: t("field-stats-from"), to: t("field-stats-to") };

  const query = useCallback((): StatsQuery => ({ from: from.trim() || null, to: to.trim() || null, groupBy }), [from, to, groupBy]);

  const run = useCallback(
    async (q: StatsQuery) => {
      errors.clear();
      setBusy(true);
      try {
        setStats(await backend.statistics(q));
      } catch (e) {
        errors.showError(e, labels);
      } finally {
        setBusy(false);
      }
    },
    [backend],
  );

  // A new grouping counts at once; the period is counted when asked.
  useEffect(() => {
    void run(query());
  }, [groupBy, run]);

  async function exportCsv() {
    errors.clear();
    setExported(null);
    try {
      const out = await backend.exportStatisticsCsv(query());
      setExported(t("ui-stats-exported", { path: out.path }));
    } catch (e) {
      errors.showError(e, labels);
    }
  }

  /** What a group is called on screen: category and 重要度 in the UI's language, else the API's label. */
  const groupLabel = (g: StatsGroupDto): string => {
    if (!stats || g.key === "") return g.label;
    if (stats.groupBy === "category") return t(CATEGORY_IDS[g.key as Category] ?? "") || g.label;
    if (stats.groupBy === "severity") return severityLabel(g.key as Severity);
    return g.label;
  };

  return (
    <section aria-labelledby={titleId} data-testid="stats" className="space-y-8">
      <PageTitle id={titleId} title={t("ui-stats-title")} intro={t("ui-stats-intro")} />
      {errors.generalError && <ErrorAlert error={errors.generalError} />}
      <form
        className="flex flex-wrap items-end gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          void run(query());
        }}
      >
        <SelectField
          label={t("ui-stats-group-by")}
          field="groupBy"
          data-testid="stats-group-by"
          value={groupBy}
          onValue={(v) => setGroupBy(v as StatsGrouping)}
          options={STATS_GROUPINGS.map((g) => ({ value: g, label: t(STATS_GROUPING_IDS[g]) }))}
        />
        <TextField
          label={labels.from}
          field="from"
          inputMode="numeric"
          placeholder="2026-04-01"
          hint={t("ui-stats-date-hint")}
          data-testid="stats-from"
          value={from}
          onValue={setFrom}
          error={errors.fieldErrors.from}
        />
        <TextField
          label={labels.to}
          field="to"
          inputMode="numeric"
          placeholder="2027-03-31"
          hint={t("ui-stats-date-hint")}
          data-testid="stats-to"
          value={to}
          onValue={setTo}
          error={errors.fieldErrors.to}
        />
        <Button type="submit" data-testid="stats-run" disabled={busy}>
          {t("ui-stats-run")}
        </Button>
        <Button variant="secondary" data-testid="stats-export" onClick={() => void exportCsv()}>
          {t("ui-stats-export")}
        </Button>
      </form>
      <StatusLine message={exported} testId="stats-exported" />

      {stats && (
        <>
          <p className="text-dns-14N-130 text-solid-gray-700">
            {t("ui-stats-note")}{" "}
            <span data-testid="stats-drills-left-out">{t("ui-stats-drills-left-out", { count: stats.drillsLeftOut })}</span>
          </p>
          <div className="rounded-8 border border-solid-gray-420 px-4 py-3">
            <h2 className="mb-3 text-std-17B-170 text-solid-gray-900">
              {t("ui-stats-chart-title", { group: t(STATS_GROUPING_IDS[stats.groupBy]) })}
            </h2>
            <BarChart
              testid="stats-chart"
              label={t("ui-stats-chart-title", { group: t(STATS_GROUPING_IDS[stats.groupBy]) })}
              bars={stats.groups.map((g) => ({
                key: g.key || "none",
                label: groupLabel(g),
                value: g.count,
                valueText: `${g.count}${t("ui-home-count-unit", { count: g.count })}`,
              }))}
            />
          </div>
          <StatsTable stats={stats} groupLabel={groupLabel} />
        </>
      )}

      <AnnualReport backend={backend} />
    </section>
  );
}

function StatsTable({ stats, groupLabel }: { stats: StatisticsDto; groupLabel: (g: StatsGroupDto) => string }) {
  const t = useT();
  const row = (g: StatsGroupDto, total: boolean) => (
    <tr key={total ? "total" : g.key || "none"} data-testid={total ? "stats-total" : "stats-row"} data-key={g.key} className={TROW + (total ? " font-bold" : "")}>
      <Td>{total ? t("ui-stats-total") : groupLabel(g)}</Td>
      <Td className="text-right tabular-nums">{g.count}</Td>
      <Td className="text-right tabular-nums">{g.open}</Td>
      {g.intervals.map((i) => (
        <Td key={i.interval} className="whitespace-nowrap text-right tabular-nums" data-interval={i.interval}>
          <span data-testid="stats-median">{formatDuration(t, i.medianSeconds)}</span>
          <span className="block text-dns-14N-130 text-solid-gray-700">
            {t("ui-stats-mean-reached", { mean: formatDuration(t, i.meanSeconds), reached: i.reached, notYet: i.notYet })}
          </span>
        </Td>
      ))}
    </tr>
  );
  return (
    <Table caption={t("ui-stats-table-caption")} testId="stats-table">
      <thead className={THEAD}>
        <tr>
          <Th scope="col">{t(STATS_GROUPING_IDS[stats.groupBy])}</Th>
          <Th scope="col" className="text-right">
            {t("stats-csv-count")}
          </Th>
          <Th scope="col" className="text-right">
            {t("stats-csv-open")}
          </Th>
          {stats.total.intervals.map((i) => (
            <Th key={i.interval} scope="col" className="text-right">
              {t(STATS_INTERVAL_IDS[i.interval])}
              <span className="block text-dns-14N-130">{t("ui-stats-median-head")}</span>
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {stats.groups.map((g) => row(g, false))}
        {row(stats.total, true)}
      </tbody>
    </Table>
  );
}

/** The 年次報告 PDF of a 年度, written to the path the user types (prefilled with the documents folder). */
function AnnualReport({ backend }: { backend: Backend }) {
  const t = useT();
  const titleId = useId();
  const [year, setYear] = useState(String(currentFiscalYear()));
  const [path, setPath] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors();

  useEffect(() => {
    let current = true;
    backend.documentFolder().then(
      (folder) => current && setPath((p) => p || `${folder}/年次報告_${year}年度.pdf`),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [backend]);

  async function save(overwrite: boolean) {
    errors.clear();
    setSaved(null);
    setSaving(true);
    try {
      const out = await backend.saveAnnualReport({ fiscalYear: Number(year), path, overwrite });
      setSaved(t("ui-stats-annual-saved", { path: out.path }));
    } catch (e) {
      errors.showError(e, { path: t("ui-stats-annual-path"), fiscalYear: t("ui-stats-annual-year") });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby={titleId} className="space-y-4" data-testid="annual-report">
      <h2 id={titleId} className="text-std-24B-150 text-solid-gray-900">
        {t("ui-stats-annual-title")}
      </h2>
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-stats-annual-intro")}</p>
      {errors.generalError && <ErrorAlert error={errors.generalError} />}
      <div className="flex flex-wrap items-end gap-4">
        <TextField
          label={t("ui-stats-annual-year")}
          field="fiscalYear"
          inputMode="numeric"
          data-testid="annual-year"
          value={year}
          onValue={setYear}
          error={errors.fieldErrors.fiscalYear}
        />
        <TextField
          label={t("ui-stats-annual-path")}
          field="path"
          data-testid="annual-path"
          value={path}
          onValue={setPath}
          error={errors.fieldErrors.path}
          className="min-w-[24rem] flex-1"
        />
      </div>
      <div className="flex flex-wrap gap-4">
        <Button data-testid="annual-save" disabled={saving} onClick={() => void save(false)}>
          {t("ui-stats-annual-save")}
        </Button>
        {errors.fieldErrors.path && (
          <Button variant="secondary" data-testid="annual-overwrite" disabled={saving} onClick={() => void save(true)}>
            {t("ui-stats-annual-overwrite")}
          </Button>
        )}
      </div>
      <StatusLine message={saved} testId="annual-saved" />
    </section>
  );
}

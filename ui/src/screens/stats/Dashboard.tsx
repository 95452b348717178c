// ダッシュボード (issue 10): the top of the home screen for the CSIRT roles and the CISO. Open real
// cases by state and 重要度 (drill cases never counted), deadlines due today, this week and overdue,
// what waits on the CISO, the next drill and the people overdue for training. Every tile opens
// the filtered case list, the deadlines page, the case, the drill or the training page.
//
// data-testid:
//   dashboard                      the section
//   dash-open-total                the open-cases tile (value in dash-open-total-value)
//   dash-by-state / dash-by-severity   the charts (rows: <id>-bar, data-key, data-value)
//   dash-deadlines-<overdue|today|week>  the deadline tiles (value in …-value)
//   dash-ciso                      what waits on the CISO (value in dash-ciso-value; rows dash-ciso-row)
//   dash-next-drill                the next drill (dash-next-drill-none when none is planned)
//   dash-training                  people overdue for training (absent for those who may not see it)

import { useCallback, useId } from "react";
import type { ReactNode } from "react";
import type { Backend } from "../../backend";
import type { CaseFilterInput } from "../../bindings/CaseFilterInput";
import { LoadState } from "../../components/LoadState";
import { useLoad } from "../../components/useLoad";
import { formatJst } from "../../format/datetime";
import { CASE_STATE_IDS, CISO_WAIT_REASON_IDS } from "../../l10n/labels";
import { useSeverityLabel } from "../../l10n/severity";
import { useT } from "../../l10n/useT";
import { BarChart } from "./BarChart";

interface Props {
  backend: Backend;
  /** Opens the case list with these filters (over the default: open cases, newest first). */
  onOpenCases: (filter: Partial<CaseFilterInput>) => void;
  /** Whether the user may open the 訓練 and 研修 pages (the tiles link there only then). */
  seesDrills: boolean;
  seesTraining: boolean;
}

const SEVERITY_FILL: Record<string, string> = {
  critical: "fill-red-900",
  high: "fill-red-700",
  medium: "fill-yellow-700",
  low: "fill-solid-gray-536",
  none: "fill-solid-gray-420",
};

function ymd(day: string): string {
  return day.replaceAll("-", "/");
}

function Tile({ testid, title, children, tone = "plain" }: { testid: string; title: string; children: ReactNode; tone?: "plain" | "alert" }) {
  return (
    <div
      data-testid={testid}
      className={
        "rounded-8 border px-4 py-3 " + (tone === "alert" ? "border-red-800 bg-red-50" : "border-solid-gray-420 bg-white")
      }
    >
      <p className="text-dns-14B-130 text-solid-gray-700">{title}</p>
      <div className="mt-2 text-solid-gray-900">{children}</div>
    </div>
  );
}

function Count({ testid, value, unit }: { testid: string; value: number; unit: string }) {
  return (
    <span>
      <span data-testid={testid} className="text-std-28B-150 tabular-nums">
        {value}
      </span>
      <span className="ml-1 text-dns-14N-130">{unit}</span>
    </span>
  );
}

const linkClass = "text-blue-1000 underline underline-offset-[calc(3/16*1rem)] hover:decoration-2";

export function Dashboard({ backend, onOpenCases, seesDrills, seesTraining }: Props) {
  const t = useT();
  const titleId = useId();
  const severityLabel = useSeverityLabel();
  const load = useCallback(() => backend.dashboard(), [backend]);
  const loaded = useLoad(load);
  const d = loaded.data;
  const unit = (count: number) => t("ui-home-count-unit", { count });
  const cases = (filter: Partial<CaseFilterInput>) => (e: React.MouseEvent) => {
    e.preventDefault();
    onOpenCases(filter);
  };

  return (
    <section aria-labelledby={titleId} data-testid="dashboard" className="space-y-6">
      <div>
        <h2 id={titleId} className="text-std-24B-150 text-solid-gray-900">
          {t("ui-dash-title")}
        </h2>
        <p className="mt-1 text-dns-14N-130 text-solid-gray-700">{t("ui-dash-note")}</p>
      </div>
      {!d ? (
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      ) : (
        <>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Tile testid="dash-open-total" title={t("ui-dash-open-total")}>
              <a href="#/cases" onClick={cases({})} className={linkClass}>
                <Count testid="dash-open-total-value" value={d.openTotal} unit={unit(d.openTotal)} />
              </a>
            </Tile>
            {(
              [
                ["overdue", d.deadlines.overdue, t("ui-dash-deadlines-overdue")],
                ["today", d.deadlines.dueToday, t("ui-dash-deadlines-today")],
                ["week", d.deadlines.dueThisWeek, t("ui-dash-deadlines-week")],
              ] as const
            ).map(([k, n, title]) => (
              <Tile key={k} testid={`dash-deadlines-${k}`} title={title} tone={k === "overdue" && n > 0 ? "alert" : "plain"}>
                <a href="#/deadlines" className={linkClass}>
                  <Count testid={`dash-deadlines-${k}-value`} value={n} unit={unit(n)} />
                </a>
              </Tile>
            ))}
          </div>

          <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
            <div className="rounded-8 border border-solid-gray-420 px-4 py-3">
              <h3 className="mb-3 text-std-17B-170 text-solid-gray-900">{t("ui-dash-by-state")}</h3>
              <BarChart
                testid="dash-by-state"
                label={t("ui-dash-by-state")}
                bars={d.openByState.map((s) => ({
                  key: s.state,
                  label: t(CASE_STATE_IDS[s.state]),
                  value: s.count,
                  valueText: `${s.count}${unit(s.count)}`,
                  href: "#/cases",
                  onOpen: () => onOpenCases({ state: s.state }),
                }))}
              />
            </div>
            <div className="rounded-8 border border-solid-gray-420 px-4 py-3">
              <h3 className="mb-3 text-std-17B-170 text-solid-gray-900">{t("ui-dash-by-severity")}</h3>
              <BarChart
                testid="dash-by-severity"
                label={t("ui-dash-by-severity")}
                bars={d.openBySeverity.map((s) => ({
                  key: s.severity ?? "none",
                  label: s.severity ? severityLabel(s.severity) : t("ui-dash-severity-none"),
                  value: s.count,
                  valueText: `${s.count}${unit(s.count)}`,
                  href: "#/cases",
                  onOpen: () => onOpenCases(s.severity ? { severity: s.severity } : {}),
                  fill: SEVERITY_FILL[s.severity ?? "none"],
                }))}
              />
            </div>
          </div>

          <div className="grid grid-cols-1 gap-3 lg:grid-cols-3">
            <Tile testid="dash-ciso" title={t("ui-dash-ciso")} tone={d.cisoWaitingCount > 0 ? "alert" : "plain"}>
              <Count testid="dash-ciso-value" value={d.cisoWaitingCount} unit={unit(d.cisoWaitingCount)} />
              {d.cisoWaiting.length > 0 && (
                <ul className="mt-2 space-y-1 text-dns-14N-130">
                  {d.cisoWaiting.map((w) => (
                    <li key={`${w.caseId}:${w.reason}:${w.since}`} data-testid="dash-ciso-row" data-reason={w.reason}>
                      <a href={`#/cases/${encodeURIComponent(w.caseId)}`} className={linkClass}>
                        {w.receiptNo} {w.title}
                      </a>
                      <span className="ml-2 text-solid-gray-700">
                        {t(CISO_WAIT_REASON_IDS[w.reason])}（{formatJst(w.since)}）
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Tile>
            <Tile testid="dash-next-drill" title={t("ui-dash-next-drill")} tone={d.nextDrill?.overdue ? "alert" : "plain"}>
              {d.nextDrill ? (
                <p className="text-dns-16N-130">
                  {seesDrills ? (
                    <a href={`#/drills/${encodeURIComponent(d.nextDrill.id)}`} className={linkClass}>
                      {d.nextDrill.name}
                    </a>
                  ) : (
                    d.nextDrill.name
                  )}
                  <span data-testid="dash-next-drill-day" className="ml-2 tabular-nums">
                    {d.nextDrill.plannedOn ? ymd(d.nextDrill.plannedOn) : t("ui-dash-next-drill-undated")}
                  </span>
                  {d.nextDrill.overdue && <span className="ml-2 font-bold text-red-900">{t("ui-dash-next-drill-overdue")}</span>}
                  <span className="mt-1 block text-dns-14N-130 text-solid-gray-700">
                    {t("ui-dash-drills-planned", { count: d.drillsPlanned })}
                  </span>
                </p>
              ) : (
                <p data-testid="dash-next-drill-none" className="text-dns-16N-130 text-solid-gray-700">
                  {t("ui-dash-next-drill-none")}
                </p>
              )}
            </Tile>
            {d.trainingOverdue !== null && (
              <Tile testid="dash-training" title={t("ui-dash-training")} tone={d.trainingOverdue > 0 ? "alert" : "plain"}>
                {seesTraining ? (
                  <a href="#/training" className={linkClass}>
                    <Count testid="dash-training-value" value={d.trainingOverdue} unit={t("ui-dash-people-unit", { count: d.trainingOverdue })} />
                  </a>
                ) : (
                  <Count testid="dash-training-value" value={d.trainingOverdue} unit={t("ui-dash-people-unit", { count: d.trainingOverdue })} />
                )}
              </Tile>
            )}
          </div>
          <p data-testid="dash-today" className="text-dns-14N-130 text-solid-gray-700">
            {t("ui-dash-today", { date: ymd(d.today) })}
          </p>
        </>
      )}
    </section>
  );
}

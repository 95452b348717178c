// 訓練 (`#/drills`, `#/drills/<id>`; 管理者, CSIRT責任者, 統括 — `Action::RunDrills`): the list of
// drills with the form to plan one and the scenario library, or one drill's facilitator screen.
//
// data-testid:
//   drills                        the list page
//   drill-plan-open               opens the plan form (PlanForm.tsx)
//   drill-list                    the table; drill-row-<id> (data-state), drill-link-<id>, drill-case-<id>
//   drills-empty                  no drill yet
//   drills-status                 "計画しました" and the like
//   Scenario library: see Scenarios.tsx. One drill: see DrillDetail.tsx.

import { useCallback, useEffect, useId, useState } from "react";
import type { Backend } from "../../backend";
import type { DrillRowDto } from "../../bindings/DrillRowDto";
import type { PersonDto } from "../../bindings/PersonDto";
import type { ScenarioSummaryDto } from "../../bindings/ScenarioSummaryDto";
import { Button } from "../../components/Button";
import { LoadState } from "../../components/LoadState";
import { PageTitle, StatusLine, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { useLoad } from "../../components/useLoad";
import { DRILL_KIND_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { Time } from "../cases/shared";
import { DrillDetail } from "./DrillDetail";
import { PlanForm } from "./PlanForm";
import { Scenarios } from "./Scenarios";
import { caseHref, drillHref, DrillStateBadge } from "./shared";

interface Props {
  backend: Backend;
  /** The drill of `#/drills/<id>`, or null for the list. */
  drillId: string | null;
  /** May plan and run drills (`Action::RunDrills`); the CISO only reads and approves. */
  canRun: boolean;
}

export function Drills({ backend, drillId, canRun }: Props) {
  const [people, setPeople] = useState<readonly PersonDto[]>([]);
  useEffect(() => {
    let current = true;
    backend.listPeople().then(
      (p) => current && setPeople(p),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [backend]);
  if (drillId !== null) return <DrillDetail key={drillId} backend={backend} drillId={drillId} people={people} />;
  return <DrillIndex backend={backend} people={people} canRun={canRun} />;
}

function DrillIndex({ backend, people, canRun }: { backend: Backend; people: readonly PersonDto[]; canRun: boolean }) {
  const t = useT();
  const titleId = useId();
  const listId = useId();
  const load = useCallback(
    () => Promise.all([backend.listDrills(), canRun ? backend.drillScenarios() : Promise.resolve<ScenarioSummaryDto[]>([])]),
    [backend, canRun],
  );
  const loaded = useLoad(load);
  const [planning, setPlanning] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const setScenarios = (scenarios: ScenarioSummaryDto[]) => {
    if (loaded.data) loaded.setData([loaded.data[0], scenarios]);
  };

  return (
    <div data-testid="drills" className="space-y-10">
      <PageTitle id={titleId} title={t("ui-drills-title")} intro={t("ui-drills-intro")}>
        {canRun && loaded.data && !planning && (
          <Button data-testid="drill-plan-open" onClick={() => setPlanning(true)}>
            {t("ui-drill-plan-open")}
          </Button>
        )}
      </PageTitle>
      <StatusLine message={status} testId="drills-status" />
      {!loaded.data ? (
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      ) : (
        <>
          {planning && (
            <PlanForm
              backend={backend}
              scenarios={loaded.data[1]}
              people={people}
              onCancel={() => setPlanning(false)}
              onPlanned={(d) => {
                window.location.hash = drillHref(d.id).slice(1);
              }}
            />
          )}
          <section aria-labelledby={listId} className="space-y-4">
            <h2 id={listId} className="text-std-24B-150 text-solid-gray-900">
              {t("ui-drills-list-title")}
            </h2>
            <DrillTable rows={loaded.data[0]} />
          </section>
          {canRun && <Scenarios backend={backend} scenarios={loaded.data[1]} onScenarios={setScenarios} onStatus={setStatus} />}
        </>
      )}
    </div>
  );
}

function DrillTable({ rows }: { rows: readonly DrillRowDto[] }) {
  const t = useT();
  if (rows.length === 0) {
    return (
      <p data-testid="drills-empty" className="text-std-16N-170 text-solid-gray-700">
        {t("ui-drills-empty")}
      </p>
    );
  }
  return (
    <Table caption={t("ui-drills-list-title")} testId="drill-list">
      <thead className={THEAD}>
        <tr>
          <Th>{t("ui-drill-col-name")}</Th>
          <Th>{t("ui-drill-col-kind")}</Th>
          <Th>{t("ui-drill-col-year")}</Th>
          <Th>{t("ui-drill-col-state")}</Th>
          <Th>{t("ui-drill-col-case")}</Th>
          <Th>{t("ui-drill-col-when")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid={`drill-row-${r.id}`} data-state={r.state} className={TROW}>
            <Td>
              <a href={drillHref(r.id)} data-testid={`drill-link-${r.id}`} className="text-std-16B-170 text-blue-1000 underline hover:decoration-2">
                {r.name}
              </a>
              <div className="text-dns-14N-130 text-solid-gray-700">{r.scenarioTitle}</div>
            </Td>
            <Td className="whitespace-nowrap">{t(DRILL_KIND_IDS[r.kind] ?? r.kind)}</Td>
            <Td className="whitespace-nowrap tabular-nums">{t("ui-drill-year", { year: String(r.fiscalYear) })}</Td>
            <Td>
              <DrillStateBadge state={r.state} />
            </Td>
            <Td className="whitespace-nowrap tabular-nums">
              {r.caseId && r.caseReceiptNo ? (
                <a href={caseHref(r.caseId)} data-testid={`drill-case-${r.id}`} className="text-blue-1000 underline hover:decoration-2">
                  {r.caseReceiptNo}
                </a>
              ) : (
                t("ui-none-dash")
              )}
            </Td>
            <Td className="whitespace-nowrap tabular-nums">
              {r.startedAt ? <Time at={r.startedAt} /> : r.plannedOn ? t("ui-drill-planned-on", { date: r.plannedOn }) : t("ui-none-dash")}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

// 期限一覧 (`#/deadlines`): for the CSIRT, every report or notice still owed with a date, over all
// open cases, earliest first — overdue and due-soon said in words, drill cases marked 訓練.
//
// data-testid:
//   deadlines                     the page; deadlines-today shows today's date (the app's clock)
//   deadlines-empty               nothing is due
//   deadline-row-<receiptNo>-<destination>-<stage>      one row (data-due-status)
//   deadline-status-<receiptNo>-<destination>-<stage>   its state with 期限超過 / 期限間近
//   deadline-link-<receiptNo>-<destination>-<stage>     opens the case

import { useCallback, useEffect, useId, useRef } from "react";
import type { Backend } from "../../backend";
import { LoadState } from "../../components/LoadState";
import { useLoad } from "../../components/useLoad";
import { BASIS_IDS, DESTINATION_IDS, NOTIFICATION_STAGE_IDS, NOTIFICATION_STATE_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { DrillBadge } from "./shared";

interface Props {
  backend: Backend;
  onOpen: (caseId: string) => void;
}

function ymd(date: string): string {
  return date.replaceAll("-", "/");
}

export function Deadlines({ backend, onOpen }: Props) {
  const t = useT();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const load = useCallback(() => backend.deadlines(), [backend]);
  const loaded = useLoad(load);
  useEffect(() => heading.current?.focus(), []);
  const data = loaded.data;

  return (
    <section aria-labelledby={titleId} data-testid="deadlines" className="space-y-6">
      <h1 id={titleId} ref={heading} tabIndex={-1} className="text-std-32B-150 text-solid-gray-900 focus:outline-none">
        {t("ui-deadlines-title")}
      </h1>
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-deadlines-intro")}</p>
      {!data ? (
        loaded.error && <LoadState error={loaded.error} onRetry={loaded.reload} />
      ) : (
        <>
          <p data-testid="deadlines-today" className="text-std-16B-170">
            {t("ui-deadlines-today", { date: ymd(data.today) })}
          </p>
          {data.rows.length === 0 ? (
            <p data-testid="deadlines-empty" className="text-std-16N-170 text-solid-gray-700">
              {t("ui-deadlines-empty")}
            </p>
          ) : (
            <table className="w-full border-collapse text-left text-std-16N-170">
              <thead>
                <tr className="border-b-2 border-solid-gray-536">
                  <th className="py-2 pr-3">{t("ui-deadlines-due")}</th>
                  <th className="py-2 pr-3">{t("ui-deadlines-case")}</th>
                  <th className="py-2 pr-3">{t("ui-deadlines-destination")}</th>
                  <th className="py-2 pr-3">{t("ui-deadlines-state")}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((d) => {
                  const k = `${d.receiptNo}-${d.row.destination}-${d.row.stage}`;
                  const overdue = d.row.dueStatus === "overdue";
                  const soon = d.row.dueStatus === "dueSoon";
                  return (
                    <tr
                      key={`${d.caseId}:${d.row.destination}:${d.row.basis}:${d.row.stage}`}
                      data-testid={`deadline-row-${k}`}
                      data-due-status={d.row.dueStatus}
                      className={"border-b border-solid-gray-420 align-top " + (overdue ? "bg-red-50" : soon ? "bg-yellow-50" : "")}
                    >
                      <td className="py-2 pr-3 font-bold whitespace-nowrap">{d.row.due ? ymd(d.row.due) : t("ui-none-dash")}</td>
                      <td className="py-2 pr-3">
                        <a
                          href={`#/cases/${encodeURIComponent(d.caseId)}`}
                          data-testid={`deadline-link-${k}`}
                          onClick={(e) => {
                            e.preventDefault();
                            onOpen(d.caseId);
                          }}
                          className="font-bold text-blue-1000 underline"
                        >
                          {d.receiptNo}
                        </a>{" "}
                        {d.drill && <DrillBadge />} {d.title}
                      </td>
                      <td className="py-2 pr-3">
                        {DESTINATION_IDS[d.row.destination] ? t(DESTINATION_IDS[d.row.destination]!) : d.row.destination}
                        <span className="ml-1 text-dns-14N-130">（{t(NOTIFICATION_STAGE_IDS[d.row.stage])}）</span>
                        <span className="block text-dns-14N-130 text-solid-gray-700">
                          {BASIS_IDS[d.row.basis] ? t(BASIS_IDS[d.row.basis]!) : d.row.basis}
                        </span>
                      </td>
                      <td data-testid={`deadline-status-${k}`} className="py-2 pr-3">
                        {t(NOTIFICATION_STATE_IDS[d.row.state])}
                        {overdue && <span className="ml-2 font-bold text-error-1">{t("ui-obligation-overdue")}</span>}
                        {soon && <span className="ml-2 font-bold text-yellow-1200">{t("ui-obligation-due-soon")}</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

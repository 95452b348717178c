// Home: the organisation, the dashboard (CSIRT roles and the CISO, issue 10), how many cases are in
// each state (each a link to the case list filtered by it), and the list of cases.

import { useSeverityLabel } from "../l10n/severity";
import { useEffect, useId, useRef } from "react";
import type { ReactNode } from "react";
import type { CaseFilterInput } from "../bindings/CaseFilterInput";
import type { CaseSummaryDto } from "../bindings/CaseSummaryDto";
import type { HomeDto } from "../bindings/HomeDto";
import type { Severity } from "../bindings/Severity";
import { formatJst } from "../format/datetime";
import { CASE_STATE_IDS, CASE_STATES, CATEGORY_IDS, ORG_KIND_IDS } from "../l10n/labels";
import { useT } from "../l10n/useT";


const SEVERITY_STYLE: Record<Severity, string> = {
  critical: "border-red-900 bg-red-900 text-white",
  high: "border-red-800 bg-red-50 text-red-1000",
  medium: "border-yellow-700 bg-yellow-50 text-yellow-1200",
  low: "border-solid-gray-420 bg-solid-gray-50 text-solid-gray-800",
};

interface Props {
  home: HomeDto;
  /** The signed-in user's name, for the greeting. */
  userName?: string;
  /** Whether the user's roles show every case (otherwise the list is empty by design). */
  seesAllCases?: boolean;
  /** Move keyboard focus to the page heading on first render. */
  focusHeading?: boolean;
  /** The way to report an incident (and to resume a report), shown first. */
  report?: ReactNode;
  /** The dashboard, shown after the report callout (for the CSIRT roles and the CISO). */
  dashboard?: ReactNode;
  /** Opens the case list with a filter: the state counts become links. */
  onOpenCases?: (filter: Partial<CaseFilterInput>) => void;
}

export function Home({ home, userName, seesAllCases = true, focusHeading = false, report, dashboard, onOpenCases }: Props) {
  const t = useT();
  const titleId = useId();
  const countsId = useId();
  const casesId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);

  const org = home.organization;
  const counts = new Map(home.stateCounts.map((c) => [c.state, c.count]));

  return (
    <div data-testid="home" className="space-y-12">
      <section aria-labelledby={titleId}>
        {userName && (
          <p data-testid="home-greeting" className="mb-4 text-std-17N-170 text-solid-gray-800">
            {t("ui-home-greeting", { name: userName })}
          </p>
        )}

        {org ? (
          <>
            <p className="text-dns-14N-130 text-solid-gray-700">{t("ui-home-org-label")}</p>
            <h1
              id={titleId}
              ref={heading}
              tabIndex={-1}
              data-testid="org-name"
              className="mt-1 text-std-32B-150 text-solid-gray-900 focus:shadow-none focus:outline-none"
            >
              {org.name}
            </h1>
            <dl className="mt-2 flex flex-wrap gap-x-8 gap-y-1 text-std-16N-170">
              <div className="flex gap-2">
                <dt className="text-solid-gray-700">{t("ui-home-org-prefecture")}</dt>
                <dd className="text-solid-gray-900">{org.prefecture}</dd>
              </div>
              <div className="flex gap-2">
                <dt className="text-solid-gray-700">{t("ui-home-org-kind")}</dt>
                <dd className="text-solid-gray-900">{t(ORG_KIND_IDS[org.kind])}</dd>
              </div>
            </dl>
          </>
        ) : (
          <>
            <h1
              id={titleId}
              ref={heading}
              tabIndex={-1}
              className="text-std-32B-150 text-solid-gray-900 focus:shadow-none focus:outline-none"
            >
              {t("ui-home-title")}
            </h1>
            <div
              data-testid="org-unset"
              className="mt-6 rounded-8 border border-l-8 border-blue-900 bg-blue-50 px-6 py-4"
            >
              <p className="text-std-17B-170 text-blue-1100">{t("ui-home-org-unset-title")}</p>
              <p className="mt-1 text-std-16N-170 text-solid-gray-900">
                {t("ui-home-org-unset-body")}
              </p>
            </div>
          </>
        )}
      </section>

      {report}

      {dashboard}

      <section aria-labelledby={countsId}>
        <h2 id={countsId} className="text-std-24B-150 text-solid-gray-900">
          {t("ui-home-counts-title")}
        </h2>
        <p className="mt-1 text-dns-14N-130 text-solid-gray-700">{t("ui-home-counts-note")}</p>
        <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
          {CASE_STATES.map((state) => {
            const count = counts.get(state) ?? 0;
            const ended = state === "closed" || state === "notIncident";
            return (
              <li
                key={state}
                data-testid="state-count"
                data-state={state}
                className={
                  "rounded-8 border px-4 py-3 " +
                  (ended ? "border-solid-gray-200 bg-solid-gray-50" : "border-solid-gray-420 bg-white")
                }
              >
                <span className="block text-dns-14B-130 text-solid-gray-700">
                  {onOpenCases ? (
                    <a
                      href="#/cases"
                      data-testid="state-count-link"
                      onClick={(e) => {
                        e.preventDefault();
                        onOpenCases({ state, openOnly: false });
                      }}
                      className="text-blue-1000 underline underline-offset-[calc(3/16*1rem)] hover:decoration-2"
                    >
                      {t(CASE_STATE_IDS[state])}
                    </a>
                  ) : (
                    t(CASE_STATE_IDS[state])
                  )}
                </span>
                <span className="mt-2 block text-solid-gray-900">
                  <span data-testid="state-count-value" className="text-std-28B-150 tabular-nums">
                    {count}
                  </span>
                  <span className="ml-1 text-dns-14N-130">
                    {t("ui-home-count-unit", { count })}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby={casesId}>
        <h2 id={casesId} className="text-std-24B-150 text-solid-gray-900">
          {t("ui-home-cases-title")}
        </h2>
        {!seesAllCases && (
          <p data-testid="cases-restricted" className="mt-2 text-std-16N-170 text-solid-gray-700">
            {t("ui-home-cases-restricted")}
          </p>
        )}
        {home.cases.length === 0 ? (
          <p
            data-testid="cases-empty"
            className="mt-4 rounded-8 border border-dashed border-solid-gray-420 px-6 py-10 text-center text-std-16N-170 text-solid-gray-700"
          >
            {t("ui-home-cases-empty")}
          </p>
        ) : (
          <CaseTable cases={home.cases} linked={seesAllCases} />
        )}
      </section>
    </div>
  );
}

/** `linked`: each title opens the case (`#/cases/<id>`, for those who may see every case). */
function CaseTable({ cases, linked }: { cases: readonly CaseSummaryDto[]; linked: boolean }) {
  const t = useT();
  const severityLabel = useSeverityLabel();
  const th = "px-4 py-3 text-dns-14B-130 text-solid-gray-800 whitespace-nowrap";
  const td = "px-4 py-3 align-top";
  return (
    <div className="mt-4 overflow-x-auto rounded-8 border border-solid-gray-420">
      <table className="w-full border-collapse text-left text-dns-16N-130 text-solid-gray-900">
        <caption className="sr-only">
          {t("ui-home-cases-caption", { count: cases.length })}
        </caption>
        <thead className="border-b border-solid-gray-420 bg-solid-gray-50">
          <tr>
            <th scope="col" className={th}>{t("ui-case-col-receipt-no")}</th>
            <th scope="col" className={th}>{t("ui-case-col-title")}</th>
            <th scope="col" className={th}>{t("ui-case-col-category")}</th>
            <th scope="col" className={th}>{t("ui-case-col-severity")}</th>
            <th scope="col" className={th}>{t("ui-case-col-state")}</th>
            <th scope="col" className={th}>{t("ui-case-col-created-at")}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr
              key={c.id}
              data-testid="case-row"
              data-drill={c.drill}
              className="border-b border-solid-gray-200 last:border-b-0 hover:bg-blue-50"
            >
              <td className={`${td} whitespace-nowrap tabular-nums`} data-testid="case-receipt-no">
                {c.receiptNo}
              </td>
              <td className={td}>
                <span data-testid="case-title">
                  {linked ? (
                    <a
                      href={`#/cases/${encodeURIComponent(c.id)}`}
                      data-testid="case-open"
                      className="text-blue-1000 underline underline-offset-[calc(3/16*1rem)] hover:decoration-2"
                    >
                      {c.title}
                    </a>
                  ) : (
                    c.title
                  )}
                </span>
                {c.drill && (
                  <span
                    data-testid="drill-badge"
                    className="ml-2 inline-block rounded-4 border border-orange-800 bg-orange-50 px-2 py-0.5 align-[0.1em] text-dns-14B-120 text-orange-1100"
                  >
                    {t("ui-case-drill-badge")}
                  </span>
                )}
              </td>
              <td className={`${td} whitespace-nowrap`} data-testid="case-category">
                {t(CATEGORY_IDS[c.category])}
              </td>
              <td className={`${td} whitespace-nowrap`} data-testid="case-severity">
                {c.severity ? (
                  <span
                    className={`inline-block rounded-4 border px-2 py-0.5 text-dns-14B-120 ${SEVERITY_STYLE[c.severity]}`}
                  >
                    {severityLabel(c.severity)}
                  </span>
                ) : (
                  <>
                    <span aria-hidden="true" data-testid="severity-unset">
                      {t("ui-case-severity-unset")}
                    </span>
                    <span className="sr-only">{t("ui-case-severity-unset-label")}</span>
                  </>
                )}
              </td>
              <td className={`${td} whitespace-nowrap`} data-testid="case-state">
                {t(CASE_STATE_IDS[c.state])}
              </td>
              <td className={`${td} whitespace-nowrap tabular-nums`} data-testid="case-created-at">
                <time dateTime={c.createdAt}>{formatJst(c.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// 事案の詳細 (`#/cases/<id>`): the case's header and seven sections as tabs (WAI-ARIA tabs: one
// tab stop, arrow keys, Home/End move between tabs; Tab goes into the panel). Every change answers
// with the whole case, which replaces what is shown.
//
// data-testid:
//   case-detail                   the page (data-state)
//   case-back                     back to the list
//   case-title / case-receipt-no / case-state / case-severity / case-category / case-handler
//   case-created-at / case-readonly (the note that the user may only look)
//   case-status                   "保存しました" and the like
//   case-tabs                     the tab list
//   case-tab-<name>               a tab; name: overview | tasks | obligations | documents | evidence | meetings |
//                                 recovery | prevention | timeline
//   case-panel-<name>             its panel
//   Sections: see Overview.tsx, Tasks.tsx, Obligations.tsx, Documents.tsx, Evidence.tsx, Meetings.tsx, Recovery.tsx,
//   Prevention.tsx, Timeline.tsx.

import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { KeyboardEvent, ReactNode } from "react";
import type { Backend } from "../../backend";
import type { CaseDetailDto } from "../../bindings/CaseDetailDto";
import type { PersonDto } from "../../bindings/PersonDto";
import { LoadState } from "../../components/LoadState";
import { PageTitle, StatusLine } from "../../components/Page";
import { useLoad } from "../../components/useLoad";
import { CATEGORY_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { Documents } from "./Documents";
import { Evidence } from "./Evidence";
import { Meetings } from "./Meetings";
import { Obligations } from "./Obligations";
import { Overview } from "./Overview";
import { Prevention } from "./Prevention";
import { Recovery } from "./Recovery";
import { DrillBadge, isOpenState, SeverityBadge, StateBadge, Time, type SectionProps } from "./shared";
import { Tasks } from "./Tasks";
import { Timeline } from "./Timeline";
import { DrillBanner } from "../drills/shared";
import { Button } from "../../components/Button";
import { BundleExport } from "../settings/DataSafetyParts";

export const CASE_TABS = ["overview", "tasks", "obligations", "documents", "evidence", "meetings", "recovery", "prevention", "timeline"] as const;
export type CaseTab = (typeof CASE_TABS)[number];

interface Props {
  backend: Backend;
  caseId: string;
  userName: string;
  onBack: () => void;
}

export function CaseDetail({ backend, caseId, userName, onBack }: Props) {
  const t = useT();
  const load = useCallback(() => backend.getCase(caseId), [backend, caseId]);
  const loaded = useLoad(load);
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

  const back = (
    <a
      href="#/cases"
      data-testid="case-back"
      onClick={(e) => {
        e.preventDefault();
        onBack();
      }}
      className="inline-block text-std-16N-170 text-blue-1000 underline hover:decoration-2"
    >
      {t("ui-case-back")}
    </a>
  );

  if (!loaded.data) {
    return (
      <div data-testid="case-detail" className="space-y-6">
        {back}
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  return <Loaded backend={backend} detail={loaded.data} onChange={loaded.setData} people={people} userName={userName} back={back} />;
}

function Loaded({
  backend,
  detail,
  onChange,
  people,
  userName,
  back,
}: {
  backend: Backend;
  detail: CaseDetailDto;
  onChange: (d: CaseDetailDto) => void;
  people: readonly PersonDto[];
  userName: string;
  back: ReactNode;
}) {
  const t = useT();
  const titleId = useId();
  const tabsId = useId();
  const [tab, setTab] = useState<CaseTab>("overview");
  const [status, setStatus] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const c = detail.summary;
  const editable = detail.permissions.handle && isOpenState(c.state);

  const change = useCallback(
    (next: CaseDetailDto) => {
      onChange(next);
    },
    [onChange],
  );
  const onStatus = useCallback((message: string) => setStatus(message), []);

  const response = detail.tasks.filter((x) => x.list === "response");
  const recovery = detail.tasks.filter((x) => x.list === "recovery");
  const openTasks = response.filter((x) => x.status === "open").length;
  const overdue = detail.tasks.some((x) => x.overdue);
  const recoveryOpen = recovery.filter((x) => x.status === "open").length;
  const pendingDecisions = detail.decisions.filter((d) => d.status === "proposed").length;

  const label: Record<CaseTab, string> = {
    overview: t("ui-case-tab-overview"),
    tasks: t("ui-case-tab-tasks"),
    obligations: t("ui-case-tab-obligations"),
    documents: t("ui-case-tab-documents"),
    evidence: t("ui-case-tab-evidence"),
    meetings: t("ui-case-tab-meetings"),
    recovery: t("ui-case-tab-recovery"),
    prevention: t("ui-case-tab-prevention"),
    timeline: t("ui-case-tab-timeline"),
  };
  const extra: Partial<Record<CaseTab, string>> = {
    tasks: response.length ? t("ui-case-tab-open-count", { count: openTasks }) : undefined,
    evidence: detail.evidence.length ? t("ui-case-tab-count", { count: detail.evidence.length }) : undefined,
    meetings: pendingDecisions ? t("ui-case-tab-pending-count", { count: pendingDecisions }) : undefined,
    recovery: recovery.length ? t("ui-case-tab-open-count", { count: recoveryOpen }) : undefined,
    timeline: t("ui-case-tab-count", { count: detail.timeline.length }),
  };

  function select(next: CaseTab, focus: boolean) {
    setTab(next);
    setStatus(null);
    if (focus) tabRefs.current[next]?.focus();
  }

  function onTabKey(e: KeyboardEvent<HTMLButtonElement>) {
    const i = CASE_TABS.indexOf(tab);
    const to =
      e.key === "ArrowRight" || e.key === "ArrowDown"
        ? CASE_TABS[(i + 1) % CASE_TABS.length]
        : e.key === "ArrowLeft" || e.key === "ArrowUp"
          ? CASE_TABS[(i - 1 + CASE_TABS.length) % CASE_TABS.length]
          : e.key === "Home"
            ? CASE_TABS[0]
            : e.key === "End"
              ? CASE_TABS[CASE_TABS.length - 1]
              : undefined;
    if (to) {
      e.preventDefault();
      select(to, true);
    }
  }

  const section: SectionProps = { backend, detail, onChange: change, onStatus, people, userName, editable };

  return (
    <div data-testid="case-detail" data-state={c.state} className="space-y-6">
      {c.drill && <DrillBanner testId="case-drill-banner" text={t("ui-drill-case-banner")} />}
      {back}
      <PageTitle id={titleId} title={c.title}>
        {c.drill && <DrillBadge />}
        <Button variant="secondary" data-testid="case-export" aria-expanded={exporting} onClick={() => setExporting((x) => !x)}>
          {t("ui-safety-case-export-button")}
        </Button>
      </PageTitle>
      <dl className="flex flex-wrap items-center gap-x-6 gap-y-1 text-dns-16N-130">
        <div className="flex items-center gap-2">
          <dt className="text-solid-gray-700">{t("ui-case-col-receipt-no")}</dt>
          <dd data-testid="case-receipt-no" className="font-bold tabular-nums">
            {c.receiptNo}
          </dd>
        </div>
        <div className="flex items-center gap-2">
          <dt className="text-solid-gray-700">{t("ui-case-col-state")}</dt>
          <dd>
            <StateBadge state={c.state} testId="case-state" />
          </dd>
        </div>
        <div className="flex items-center gap-2">
          <dt className="text-solid-gray-700">{t("ui-case-col-severity")}</dt>
          <dd>
            <SeverityBadge severity={c.severity} testId="case-severity" />
          </dd>
        </div>
        <div className="flex items-center gap-2">
          <dt className="text-solid-gray-700">{t("ui-case-col-category")}</dt>
          <dd data-testid="case-category">{t(CATEGORY_IDS[c.category])}</dd>
        </div>
        <div className="flex items-center gap-2">
          <dt className="text-solid-gray-700">{t("ui-case-col-handler")}</dt>
          <dd data-testid="case-handler">{detail.handlerName ?? t("ui-not-set")}</dd>
        </div>
        <div className="flex items-center gap-2">
          <dt className="text-solid-gray-700">{t("ui-case-col-created-at")}</dt>
          <dd>
            <Time at={c.createdAt} testId="case-created-at" />
          </dd>
        </div>
      </dl>
      {exporting && (
        <BundleExport
          backend={backend}
          kind="case"
          id={c.id}
          receiptNo={c.receiptNo}
          testId="case-export-form"
          onClose={() => setExporting(false)}
        />
      )}
      {!detail.permissions.handle && (
        <p data-testid="case-readonly" className="rounded-6 border-l-4 border-blue-900 bg-blue-50 px-4 py-2 text-std-16N-170">
          {t("ui-case-readonly")}
        </p>
      )}
      {detail.permissions.handle && !isOpenState(c.state) && (
        <p data-testid="case-readonly" className="rounded-6 border-l-4 border-blue-900 bg-blue-50 px-4 py-2 text-std-16N-170">
          {t("ui-case-ended")}
        </p>
      )}

      <div className="sticky top-0 z-10 -mx-2 bg-white px-2 pt-2">
        <div role="tablist" aria-label={t("ui-case-tabs-label")} data-testid="case-tabs" className="flex flex-wrap gap-1 border-b-2 border-blue-900">
          {CASE_TABS.map((name) => {
            const selected = name === tab;
            return (
              <button
                key={name}
                ref={(el) => {
                  tabRefs.current[name] = el;
                }}
                type="button"
                role="tab"
                id={`${tabsId}-tab-${name}`}
                aria-selected={selected}
                aria-controls={`${tabsId}-panel-${name}`}
                tabIndex={selected ? 0 : -1}
                data-testid={`case-tab-${name}`}
                onClick={() => select(name, false)}
                onKeyDown={onTabKey}
                className={
                  "-mb-0.5 rounded-t-6 border-2 px-2.5 py-1.5 text-dns-16B-130 " +
                  (selected
                    ? "border-blue-900 border-b-white bg-white text-blue-1000"
                    : "border-transparent text-solid-gray-800 underline-offset-[calc(3/16*1rem)] hover:bg-blue-50 hover:underline")
                }
              >
                {label[name]}
                {extra[name] && <span className="ml-1 text-dns-14N-120 text-solid-gray-700">{extra[name]}</span>}
                {name === "tasks" && overdue && (
                  <span className="ml-1 text-dns-14B-120 text-error-1">{t("ui-case-overdue")}</span>
                )}
              </button>
            );
          })}
        </div>
      </div>
      <StatusLine message={status} testId="case-status" />

      <div
        role="tabpanel"
        id={`${tabsId}-panel-${tab}`}
        aria-labelledby={`${tabsId}-tab-${tab}`}
        data-testid={`case-panel-${tab}`}
        tabIndex={0}
        className="focus:shadow-none focus:outline-none"
      >
        {tab === "overview" && <Overview {...section} />}
        {tab === "tasks" && <Tasks {...section} />}
        {tab === "obligations" && <Obligations {...section} />}
        {tab === "documents" && <Documents {...section} />}
        {tab === "evidence" && <Evidence {...section} />}
        {tab === "meetings" && <Meetings {...section} />}
        {tab === "recovery" && <Recovery {...section} />}
        {tab === "prevention" && <Prevention {...section} />}
        {tab === "timeline" && <Timeline {...section} />}
      </div>
    </div>
  );
}

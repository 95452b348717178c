// The signed-in application: header with the user, navigation, and the current page.
// Routing is a tiny hash router (#/departments …), so a reload stays on the same page.

import { useCallback, useEffect, useId, useState } from "react";
import type { Backend } from "./backend";
import type { OrgProfileDto } from "./bindings/OrgProfileDto";
import type { Role } from "./bindings/Role";
import type { UserDto } from "./bindings/UserDto";
import type { SeverityLabelDto } from "./bindings/SeverityLabelDto";
import { Header } from "./components/Header";
import { SeverityLabelsContext } from "./l10n/severity";
import { DocumentAddressees } from "./screens/settings/DocumentAddressees";
import { Encryption } from "./screens/settings/Encryption";
import { ReportingPolicy } from "./screens/settings/ReportingPolicy";
import { SeverityLabels } from "./screens/settings/SeverityLabels";
import { LoadState } from "./components/LoadState";
import { useLoad } from "./components/useLoad";
import { useT, type Translate } from "./l10n/useT";
import type { CaseFilterInput } from "./bindings/CaseFilterInput";
import { CaseDetail } from "./screens/cases/CaseDetail";
import { CaseList, DEFAULT_CASE_FILTER } from "./screens/cases/CaseList";
import { Home } from "./screens/Home";
import { MyReports } from "./screens/report/MyReports";
import { ReportCallout } from "./screens/report/ReportCallout";
import { ReportPage, type ReportIntent } from "./screens/report/ReportPage";
import { Classification } from "./screens/settings/Classification";
import { Contacts } from "./screens/settings/Contacts";
import { Departments } from "./screens/settings/Departments";
import { GuidanceSettings } from "./screens/settings/GuidanceSettings";
import { OrgProfile } from "./screens/settings/OrgProfile";
import { People } from "./screens/settings/People";
import { Playbooks } from "./screens/settings/Playbooks";
import { Deadlines } from "./screens/cases/Deadlines";
import { Systems } from "./screens/settings/Systems";
import { DATA_SAFETY_ROLES, DataSafety } from "./screens/settings/DataSafety";
import { TrainingPage } from "./screens/training/TrainingPage";
import { Drills } from "./screens/drills/Drills";
import { Dashboard } from "./screens/stats/Dashboard";
import { StatsPage } from "./screens/stats/StatsPage";

export const PAGES = [
  "home",
  "cases",
  "deadlines",
  "report",
  "reports",
  "contacts",
  "org",
  "classification",
  "departments",
  "people",
  "systems",
  "guidance",
  "playbooks",
  "training",
  "drills",
  "stats",
  "safety",
] as const;
export type Page = (typeof PAGES)[number];

/** Pages everyone sees in the navigation. */
const COMMON_PAGES: readonly Page[] = ["home", "report", "reports", "contacts"];

/** Pages of those who see every case (the CSIRT roles, CISO, 管理者). */
const CASE_PAGES: readonly Page[] = ["cases", "deadlines", "stats"];

/** Pages only administrators see in the navigation. */
const ADMIN_PAGES: readonly Page[] = ["org", "classification", "departments", "people", "systems", "guidance"];

/** Settings pages of the 事故対応手順書, for those who may edit them (`Action::EditPlaybooks`). */
const PLAYBOOK_PAGES: readonly Page[] = ["playbooks"];

/** データの保全 (issue 9), for those who make backups, manage keys or import bundles. */
const SAFETY_PAGES: readonly Page[] = ["safety"];
const EDIT_PLAYBOOKS: readonly Role[] = ["administrator", "csirtLead"];

const VIEW_ALL_CASES: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer", "ciso", "administrator"];

/** Whose home screen is the dashboard (issue 10): the CSIRT roles and the CISO. */
const DASHBOARD_ROLES: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer", "ciso"];

/** 研修, for those who may see training records (`Action::ViewTraining`). */
const TRAINING_PAGES: readonly Page[] = ["training"];
const VIEW_TRAINING: readonly Role[] = ["administrator", "csirtLead", "chiefSecurityOfficer", "ciso"];

/** 訓練 (issue 8), for those who run drills (`Action::RunDrills`). */
const DRILL_PAGES: readonly Page[] = ["drills"];
const RUN_DRILLS: readonly Role[] = ["administrator", "csirtLead", "chiefSecurityOfficer"];
/** The CISO approves drill records, so sees them, without running drills. */
const READ_DRILLS: readonly Role[] = [...RUN_DRILLS, "ciso"];

export function isAdmin(user: UserDto): boolean {
  return user.roles.includes("administrator");
}

/** Where the hash points: a page, and for `#/cases/<id>` the case. */
interface Route {
  page: Page;
  caseId: string | null;
  /** For `#/drills/<id>`: the drill. */
  drillId?: string | null;
}

function routeFromHash(): Route {
  const path = window.location.hash.replace(/^#\/?/, "");
  const caseMatch = /^cases\/([^/?#]+)$/.exec(path);
  if (caseMatch) return { page: "cases", caseId: decodeURIComponent(caseMatch[1]!) };
  const drillMatch = /^drills\/([^/?#]+)$/.exec(path);
  if (drillMatch) return { page: "drills", caseId: null, drillId: decodeURIComponent(drillMatch[1]!) };
  return { page: (PAGES as readonly string[]).includes(path) ? (path as Page) : "home", caseId: null };
}

function pageTitle(t: Translate, page: Page): string {
  switch (page) {
    case "home":
      return t("ui-nav-home");
    case "cases":
      return t("ui-nav-cases");
    case "deadlines":
      return t("ui-nav-deadlines");
    case "report":
      return t("ui-nav-report");
    case "reports":
      return t("ui-nav-reports");
    case "guidance":
      return t("ui-nav-guidance");
    case "org":
      return t("ui-nav-org");
    case "classification":
      return t("ui-nav-classification");
    case "departments":
      return t("ui-nav-departments");
    case "people":
      return t("ui-nav-people");
    case "systems":
      return t("ui-nav-systems");
    case "contacts":
      return t("ui-nav-contacts");
    case "playbooks":
      return t("ui-nav-playbooks");
    case "training":
      return t("ui-nav-training");
    case "drills":
      return t("ui-nav-drills");
    case "safety":
      return t("ui-nav-safety");
    case "stats":
      return t("ui-nav-stats");
  }
}

interface Props {
  backend: Backend;
  user: UserDto;
  onSignOut: () => void;
  /** Settings that the session reports (idle lock) may have changed. */
  onSettingsChanged: () => void;
}

export function Shell({ backend, user, onSignOut, onSettingsChanged }: Props) {
  const t = useT();
  const navId = useId();
  const admin = isAdmin(user);
  const seesCases = user.roles.some((r) => VIEW_ALL_CASES.includes(r));
  const [route, setRoute] = useState<Route>(() => routeFromHash());
  const page = route.page;
  // The case list's filter, kept here so that coming back from a case finds the list as it was.
  const [caseFilter, setCaseFilter] = useState<CaseFilterInput>(DEFAULT_CASE_FILTER);
  const [orgName, setOrgName] = useState<string | null>(null);
  const [homeVersion, setHomeVersion] = useState(0);
  // How the report screen was last opened; a new number remounts it (a fresh start each time).
  const [report, setReport] = useState<{ intent: ReportIntent; n: number }>({ intent: { kind: "offer" }, n: 0 });

  useEffect(() => {
    const onHash = () => setRoute(routeFromHash());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  const playbookEditor = user.roles.some((r) => EDIT_PLAYBOOKS.includes(r));
  const safekeeper = user.roles.some((r) => DATA_SAFETY_ROLES.includes(r));
  const settingsPages = [...(admin ? ADMIN_PAGES : []), ...(playbookEditor ? PLAYBOOK_PAGES : []), ...(safekeeper ? SAFETY_PAGES : [])];
  const restricted = ADMIN_PAGES.includes(page) || PLAYBOOK_PAGES.includes(page) || SAFETY_PAGES.includes(page);
  const casesHidden = CASE_PAGES.includes(page) && !seesCases;
  const seesTraining = user.roles.some((r) => VIEW_TRAINING.includes(r));
  const trainingHidden = TRAINING_PAGES.includes(page) && !seesTraining;
  const runsDrills = user.roles.some((r) => RUN_DRILLS.includes(r));
  const readsDrills = user.roles.some((r) => READ_DRILLS.includes(r));
  const drillsHidden = DRILL_PAGES.includes(page) && !readsDrills;
  const visible = (!restricted || settingsPages.includes(page)) && !casesHidden && !trainingHidden && !drillsHidden ? page : "home";

  const go = useCallback((next: Page) => {
    if (window.location.hash !== `#/${next}`) window.location.hash = `/${next}`;
    setRoute({ page: next, caseId: null });
    if (next === "home") setHomeVersion((n) => n + 1);
  }, []);

  const openCase = useCallback((caseId: string) => {
    const hash = `#/cases/${encodeURIComponent(caseId)}`;
    if (window.location.hash !== hash) window.location.hash = hash.slice(1);
    setRoute({ page: "cases", caseId });
  }, []);

  // A dashboard tile: the case list with these filters.
  const openCases = useCallback(
    (filter: Partial<CaseFilterInput>) => {
      setCaseFilter({ ...DEFAULT_CASE_FILTER, ...filter });
      go("cases");
    },
    [go],
  );

  const openReport = useCallback(
    (intent: ReportIntent) => {
      setReport((r) => ({ intent, n: r.n + 1 }));
      go("report");
    },
    [go],
  );

  // The organization's names for the 重要度 levels, shown by every screen (団体・設定 changes them).
  const [severityLabels, setSeverityLabels] = useState<SeverityLabelDto[] | null>(null);
  useEffect(() => {
    let alive = true;
    backend.severityLabels().then(
      (labels) => alive && setSeverityLabels(labels),
      () => alive && setSeverityLabels([]), // the standard labels stay; a lost session is handled by the guard
    );
    return () => {
      alive = false;
    };
  }, [backend]);

  const orgSaved = useCallback(
    (org: OrgProfileDto) => {
      setOrgName(org.name);
      onSettingsChanged();
    },
    [onSettingsChanged],
  );

  const navItem = (p: Page) => {
    const current = p === visible;
    return (
      <li key={p}>
        <a
          href={`#/${p}`}
          data-testid={`nav-${p}`}
          aria-current={current ? "page" : undefined}
          onClick={(e) => {
            e.preventDefault();
            if (p === "report") openReport({ kind: "offer" });
            else go(p);
          }}
          className={
            "block rounded-6 px-4 py-2.5 text-std-16N-170 " +
            (current
              ? "bg-blue-900 font-bold text-white"
              : "text-blue-1000 underline-offset-[calc(3/16*1rem)] hover:bg-blue-50 hover:underline")
          }
        >
          {pageTitle(t, p)}
        </a>
      </li>
    );
  };

  return (
    <SeverityLabelsContext.Provider value={severityLabels ?? []}>
      <Header organizationName={orgName} user={user} onSignOut={onSignOut} />
      <div className="mx-auto flex max-w-[1440px] flex-col gap-8 px-8 py-8 lg:flex-row">
        <nav aria-labelledby={navId} data-testid="nav" className="shrink-0 lg:w-60">
          <h2 id={navId} className="sr-only">
            {t("ui-nav-label")}
          </h2>
          <ul className="space-y-1">
            {[
              ...(seesCases ? [COMMON_PAGES[0]!, ...CASE_PAGES, ...COMMON_PAGES.slice(1)] : COMMON_PAGES),
              ...(seesTraining ? TRAINING_PAGES : []),
              ...(readsDrills ? DRILL_PAGES : []),
            ].map(navItem)}
          </ul>
          {settingsPages.length > 0 && (
            <div className="mt-6">
              <p className="px-4 text-dns-14B-130 text-solid-gray-700">{t("ui-nav-settings")}</p>
              <ul className="mt-2 space-y-1" data-testid="nav-settings">
                {settingsPages.map(navItem)}
              </ul>
            </div>
          )}
        </nav>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:shadow-none focus:outline-none">
          {visible === "home" && (
            <HomePage
              key={homeVersion}
              backend={backend}
              user={user}
              onOrgName={setOrgName}
              onReport={openReport}
              onOpenCases={openCases}
              seesDrills={readsDrills}
              seesTraining={seesTraining}
            />
          )}
          {visible !== "home" && <HeaderOrgName backend={backend} known={orgName} onOrgName={setOrgName} />}
          {visible === "org" && (
            <>
              <OrgProfile backend={backend} canEdit={admin} onSaved={orgSaved} />
              {severityLabels && <SeverityLabels backend={backend} canEdit={admin} labels={severityLabels} onSaved={setSeverityLabels} />}
              <ReportingPolicy backend={backend} canEdit={admin} />
              {admin && <DocumentAddressees backend={backend} canEdit={admin} />}
              {admin && <Encryption backend={backend} />}
            </>
          )}
          {visible === "classification" && <Classification backend={backend} canEdit={admin} />}
          {visible === "departments" && <Departments backend={backend} canEdit={admin} />}
          {visible === "people" && <People backend={backend} canEdit={admin} />}
          {visible === "systems" && <Systems backend={backend} canEdit={admin} />}
          {visible === "contacts" && <Contacts backend={backend} canEdit={admin} />}
          {visible === "guidance" && <GuidanceSettings backend={backend} canEdit={admin} />}
          {visible === "cases" && route.caseId === null && (
            <CaseList backend={backend} filter={caseFilter} onFilter={setCaseFilter} onOpen={openCase} />
          )}
          {visible === "cases" && route.caseId !== null && (
            <CaseDetail key={route.caseId} backend={backend} caseId={route.caseId} userName={user.name} onBack={() => go("cases")} />
          )}
          {visible === "deadlines" && <Deadlines backend={backend} onOpen={openCase} />}
          {visible === "stats" && <StatsPage backend={backend} />}
          {visible === "playbooks" && <Playbooks backend={backend} canEdit={playbookEditor} />}
          {visible === "safety" && <DataSafety backend={backend} roles={user.roles} />}
          {visible === "training" && <TrainingPage backend={backend} />}
          {visible === "drills" && <Drills backend={backend} drillId={route.drillId ?? null} canRun={runsDrills} />}
          {visible === "report" && (
            <ReportPage
              key={report.n}
              backend={backend}
              userName={user.name}
              intent={report.intent}
              onMyReports={() => go("reports")}
              onHome={() => go("home")}
              onNewReport={() => openReport({ kind: "new" })}
            />
          )}
          {visible === "reports" && <MyReports backend={backend} onReport={() => openReport({ kind: "offer" })} />}
        </main>
      </div>
    </SeverityLabelsContext.Provider>
  );
}

interface HomePageProps {
  backend: Backend;
  user: UserDto;
  onOrgName: (name: string | null) => void;
  onReport: (intent: ReportIntent) => void;
  onOpenCases: (filter: Partial<CaseFilterInput>) => void;
  seesDrills: boolean;
  seesTraining: boolean;
}

function HomePage({ backend, user, onOrgName, onReport, onOpenCases, seesDrills, seesTraining }: HomePageProps) {
  const load = useCallback(() => backend.home(), [backend]);
  const loaded = useLoad(load);
  const name = loaded.data?.organization?.name ?? null;
  useEffect(() => {
    if (name !== null) onOrgName(name);
  }, [name, onOrgName]);
  if (!loaded.data) return <LoadState error={loaded.error} onRetry={loaded.reload} />;
  return (
    <Home
      home={loaded.data}
      userName={user.name}
      seesAllCases={user.roles.some((r) => VIEW_ALL_CASES.includes(r))}
      report={<ReportCallout backend={backend} onReport={onReport} />}
      onOpenCases={user.roles.some((r) => VIEW_ALL_CASES.includes(r)) ? onOpenCases : undefined}
      dashboard={
        user.roles.some((r) => DASHBOARD_ROLES.includes(r)) ? (
          <Dashboard backend={backend} onOpenCases={onOpenCases} seesDrills={seesDrills} seesTraining={seesTraining} />
        ) : undefined
      }
    />
  );
}

/** Fetches the organization's name for the header when the app starts on another page. */
function HeaderOrgName({ backend, known, onOrgName }: { backend: Backend; known: string | null; onOrgName: (name: string | null) => void }) {
  useEffect(() => {
    if (known !== null) return;
    let current = true;
    backend.home().then(
      (home) => current && onOrgName(home.organization?.name ?? null),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [backend, known, onOrgName]);
  return null;
}

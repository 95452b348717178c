// 事案一覧 (`#/cases`): every case for the CSIRT roles, filtered, sorted and paged by the backend.
//
// data-testid:
//   case-list                     the page
//   case-filters                  the filter form
//   case-filter-state             state: "open" (未完了, the default) | "all" | a CaseState
//   case-filter-severity          "" | a Severity
//   case-filter-assignee          "" | a person id (the case's 担当者)
//   case-filter-category          "" | a Category
//   case-filter-overdue           checkbox: only cases with an open task past due
//   case-sort                     a CaseSort
//   case-filter-reset             back to the defaults
//   case-table                    the table (absent when nothing matches)
//   case-list-empty               "no case matches"
//   case-row-<receiptNo>          one row (click or Enter on its link opens the case); data-case-id
//   case-link-<receiptNo>         the link to the case
//   case-row-state / case-row-severity / case-row-handler / case-row-tasks / case-row-next-due
//   case-row-overdue              the 期限超過 text of a row with overdue tasks
//   case-page-range               "1–20 / 45件"
//   case-page-prev / case-page-next

import { useSeverityLabel } from "../../l10n/severity";
import { useCallback, useEffect, useId, useState } from "react";
import type { Backend } from "../../backend";
import { toApiError } from "../../backend";
import type { ApiError } from "../../bindings/ApiError";
import type { CaseFilterInput } from "../../bindings/CaseFilterInput";
import type { CasePageDto } from "../../bindings/CasePageDto";
import type { CaseSort } from "../../bindings/CaseSort";
import type { CaseState } from "../../bindings/CaseState";
import type { Category } from "../../bindings/Category";
import type { PersonDto } from "../../bindings/PersonDto";
import type { Severity } from "../../bindings/Severity";
import { Button } from "../../components/Button";
import { Checkbox, SelectField, TextField } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { PageTitle, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import {
  CASE_SORT_IDS,
  CASE_SORTS,
  CASE_STATE_IDS,
  CASE_STATES,
  CATEGORIES,
  CATEGORY_IDS,
  SEVERITIES,
} from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { DrillBadge, Due, peopleOptions, SeverityBadge, StateBadge } from "./shared";

export const CASE_PAGE_SIZE = 20;

export const DEFAULT_CASE_FILTER: CaseFilterInput = {
  state: null,
  openOnly: true,
  severity: null,
  assigneePersonId: null,
  category: null,
  overdueOnly: false,
  sort: "newest",
  page: 0,
  pageSize: CASE_PAGE_SIZE,
};

interface Props {
  backend: Backend;
  /** The filter in use (kept by the shell, so that coming back from a case keeps it). */
  filter: CaseFilterInput;
  onFilter: (filter: CaseFilterInput) => void;
  onOpen: (caseId: string) => void;
}

function stateValue(f: CaseFilterInput): string {
  if (f.state) return f.state;
  return f.openOnly ? "open" : "all";
}

export function CaseList({ backend, filter, onFilter, onOpen }: Props) {
  const t = useT();
  const severityLabel = useSeverityLabel();
  const titleId = useId();
  const filtersId = useId();
  const [page, setPage] = useState<CasePageDto | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [people, setPeople] = useState<readonly PersonDto[]>([]);

  useEffect(() => {
    let current = true;
    setError(null);
    backend.searchCases(filter).then(
      (p) => current && setPage(p),
      (e: unknown) => current && setError(toApiError(e)),
    );
    return () => {
      current = false;
    };
  }, [backend, filter, attempt]);

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

  const change = useCallback((patch: Partial<CaseFilterInput>) => onFilter({ ...filter, ...patch, page: patch.page ?? 0 }), [filter, onFilter]);

  const setState = (value: string) => {
    if (value === "open") change({ state: null, openOnly: true });
    else if (value === "all") change({ state: null, openOnly: false });
    else change({ state: value as CaseState, openOnly: false });
  };

  return (
    <div data-testid="case-list" className="space-y-8">
      <PageTitle id={titleId} title={t("ui-nav-cases")} intro={t("ui-case-list-intro")} />

      <section aria-labelledby={filtersId} className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4 sm:p-6">
        <h2 id={filtersId} className="sr-only">
          {t("ui-case-filters-title")}
        </h2>
        <SearchBox query={filter.query ?? ""} onSearch={(query) => change({ query: query || undefined })} />
        <form
          data-testid="case-filters"
          noValidate
          onSubmit={(e) => e.preventDefault()}
          className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
        >
          <SelectField
            label={t("ui-case-filter-state")}
            field="state"
            data-testid="case-filter-state"
            value={stateValue(filter)}
            onValue={setState}
            options={[
              { value: "open", label: t("ui-case-filter-state-open") },
              { value: "all", label: t("ui-case-filter-all") },
              ...CASE_STATES.map((s) => ({ value: s, label: t(CASE_STATE_IDS[s]) })),
            ]}
          />
          <SelectField
            label={t("ui-case-filter-severity")}
            field="severity"
            data-testid="case-filter-severity"
            value={filter.severity ?? ""}
            onValue={(v) => change({ severity: (v || null) as Severity | null })}
            options={[{ value: "", label: t("ui-case-filter-all") }, ...SEVERITIES.map((s) => ({ value: s, label: severityLabel(s) }))]}
          />
          <SelectField
            label={t("ui-case-filter-assignee")}
            field="assigneePersonId"
            data-testid="case-filter-assignee"
            value={filter.assigneePersonId ?? ""}
            onValue={(v) => change({ assigneePersonId: v || null })}
            options={[{ value: "", label: t("ui-case-filter-all") }, ...peopleOptions(people, true)]}
          />
          <SelectField
            label={t("ui-case-filter-category")}
            field="category"
            data-testid="case-filter-category"
            value={filter.category ?? ""}
            onValue={(v) => change({ category: (v || null) as Category | null })}
            options={[{ value: "", label: t("ui-case-filter-all") }, ...CATEGORIES.map((c) => ({ value: c, label: t(CATEGORY_IDS[c]) }))]}
          />
          <SelectField
            label={t("ui-case-sort")}
            field="sort"
            data-testid="case-sort"
            value={filter.sort}
            onValue={(v) => change({ sort: v as CaseSort })}
            options={CASE_SORTS.map((s) => ({ value: s, label: t(CASE_SORT_IDS[s]) }))}
          />
          <div className="flex flex-col justify-end gap-3">
            <Checkbox
              label={t("ui-case-filter-overdue")}
              field="overdueOnly"
              data-testid="case-filter-overdue"
              checked={filter.overdueOnly}
              onChecked={(overdueOnly) => change({ overdueOnly })}
            />
            <div>
              <button
                type="button"
                data-testid="case-filter-reset"
                onClick={() => onFilter(DEFAULT_CASE_FILTER)}
                className="text-std-16N-170 text-blue-1000 underline hover:decoration-2"
              >
                {t("ui-case-filter-reset")}
              </button>
            </div>
          </div>
        </form>
      </section>

      {!page ? (
        <LoadState error={error} onRetry={() => setAttempt((n) => n + 1)} />
      ) : (
        <Results page={page} error={error} onOpen={onOpen} onPage={(p) => change({ page: p })} onRetry={() => setAttempt((n) => n + 1)} />
      )}
    </div>
  );
}

/**
 * The keyword search: searched on Enter or the button (not on every keystroke, which would also
 * fire in the middle of IME conversion); clearing it shows every case again.
 */
function SearchBox({ query, onSearch }: { query: string; onSearch: (query: string) => void }) {
  const t = useT();
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);
  return (
    <form
      role="search"
      noValidate
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text.trim());
      }}
    >
      <TextField
        label={t("ui-case-search")}
        field="query"
        type="search"
        data-testid="case-filter-query"
        value={text}
        onValue={setText}
        hint={t("ui-case-search-hint")}
        className="min-w-0 flex-1"
      />
      <Button type="submit" data-testid="case-search">
        {t("ui-case-search-button")}
      </Button>
      {query && (
        <Button
          variant="secondary"
          data-testid="case-search-clear"
          onClick={() => {
            setText("");
            onSearch("");
          }}
        >
          {t("ui-case-search-clear")}
        </Button>
      )}
    </form>
  );
}

/** A search snippet, its match (between U+0002 and U+0003) highlighted. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\u0002[^\u0003]*\u0003)/u);
  return (
    <span data-testid="case-row-snippet" className="mt-1 block text-dns-14N-130 text-solid-gray-800">
      {parts.map((p, i) =>
        p.startsWith("\u0002") ? (
          <mark key={i} className="bg-yellow-200 font-bold text-solid-gray-900">
            {p.slice(1, -1)}
          </mark>
        ) : (
          <span key={i}>{p}</span>
        ),
      )}
    </span>
  );
}

function Results({
  page,
  error,
  onOpen,
  onPage,
  onRetry,
}: {
  page: CasePageDto;
  error: ApiError | null;
  onOpen: (caseId: string) => void;
  onPage: (page: number) => void;
  onRetry: () => void;
}) {
  const t = useT();
  const first = page.total === 0 ? 0 : page.page * page.pageSize + 1;
  const last = Math.min(page.total, (page.page + 1) * page.pageSize);
  const hasNext = last < page.total;
  const range = (
    <p data-testid="case-page-range" role="status" className="text-std-16N-170 text-solid-gray-800">
      {t("ui-case-page-range", { first, last, total: page.total })}
    </p>
  );
  return (
    <div className="space-y-4">
      {error && <LoadState error={error} onRetry={onRetry} />}
      {range}
      {page.rows.length === 0 ? (
        <p
          data-testid="case-list-empty"
          className="rounded-8 border border-dashed border-solid-gray-420 px-6 py-10 text-center text-std-16N-170 text-solid-gray-700"
        >
          {t("ui-case-list-empty")}
        </p>
      ) : (
        <Table caption={t("ui-case-list-caption", { first, last, total: page.total })} testId="case-table">
          <thead className={THEAD}>
            <tr>
              <Th>{t("ui-case-col-receipt-no")}</Th>
              {/* The title is what people read: it keeps a readable width at 1280 px. */}
              <Th className="min-w-[14rem]">{t("ui-case-col-title")}</Th>
              <Th>{t("ui-case-col-state")}</Th>
              <Th>{t("ui-case-col-severity")}</Th>
              <Th>{t("ui-case-col-handler")}</Th>
              <Th>{t("ui-case-col-tasks")}</Th>
              <Th>{t("ui-case-col-next-due")}</Th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => {
              const c = r.summary;
              return (
                <tr
                  key={c.id}
                  data-testid={`case-row-${c.receiptNo}`}
                  data-case-id={c.id}
                  data-drill={c.drill}
                  onClick={(e) => {
                    if ((e.target as HTMLElement).closest("a")) return;
                    onOpen(c.id);
                  }}
                  className={`${TROW} cursor-pointer hover:bg-blue-50`}
                >
                  <Td className="whitespace-nowrap tabular-nums">
                    <a
                      href={`#/cases/${c.id}`}
                      data-testid={`case-link-${c.receiptNo}`}
                      onClick={(e) => {
                        e.preventDefault();
                        onOpen(c.id);
                      }}
                      className="text-blue-1000 underline hover:decoration-2"
                    >
                      {c.receiptNo}
                    </a>
                  </Td>
                  <Td>
                    <span className="text-std-16B-170">{c.title}</span>
                    {c.drill && <DrillBadge />}
                    {r.snippet && <Snippet text={r.snippet} />}
                    <span className="block text-dns-14N-130 text-solid-gray-700">{t(CATEGORY_IDS[c.category])}</span>
                  </Td>
                  <Td className="whitespace-nowrap">
                    <StateBadge state={c.state} testId="case-row-state" />
                  </Td>
                  <Td className="whitespace-nowrap">
                    <SeverityBadge severity={c.severity} testId="case-row-severity" />
                  </Td>
                  <Td data-testid="case-row-handler" className="whitespace-nowrap">
                    {r.handlerName ?? t("ui-not-set")}
                  </Td>
                  <Td data-testid="case-row-tasks" className="whitespace-nowrap">
                    {t("ui-case-row-open-tasks", { count: r.openTasks })}
                    {r.overdueTasks > 0 && (
                      <span data-testid="case-row-overdue" className="block font-bold text-error-1">
                        {t("ui-case-row-overdue-tasks", { count: r.overdueTasks })}
                      </span>
                    )}
                  </Td>
                  <Td className="whitespace-nowrap">
                    <Due at={r.nextDueAt} overdue={r.nextDueAt !== null && r.overdueTasks > 0} testId="case-row-next-due" />
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      {(page.page > 0 || hasNext) && (
        <nav aria-label={t("ui-case-pages")} className="flex flex-wrap items-center gap-4">
          <Button variant="secondary" data-testid="case-page-prev" disabled={page.page === 0} onClick={() => onPage(page.page - 1)}>
            {t("ui-case-page-prev")}
          </Button>
          <Button variant="secondary" data-testid="case-page-next" disabled={!hasNext} onClick={() => onPage(page.page + 1)}>
            {t("ui-case-page-next")}
          </Button>
        </nav>
      )}
    </div>
  );
}

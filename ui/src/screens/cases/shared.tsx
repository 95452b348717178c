// Pieces the case screens share: badges, times, the clock, people to choose from, and the way a
// form sends a case-changing call (the whole case comes back; errors go next to their field).

import { useSeverityLabel } from "../../l10n/severity";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ReactNode, RefObject } from "react";
import type { Backend } from "../../backend";
import type { CaseDetailDto } from "../../bindings/CaseDetailDto";
import type { CaseState } from "../../bindings/CaseState";
import type { PersonDto } from "../../bindings/PersonDto";
import type { Role } from "../../bindings/Role";
import type { Severity } from "../../bindings/Severity";
import { useFocusRequest } from "../../components/Form";
import { useFormErrors, type FormErrors } from "../../components/useFormErrors";
import { formatJst } from "../../format/datetime";
import { CASE_STATE_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";

export { nowLocal } from "../report/form";

/** Roles that work cases (担当者 candidates). */
export const CSIRT_ROLES: readonly Role[] = ["csirtLead", "chiefSecurityOfficer", "csirtMember"];

export function isCsirt(p: PersonDto): boolean {
  return p.roles.some((r) => CSIRT_ROLES.includes(r));
}

/** People for an assignee select: the CSIRT first, then everyone else, each by kana. */
export function peopleOptions(people: readonly PersonDto[], csirtOnly: boolean): { value: string; label: string }[] {
  const byKana = (a: PersonDto, b: PersonDto) => a.nameKana.localeCompare(b.nameKana, "ja");
  const csirt = people.filter(isCsirt).sort(byKana);
  const others = csirtOnly ? [] : people.filter((p) => !isCsirt(p)).sort(byKana);
  return [...csirt, ...others].map((p) => ({ value: p.id, label: p.title ? `${p.name}（${p.title}）` : p.name }));
}

export function isOpenState(state: CaseState): boolean {
  return state !== "closed" && state !== "notIncident";
}

const SEVERITY_STYLE: Record<Severity, string> = {
  critical: "border-red-900 bg-red-900 text-white",
  high: "border-red-800 bg-red-50 text-red-1000",
  medium: "border-yellow-700 bg-yellow-50 text-yellow-1200",
  low: "border-solid-gray-420 bg-solid-gray-50 text-solid-gray-800",
};

export function SeverityBadge({ severity, testId }: { severity: Severity | null; testId?: string }) {
  const t = useT();
  const severityLabel = useSeverityLabel();
  if (!severity) {
    return (
      <span data-testid={testId} data-severity="">
        <span aria-hidden="true">{t("ui-case-severity-unset")}</span>
        <span className="sr-only">{t("ui-case-severity-unset-label")}</span>
      </span>
    );
  }
  return (
    <span
      data-testid={testId}
      data-severity={severity}
      className={`inline-block whitespace-nowrap rounded-4 border px-2 py-0.5 text-dns-14B-120 ${SEVERITY_STYLE[severity]}`}
    >
      {severityLabel(severity)}
    </span>
  );
}

export function StateBadge({ state, testId }: { state: CaseState; testId?: string }) {
  const t = useT();
  const tone = isOpenState(state) ? "border-blue-900 bg-blue-50 text-blue-1100" : "border-solid-gray-420 bg-solid-gray-50 text-solid-gray-800";
  return (
    <span data-testid={testId} data-state={state} className={`inline-block whitespace-nowrap rounded-4 border px-2 py-0.5 text-dns-14B-120 ${tone}`}>
      {t(CASE_STATE_IDS[state])}
    </span>
  );
}

export function DrillBadge() {
  const t = useT();
  return (
    <span
      data-testid="drill-badge"
      className="ml-2 inline-block rounded-4 border border-orange-800 bg-orange-50 px-2 py-0.5 align-[0.1em] text-dns-14B-120 text-orange-1100"
    >
      {t("ui-case-drill-badge")}
    </span>
  );
}

/** An instant in JST inside a <time>. */
export function Time({ at, testId }: { at: string; testId?: string }) {
  return (
    <time dateTime={at} data-testid={testId} className="tabular-nums">
      {formatJst(at)}
    </time>
  );
}

/** A due time; past due (and still open) is said in words and in red, not by colour alone. */
export function Due({ at, overdue, testId }: { at: string | null; overdue: boolean; testId?: string }) {
  const t = useT();
  if (!at) return <span data-testid={testId}>{t("ui-none-dash")}</span>;
  return (
    <span data-testid={testId} data-overdue={overdue} className={overdue ? "font-bold text-error-1" : undefined}>
      <Time at={at} />
      {overdue && <span className="ml-2 whitespace-nowrap">{t("ui-case-overdue")}</span>}
    </span>
  );
}

/** Now, refreshed every `everyMs` (for countdowns). */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** `1234.5` KB-style size in the UI's words. */
export function FileSize({ bytes }: { bytes: number }) {
  const t = useT();
  if (bytes < 1024) return <>{t("ui-case-size-bytes", { n: bytes })}</>;
  if (bytes < 1024 * 1024) return <>{t("ui-case-size-kb", { n: (bytes / 1024).toFixed(1) })}</>;
  return <>{t("ui-case-size-mb", { n: (bytes / 1024 / 1024).toFixed(1) })}</>;
}

/** What a case section needs. */
export interface SectionProps {
  backend: Backend;
  detail: CaseDetailDto;
  /** The case as the last call answered it. */
  onChange: (detail: CaseDetailDto) => void;
  /** "保存しました" and the like, for the page's status line. */
  onStatus: (message: string) => void;
  people: readonly PersonDto[];
  /** The signed-in user's name (a default for "collected by" …). */
  userName: string;
  /** May change the case now: `permissions.handle` and the case still open. */
  editable: boolean;
}

export interface CaseForm {
  errors: FormErrors;
  busy: boolean;
  root: RefObject<HTMLDivElement | null>;
  /**
   * Sends `call`; on success hands the answer to `onDone` and answers true. A failure is shown next
   * to its field (one of `labels`) or above the form; what was typed stays.
   */
  submit: <T>(call: () => Promise<T>, labels: Readonly<Record<string, string>>, onDone: (value: T) => void) => Promise<boolean>;
  /** Shows a message at a field without calling the backend (client-side checks). */
  fieldError: (field: string, message: string) => void;
}

export function useCaseForm(): CaseForm {
  const errors = useFormErrors();
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const requestFocus = useFocusRequest(root);
  const submit = useCallback(
    async <T,>(call: () => Promise<T>, labels: Readonly<Record<string, string>>, onDone: (value: T) => void) => {
      errors.clear();
      setBusy(true);
      try {
        const value = await call();
        onDone(value);
        return true;
      } catch (e) {
        const field = errors.showError(e, labels);
        if (field) requestFocus(field);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [errors, requestFocus],
  );
  const fieldError = useCallback(
    (field: string, message: string) => {
      errors.setFieldErrors({ [field]: message });
      requestFocus(field);
    },
    [errors, requestFocus],
  );
  return { errors, busy, root, submit, fieldError };
}

/** A titled block inside a section. */
export function Block({ title, titleId, children, testId, actions }: { title: string; titleId: string; children: ReactNode; testId?: string; actions?: ReactNode }) {
  return (
    <section aria-labelledby={titleId} data-testid={testId} className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id={titleId} className="text-std-20B-150 text-solid-gray-900">
          {title}
        </h3>
        {actions && <div className="flex flex-wrap gap-3">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** A small secondary button for actions inside lists. */
export function SmallButton({
  children,
  onClick,
  testId,
  label,
  disabled,
  tone = "normal",
  type = "button",
}: {
  children: ReactNode;
  onClick?: () => void;
  testId?: string;
  label?: string;
  disabled?: boolean;
  tone?: "normal" | "primary";
  type?: "button" | "submit";
}) {
  const style =
    tone === "primary"
      ? "border-blue-900 bg-blue-900 text-white hover:bg-blue-1000"
      : "border-blue-900 bg-white text-blue-900 hover:bg-blue-100";
  return (
    <button
      type={type}
      data-testid={testId}
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
      className={`min-h-10 whitespace-nowrap rounded-6 border px-3 py-1.5 text-oln-16B-100 underline-offset-[calc(3/16*1rem)] hover:underline disabled:cursor-not-allowed disabled:border-solid-gray-300 disabled:bg-solid-gray-50 disabled:text-solid-gray-420 ${style}`}
    >
      {children}
    </button>
  );
}

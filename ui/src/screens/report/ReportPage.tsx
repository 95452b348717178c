// The report screen: offers to resume an open draft, runs the wizard, then shows the receipt.

import { useCallback, useId, useState } from "react";
import type { Backend } from "../../backend";
import { toApiError } from "../../backend";
import type { ApiError } from "../../bindings/ApiError";
import type { ReportDraftDto } from "../../bindings/ReportDraftDto";
import type { ReportOptionsDto } from "../../bindings/ReportOptionsDto";
import type { ReportReceiptDto } from "../../bindings/ReportReceiptDto";
import { ErrorAlert } from "../../components/ErrorAlert";
import { LoadState } from "../../components/LoadState";
import { PageTitle } from "../../components/Page";
import { useLoad } from "../../components/useLoad";
import { useT } from "../../l10n/useT";
import { completeForm, newForm, STEP_COUNT } from "./form";
import { Receipt } from "./Receipt";
import { ReportWizard, type WizardStart } from "./ReportWizard";
import { ResumeOffer } from "./ResumeOffer";

/** How the screen was opened: from the menu (offer open drafts), to resume one, or to start anew. */
export type ReportIntent = { kind: "offer" } | { kind: "resume"; draftId: string } | { kind: "new" };

interface Props {
  backend: Backend;
  userName: string;
  intent: ReportIntent;
  onMyReports: () => void;
  onHome: () => void;
  onNewReport: () => void;
}

type View =
  | { kind: "offer"; drafts: ReportDraftDto[] }
  | { kind: "wizard"; start: WizardStart }
  | { kind: "receipt"; receipt: ReportReceiptDto };

function startOf(draft: ReportDraftDto): WizardStart {
  const step = Math.min(Math.max(draft.step, 1), STEP_COUNT);
  return { draftId: draft.id, step, form: completeForm(draft.form), issues: draft.issues, savedAt: draft.updatedAt };
}

function fresh(options: ReportOptionsDto): WizardStart {
  return { draftId: null, step: 1, form: newForm(options.me), issues: [], savedAt: null };
}

/** Sets every draft aside; a draft already closed elsewhere is no reason to stop. */
export async function discardAll(backend: Backend, drafts: readonly ReportDraftDto[]): Promise<void> {
  for (const d of drafts) {
    try {
      await backend.discardReportDraft(d.id);
    } catch (e) {
      const error = toApiError(e);
      if (error.code !== "conflict" && error.code !== "notFound") throw error;
    }
  }
}

export function ReportPage({ backend, userName, intent, onMyReports, onHome, onNewReport }: Props) {
  const t = useT();
  const titleId = useId();
  const load = useCallback(
    () => Promise.all([backend.reportOptions(), backend.openReportDrafts()]).then(([options, drafts]) => ({ options, drafts })),
    [backend],
  );
  const loaded = useLoad(load);
  const [view, setView] = useState<View | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  if (!loaded.data) {
    return (
      <div data-testid="report-page" className="space-y-8">
        <PageTitle id={titleId} title={t("ui-report-title")} />
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  const { options, drafts } = loaded.data;

  let current: View = view ?? { kind: "wizard", start: fresh(options) };
  if (!view) {
    const wanted = intent.kind === "resume" ? drafts.find((d) => d.id === intent.draftId) : undefined;
    if (wanted) current = { kind: "wizard", start: startOf(wanted) };
    else if (intent.kind !== "new" && drafts.length > 0) current = { kind: "offer", drafts };
  }

  if (current.kind === "receipt") {
    return (
      <div data-testid="report-page">
        <Receipt
          receipt={current.receipt}
          guidance={options.guidance}
          onMyReports={onMyReports}
          onHome={onHome}
          onNewReport={onNewReport}
        />
      </div>
    );
  }

  async function discard(list: readonly ReportDraftDto[]) {
    setBusy(true);
    setError(null);
    try {
      await discardAll(backend, list);
      setView({ kind: "wizard", start: fresh(options) });
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="report-page" className="space-y-8">
      <PageTitle id={titleId} title={t("ui-report-title")} intro={t("ui-report-intro")} />
      {error && <ErrorAlert error={error} />}
      {current.kind === "offer" ? (
        <ResumeOffer
          drafts={current.drafts}
          busy={busy}
          onResume={(d) => setView({ kind: "wizard", start: startOf(d) })}
          onDiscard={() => void discard(current.drafts)}
        />
      ) : (
        <ReportWizard
          key={current.start.draftId ?? "new"}
          backend={backend}
          options={options}
          start={current.start}
          userName={userName}
          onSubmitted={(receipt) => setView({ kind: "receipt", receipt })}
        />
      )}
    </div>
  );
}

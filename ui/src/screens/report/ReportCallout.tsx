// The home screen's way in: a button to report an incident that a clerk in a hurry finds at once,
// and the offer to continue a report left unfinished.

import { useEffect, useId, useState } from "react";
import type { Backend } from "../../backend";
import { toApiError } from "../../backend";
import type { ApiError } from "../../bindings/ApiError";
import type { ReportDraftDto } from "../../bindings/ReportDraftDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useT } from "../../l10n/useT";
import type { ReportIntent } from "./ReportPage";
import { discardAll } from "./ReportPage";
import { ResumeOffer } from "./ResumeOffer";

interface Props {
  backend: Backend;
  onReport: (intent: ReportIntent) => void;
}

export function ReportCallout({ backend, onReport }: Props) {
  const t = useT();
  const titleId = useId();
  const [drafts, setDrafts] = useState<ReportDraftDto[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let current = true;
    backend.openReportDrafts().then(
      (list) => current && setDrafts(list),
      () => undefined, // the report screen offers them again
    );
    return () => {
      current = false;
    };
  }, [backend]);

  async function discard() {
    setBusy(true);
    setError(null);
    try {
      await discardAll(backend, drafts);
      onReport({ kind: "new" });
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={titleId} data-testid="report-callout" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-6 rounded-12 border-2 border-blue-900 bg-white p-6">
        <div className="min-w-0 max-w-[40em] flex-1">
          <h2 id={titleId} className="text-std-24B-150 text-solid-gray-900">
            {t("ui-home-report-title")}
          </h2>
          <p className="mt-1 text-std-16N-170 text-solid-gray-800">{t("ui-home-report-body")}</p>
        </div>
        <Button
          data-testid="home-report"
          onClick={() => onReport(drafts.length > 0 ? { kind: "offer" } : { kind: "new" })}
        >
          {t("ui-home-report-button")}
        </Button>
      </div>
      {error && <ErrorAlert error={error} />}
      {drafts.length > 0 && (
        <ResumeOffer
          drafts={drafts}
          busy={busy}
          onResume={(d) => onReport({ kind: "resume", draftId: d.id })}
          onDiscard={() => void discard()}
        />
      )}
    </section>
  );
}

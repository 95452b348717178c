// "途中の報告があります": the reporter's open drafts after a restart, to continue or set aside.
// Setting aside (破棄) only takes a draft off this list; its text stays in the database.

import { useId } from "react";
import type { ReportDraftDto } from "../../bindings/ReportDraftDto";
import { Button } from "../../components/Button";
import { formatJst } from "../../format/datetime";
import { CATEGORY_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { categoryOf, STEP_COUNT, stepTitle } from "./form";

interface Props {
  drafts: readonly ReportDraftDto[];
  onResume: (draft: ReportDraftDto) => void;
  /** Set every listed draft aside and start a new report. */
  onDiscard: () => void;
  busy?: boolean;
}

export function ResumeOffer({ drafts, onResume, onDiscard, busy = false }: Props) {
  const t = useT();
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      data-testid="resume-offer"
      className="rounded-12 border-2 border-blue-900 bg-blue-50 p-6"
    >
      <h2 id={titleId} className="text-std-20B-150 text-solid-gray-900">
        {t("ui-report-resume-title")}
      </h2>
      <ul className="mt-4 space-y-3">
        {drafts.map((d) => {
          const category = categoryOf(d.form.category);
          const first = [...(d.form.whatHappened.split("\n")[0]?.trim() ?? "")];
          const summary = first.length > 80 ? `${first.slice(0, 80).join("")}…` : first.join("");
          return (
            <li
              key={d.id}
              data-testid="resume-draft"
              className="flex flex-wrap items-center justify-between gap-4 rounded-8 border border-solid-gray-420 bg-white px-4 py-3"
            >
              <div className="min-w-0 flex-1">
                <p className="text-std-16B-170 text-solid-gray-900">
                  {category ? t(CATEGORY_IDS[category]) : t("ui-report-resume-no-category")}
                </p>
                <p className="break-words text-std-16N-170 text-solid-gray-800">
                  {summary || t("ui-report-resume-no-summary")}
                </p>
                <p className="text-dns-14N-130 text-solid-gray-700">
                  {t("ui-report-resume-meta", {
                    time: formatJst(d.updatedAt),
                    step: `${Math.min(d.step, STEP_COUNT)} ${stepTitle(t, d.step)}`,
                  })}
                </p>
              </div>
              <Button data-testid="resume-continue" disabled={busy} onClick={() => onResume(d)}>
                {t("ui-report-resume-continue")}
              </Button>
            </li>
          );
        })}
      </ul>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button variant="secondary" data-testid="resume-discard" disabled={busy} onClick={onDiscard}>
          {t("ui-report-resume-discard")}
        </Button>
        <p className="min-w-0 flex-1 text-dns-14N-130 text-solid-gray-800">{t("ui-report-resume-discard-note")}</p>
      </div>
    </section>
  );
}

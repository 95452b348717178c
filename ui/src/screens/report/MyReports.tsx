// 自分の報告: the reports the signed-in person filed or took, and how far the CSIRT has got.

import { useCallback, useId, useState } from "react";
import type { Backend } from "../../backend";
import { Button } from "../../components/Button";
import { LoadState } from "../../components/LoadState";
import { PageTitle, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { useLoad } from "../../components/useLoad";
import { formatJst } from "../../format/datetime";
import { CASE_STATE_IDS, CATEGORY_IDS, REPORT_SOURCE_IDS, REPORT_SOURCES } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { BundleExport } from "../settings/DataSafetyParts";

interface Props {
  backend: Backend;
  onReport: () => void;
}

export function MyReports({ backend, onReport }: Props) {
  const t = useT();
  const titleId = useId();
  const load = useCallback(() => backend.myReports(), [backend]);
  const loaded = useLoad(load);
  const dash = t("ui-none-dash");
  // The report being written to a file for the hand-over to the CSIRT's installation.
  const [exporting, setExporting] = useState<{ reportId: string; receiptNo: string } | null>(null);

  return (
    <div data-testid="my-reports" className="space-y-8">
      <PageTitle id={titleId} title={t("ui-nav-reports")} intro={t("ui-reports-intro")}>
        <Button data-testid="my-reports-new" onClick={onReport}>
          {t("ui-home-report-button")}
        </Button>
      </PageTitle>
      {!loaded.data ? (
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data.length === 0 ? (
        <p
          data-testid="my-reports-empty"
          className="rounded-8 border border-dashed border-solid-gray-420 px-6 py-10 text-center text-std-16N-170 text-solid-gray-700"
        >
          {t("ui-reports-empty")}
        </p>
      ) : (
        <Table caption={t("ui-reports-caption", { count: loaded.data.length })} testId="my-reports-table">
          <thead className={THEAD}>
            <tr>
              <Th>{t("ui-case-col-receipt-no")}</Th>
              <Th>{t("ui-case-col-category")}</Th>
              <Th>{t("ui-case-col-title")}</Th>
              <Th>{t("ui-reports-col-source")}</Th>
              <Th>{t("ui-reports-col-submitted-at")}</Th>
              <Th>{t("ui-reports-col-state")}</Th>
              <Th>
                <span className="sr-only">{t("ui-safety-col-actions")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {loaded.data.map((r) => {
              const source = REPORT_SOURCES.find((s) => s === r.source);
              return (
                <tr key={r.reportId} data-testid="my-report-row" className={TROW}>
                  <Td className="whitespace-nowrap tabular-nums" data-testid="my-report-receipt-no">
                    {r.receiptNo ?? dash}
                  </Td>
                  <Td className="whitespace-nowrap">{t(CATEGORY_IDS[r.category])}</Td>
                  <Td data-testid="my-report-title">{r.title}</Td>
                  <Td>{source ? t(REPORT_SOURCE_IDS[source]) : r.source}</Td>
                  <Td className="whitespace-nowrap tabular-nums">
                    <time dateTime={r.submittedAt}>{formatJst(r.submittedAt)}</time>
                  </Td>
                  <Td className="whitespace-nowrap" data-testid="my-report-state">
                    {r.caseState ? t(CASE_STATE_IDS[r.caseState]) : dash}
                  </Td>
                  <Td className="whitespace-nowrap">
                    {r.receiptNo && (
                      <Button
                        variant="secondary"
                        data-testid="my-report-export"
                        onClick={() => setExporting({ reportId: r.reportId, receiptNo: r.receiptNo ?? "" })}
                      >
                        {t("ui-safety-report-export-button")}
                      </Button>
                    )}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      {exporting && (
        <BundleExport
          key={exporting.reportId}
          backend={backend}
          kind="report"
          id={exporting.reportId}
          receiptNo={exporting.receiptNo}
          testId="my-report-export-form"
          onClose={() => setExporting(null)}
        />
      )}
    </div>
  );
}

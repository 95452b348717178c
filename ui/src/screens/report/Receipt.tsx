// The receipt after submitting: the 受付番号, what happens next, the first-response guidance again,
// and whom to call (the CSIRT and internal 緊急連絡網 entries).

import { useEffect, useId, useRef } from "react";
import type { GuidanceDto } from "../../bindings/GuidanceDto";
import type { ReportReceiptDto } from "../../bindings/ReportReceiptDto";
import { Button } from "../../components/Button";
import { Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { formatJst } from "../../format/datetime";
import { CATEGORY_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { GuidancePanel } from "./Guidance";

interface Props {
  receipt: ReportReceiptDto;
  guidance: readonly GuidanceDto[];
  onMyReports: () => void;
  onHome: () => void;
  onNewReport: () => void;
}

export function Receipt({ receipt, guidance, onMyReports, onHome, onNewReport }: Props) {
  const t = useT();
  const titleId = useId();
  const nextId = useId();
  const contactsId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const dash = t("ui-none-dash");
  return (
    <section aria-labelledby={titleId} data-testid="report-receipt" className="max-w-[960px] space-y-10">
      <div className="rounded-12 border-2 border-green-900 bg-green-50 p-6 sm:p-8">
        <h1
          id={titleId}
          ref={heading}
          tabIndex={-1}
          className="text-std-32B-150 text-solid-gray-900 focus:shadow-none focus:outline-none"
        >
          {t("ui-receipt-title")}
        </h1>
        <dl className="mt-6 space-y-4">
          <div>
            <dt className="text-std-16B-170 text-solid-gray-800">{t("ui-receipt-no-label")}</dt>
            <dd data-testid="receipt-no" className="text-std-45B-140 tabular-nums text-solid-gray-900">
              {receipt.receiptNo}
            </dd>
          </div>
          <div className="flex flex-wrap gap-x-10 gap-y-2">
            <div className="flex gap-3">
              <dt className="text-std-16N-170 text-solid-gray-700">{t("ui-receipt-submitted-at")}</dt>
              <dd data-testid="receipt-submitted-at" className="text-std-16B-170 tabular-nums text-solid-gray-900">
                <time dateTime={receipt.submittedAt}>{formatJst(receipt.submittedAt)}</time>
              </dd>
            </div>
            <div className="flex gap-3">
              <dt className="text-std-16N-170 text-solid-gray-700">{t("ui-case-col-category")}</dt>
              <dd className="text-std-16B-170 text-solid-gray-900">{t(CATEGORY_IDS[receipt.category])}</dd>
            </div>
          </div>
        </dl>
        <p className="mt-4 text-std-16N-170 text-solid-gray-900">{t("ui-receipt-keep-number")}</p>
      </div>

      <section aria-labelledby={nextId}>
        <h2 id={nextId} className="text-std-24B-150 text-solid-gray-900">
          {t("ui-receipt-next-title")}
        </h2>
        <ol className="mt-4 list-decimal space-y-2 pl-7 text-std-16N-170 text-solid-gray-900" data-testid="receipt-next">
          <li>{t("ui-receipt-next-csirt")}</li>
          <li>{t("ui-receipt-next-device")}</li>
          <li>{t("ui-receipt-next-guidance")}</li>
        </ol>
      </section>

      <GuidancePanel category={receipt.category} guidance={guidance} testId="receipt-guidance" />

      <section aria-labelledby={contactsId} className="space-y-4">
        <h2 id={contactsId} className="text-std-24B-150 text-solid-gray-900">
          {t("ui-receipt-contacts-title")}
        </h2>
        <p className="text-std-16N-170 text-solid-gray-800">{t("ui-receipt-contacts-note")}</p>
        {receipt.contacts.length === 0 ? (
          <p data-testid="receipt-contacts-empty" className="text-std-16N-170 text-solid-gray-800">
            {t("ui-receipt-contacts-empty")}
          </p>
        ) : (
          <Table caption={t("ui-receipt-contacts-caption", { count: receipt.contacts.length })} testId="receipt-contacts">
            <thead className={THEAD}>
              <tr>
                <Th className="w-[40%]">{t("ui-receipt-col-name")}</Th>
                <Th>{t("ui-receipt-col-contact")}</Th>
              </tr>
            </thead>
            <tbody>
              {receipt.contacts.map((c, i) => {
                const ways = [
                  [t("ui-receipt-col-phone"), c.phone],
                  [t("ui-receipt-col-mobile"), c.mobilePhone],
                  [t("ui-receipt-col-after-hours"), c.afterHours],
                  [t("ui-receipt-col-email"), c.email],
                ].filter(([, v]) => v);
                return (
                  <tr key={c.personId ?? `contact-${i}`} data-testid="receipt-contact" className={TROW}>
                    <Td>
                      <span className="block text-std-16B-170">{c.name}</span>
                      <span className="block text-dns-14N-130 text-solid-gray-700">
                        {[c.departmentName, c.title].filter(Boolean).join(" ")}
                      </span>
                    </Td>
                    <Td>
                      {ways.length === 0 ? (
                        dash
                      ) : (
                        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
                          {ways.map(([label, v]) => (
                            <div key={label} className="contents">
                              <dt className="whitespace-nowrap text-dns-14N-130 leading-[1.7] text-solid-gray-700">{label}</dt>
                              <dd className="min-w-0 break-words tabular-nums">{v}</dd>
                            </div>
                          ))}
                        </dl>
                      )}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </section>

      <div className="flex flex-wrap gap-4">
        <Button data-testid="receipt-my-reports" onClick={onMyReports}>
          {t("ui-receipt-my-reports")}
        </Button>
        <Button variant="secondary" data-testid="receipt-home" onClick={onHome}>
          {t("ui-receipt-home")}
        </Button>
        <Button variant="secondary" data-testid="receipt-new" onClick={onNewReport}>
          {t("ui-receipt-new")}
        </Button>
      </div>
    </section>
  );
}

// 関連事案: cases marked as duplicates of, or related to, this one (000 §5.3(3)①), both
// directions, and the form to link another case by its 受付番号. Links are kept for good.
//
// data-testid:
//   case-links                    the section
//   case-link-row-<receiptNo>     one linked case (data-kind, data-outgoing); its receipt number links to it
//   links-empty                   no link yet
//   link-form                     the form: link-receipt-no, link-kind, link-note, link-save

import { useId, useState } from "react";
import type { LinkKind } from "../../bindings/LinkKind";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextField } from "../../components/Form";
import { CASE_STATE_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { Block, useCaseForm, type SectionProps } from "./shared";

const KINDS: readonly LinkKind[] = ["duplicate", "related"];
const KIND_IDS: Record<LinkKind, string> = { duplicate: "link-kind-duplicate", related: "link-kind-related" };

export function Links({ backend, detail, onChange, onStatus, editable }: SectionProps) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [receiptNo, setReceiptNo] = useState("");
  const [kind, setKind] = useState<LinkKind>("related");
  const [note, setNote] = useState("");
  const labels = { otherReceiptNo: t("ui-case-link-receipt-no"), kind: t("ui-case-link-kind"), note: t("ui-case-link-note") };

  return (
    <Block title={t("ui-case-links-title")} titleId={titleId} testId="case-links">
      {detail.links.length === 0 ? (
        <p data-testid="links-empty" className="text-std-16N-170 text-solid-gray-700">
          {t("ui-case-links-empty")}
        </p>
      ) : (
        <ul className="space-y-2">
          {detail.links.map((l) => (
            <li
              key={l.otherCaseId}
              data-testid={`case-link-row-${l.otherReceiptNo}`}
              data-kind={l.kind}
              data-outgoing={String(l.outgoing)}
              className="rounded-8 border border-solid-gray-420 p-3 text-std-16N-170"
            >
              <span className="mr-2 rounded-4 border border-solid-gray-536 px-2 text-dns-14B-130">{t(KIND_IDS[l.kind])}</span>
              <a href={`#/cases/${l.otherCaseId}`} className="font-bold text-blue-1000 underline">
                {l.otherReceiptNo}
              </a>{" "}
              {l.otherTitle}（{t(CASE_STATE_IDS[l.otherState])}）
              <span className="block text-dns-14N-130 text-solid-gray-700">
                {l.outgoing ? t("ui-case-link-outgoing", { name: l.createdBy }) : t("ui-case-link-incoming", { name: l.createdBy })}
                {l.note && `　${l.note}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div ref={form.root}>
          <form
            data-testid="link-form"
            noValidate
            className="space-y-4"
            onSubmit={(e) => {
              e.preventDefault();
              void form.submit(
                () => backend.linkCase({ caseId: detail.summary.id, otherReceiptNo: receiptNo, kind, note }),
                labels,
                (next) => {
                  setReceiptNo("");
                  setNote("");
                  onChange(next);
                  onStatus(t("ui-saved"));
                },
              );
            }}
          >
            {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
            <div className="grid gap-4 md:grid-cols-3">
              <TextField
                label={labels.otherReceiptNo}
                field="otherReceiptNo"
                data-testid="link-receipt-no"
                value={receiptNo}
                onValue={setReceiptNo}
                error={form.errors.fieldErrors.otherReceiptNo}
              />
              <SelectField
                label={labels.kind}
                field="kind"
                data-testid="link-kind"
                value={kind}
                onValue={(v) => setKind(v as LinkKind)}
                options={KINDS.map((k) => ({ value: k, label: t(KIND_IDS[k]) }))}
                error={form.errors.fieldErrors.kind}
              />
              <TextField label={labels.note} field="note" data-testid="link-note" value={note} onValue={setNote} error={form.errors.fieldErrors.note} />
            </div>
            <Button type="submit" data-testid="link-save" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-case-link-save")}
            </Button>
          </form>
        </div>
      )}
    </Block>
  );
}

// 連絡網疎通訓練: everyone on the 緊急連絡網 as a checklist — call, then record 応答あり / 応答なし /
// 番号誤り (with a note) — with the calls made and their times. An entry with no answered call in
// the last 12 months, or whose call in this drill failed, is flagged 要確認.
//
// data-testid:
//   drill-call-tree               the section
//   call-target-<i>               a target (data-stale); call-stale-<i> the 要確認 flag; call-note-<i>
//   call-answered-<i> / call-no-answer-<i> / call-wrong-number-<i>
//   drill-calls                   the calls made (one tr each, data-result)

import { useId, useState } from "react";
import type { Backend } from "../../backend";
import type { DrillDto } from "../../bindings/DrillDto";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Badge, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { CALL_RESULT_IDS, CALL_RESULTS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { Block, SmallButton, Time, useCaseForm } from "../cases/shared";

interface Props {
  backend: Backend;
  drill: DrillDto;
  onDrill: (d: DrillDto, message?: string) => void;
}

const RESULT_TEST_IDS: Record<string, string> = { answered: "answered", no_answer: "no-answer", wrong_number: "wrong-number" };

export function CallTree({ backend, drill, onDrill }: Props) {
  const t = useT();
  const titleId = useId();
  const callsId = useId();
  const form = useCaseForm();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const running = drill.state === "running" && drill.can.run;
  const record = (target: string, result: string) =>
    void form.submit(() => backend.recordDrillCall({ drillId: drill.id, target, result, note: notes[target] ?? "" }), {}, (d) => {
      onDrill(d, t("ui-drill-call-recorded"));
      setNotes(({ [target]: _, ...rest }) => rest);
    });
  const lastCall = (target: string) => drill.calls.filter((c) => c.target === target).at(-1);

  return (
    <Block title={t("ui-drill-calls-title")} titleId={titleId} testId="drill-call-tree">
      <div ref={form.root} className="space-y-4">
        <p className="text-std-16N-170 text-solid-gray-800">{t("ui-drill-calls-intro")}</p>
        {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
        <ul className="divide-y divide-solid-gray-420 rounded-8 border border-solid-gray-420">
          {drill.callTargets.map((c, i) => {
            const last = lastCall(c.target);
            return (
              <li key={c.target} data-testid={`call-target-${i}`} data-stale={c.stale} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
                <div className="min-w-[14rem] flex-1">
                  <p className="text-std-16B-170">
                    {c.name}
                    {c.stale && (
                      <span className="ml-2" data-testid={`call-stale-${i}`}>
                        <Badge tone="warning">{t("ui-drill-call-stale")}</Badge>
                      </span>
                    )}
                  </p>
                  <p className="text-dns-14N-130 text-solid-gray-700">
                    {c.section || t("ui-none-dash")}　{c.phone ? t("ui-drill-call-phone", { phone: c.phone }) : t("ui-drill-call-no-phone")}
                  </p>
                  <p className="text-dns-14N-130 text-solid-gray-700">
                    {c.lastAnsweredAt ? (
                      <>
                        {t("ui-drill-call-last-answered")} <Time at={c.lastAnsweredAt} />
                      </>
                    ) : (
                      t("ui-drill-call-never-answered")
                    )}
                  </p>
                </div>
                {last && (
                  <Badge tone={last.result === "answered" ? "success" : "danger"}>{t(CALL_RESULT_IDS[last.result] ?? last.result)}</Badge>
                )}
                {running && (
                  <div className="flex flex-wrap items-center gap-2">
                    <input
                      data-testid={`call-note-${i}`}
                      aria-label={t("ui-drill-call-note", { name: c.name })}
                      placeholder={t("ui-drill-call-note-placeholder")}
                      value={notes[c.target] ?? ""}
                      onChange={(e) => setNotes((n) => ({ ...n, [c.target]: e.target.value }))}
                      className="w-48 rounded-6 border border-solid-gray-600 bg-white px-2 py-1.5 text-dns-16N-130"
                    />
                    {CALL_RESULTS.map((r) => (
                      <SmallButton key={r} testId={`call-${RESULT_TEST_IDS[r]}-${i}`} disabled={form.busy} onClick={() => record(c.target, r)}>
                        {t(CALL_RESULT_IDS[r] ?? r)}
                      </SmallButton>
                    ))}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
        <h4 id={callsId} className="text-std-17B-170">
          {t("ui-drill-calls-made")}
        </h4>
        {drill.calls.length === 0 ? (
          <p className="text-std-16N-170 text-solid-gray-700">{t("ui-drill-calls-none")}</p>
        ) : (
          <Table caption={t("ui-drill-calls-made")} testId="drill-calls">
            <thead className={THEAD}>
              <tr>
                <Th>{t("ui-drill-call-at")}</Th>
                <Th>{t("ui-drill-call-target")}</Th>
                <Th>{t("ui-drill-call-result")}</Th>
                <Th>{t("ui-drill-call-answered-at")}</Th>
                <Th>{t("ui-drill-call-note-col")}</Th>
              </tr>
            </thead>
            <tbody>
              {drill.calls.map((c) => (
                <tr key={c.id} data-result={c.result} className={TROW}>
                  <Td className="whitespace-nowrap">
                    <Time at={c.calledAt} />
                  </Td>
                  <Td>
                    {c.name}
                    <div className="text-dns-14N-130 text-solid-gray-700">{c.phone}</div>
                  </Td>
                  <Td className="whitespace-nowrap">{t(CALL_RESULT_IDS[c.result] ?? c.result)}</Td>
                  <Td className="whitespace-nowrap">{c.answeredAt ? <Time at={c.answeredAt} /> : t("ui-none-dash")}</Td>
                  <Td>{c.note || t("ui-none-dash")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </div>
    </Block>
  );
}

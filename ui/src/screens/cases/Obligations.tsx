// 報告・通知: what this case owes to whom and by when (regulatory.md §1–§4). The CSIRT enters the
// facts — 知った日 (fixed on the first save, never moved), 個人情報, 特定個人情報, crime, 委託先 — and
// the rules engine answers one tracker row per submission (PPC 速報 and 確報, 本人通知 …) with its
// deadline, state and how it was sent. Overdue and due-soon rows say so in words.
//
// data-testid:
//   case-obligations              the section
//   obligations-known-on          知った日: an input before the first save, the fixed date after
//   obligations-facts             the facts form; obligations-facts-save saves it
//   facts-pi-involved / facts-pi-max-persons / facts-pi-sensitive / facts-pi-financial /
//   facts-pi-malicious / facts-pi-ordinance / facts-pi-encrypted / facts-pi-recovered
//   facts-mn-involved / facts-mn-system / facts-mn-malicious / facts-mn-public /
//   facts-mn-max-persons / facts-mn-encrypted / facts-mn-recovered
//   facts-crime-<unauthorizedAccess|ransomware|malware|theft|insider|other> / facts-contractor
//   obligations-empty             no facts entered yet
//   obligation-row-<destination>-<stage>   one tracked submission (data-owed, data-due-status)
//     obligation-due-… / obligation-final-days-… / obligation-status-… / obligation-change-…
//   notification-form             the state form: notification-state, notification-reason,
//                                 notification-sent-at, notification-method, notification-document,
//                                 notification-note, notification-save, notification-cancel
//   obligations-not-required      obligations found not owed, with the reason

import { useCallback, useId, useState } from "react";
import type { MyNumberSystem } from "../../bindings/MyNumberSystem";
import type { NotificationRowDto } from "../../bindings/NotificationRowDto";
import type { NotificationState } from "../../bindings/NotificationState";
import type { ObligationFactsDto } from "../../bindings/ObligationFactsDto";
import type { ObligationsDto } from "../../bindings/ObligationsDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextAreaField, TextField } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { useLoad } from "../../components/useLoad";
import {
  BASIS_IDS,
  DESTINATION_IDS,
  LEVEL_IDS,
  MY_NUMBER_SYSTEM_IDS,
  MY_NUMBER_SYSTEMS,
  NOT_REQUIRED_IDS,
  NOTIFICATION_STAGE_IDS,
  NOTIFICATION_STATE_IDS,
  NOTIFICATION_STATES,
  OBLIGATION_NOTE_IDS,
  TRIGGER_IDS,
} from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { Block, nowLocal, Time, useCaseForm, type SectionProps } from "./shared";

const EMPTY: ObligationFactsDto = {
  personalInfo: {
    involved: false,
    sensitive: false,
    financialDamageRisk: false,
    maliciousAct: false,
    ordinanceSensitive: false,
    maxPersons: 0,
    highlyEncrypted: false,
    recoveredBeforeViewing: false,
  },
  myNumber: {
    involved: false,
    system: "none",
    maliciousAct: false,
    publiclyViewable: false,
    maxPersons: 0,
    highlyEncrypted: false,
    recoveredBeforeViewing: false,
  },
  crime: { unauthorizedAccess: false, ransomware: false, malware: false, theft: false, insider: false, other: false },
  contractorInvolved: false,
};

type CrimeKey = keyof ObligationFactsDto["crime"];
const CRIMES: readonly CrimeKey[] = ["unauthorizedAccess", "ransomware", "malware", "theft", "insider", "other"];
const CRIME_IDS: Record<CrimeKey, string> = {
  unauthorizedAccess: "fact-crime-unauthorizedAccess",
  ransomware: "fact-crime-ransomware",
  malware: "fact-crime-malware",
  theft: "fact-crime-theft",
  insider: "fact-crime-insider",
  other: "fact-crime-other",
};

/** A head count as typed (full-width digits accepted); `null` when it is not a whole number. */
function count(text: string): number | null {
  const half = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, "");
  if (half === "") return 0;
  return /^\d{1,9}$/.test(half) ? Number(half) : null;
}

/** `YYYY-MM-DD` → `2026/01/05`. */
function ymd(date: string): string {
  return date.replaceAll("-", "/");
}

function rowKey(r: NotificationRowDto): string {
  return `${r.destination}-${r.stage}`;
}

export function Obligations(props: SectionProps) {
  const { backend, detail } = props;
  const load = useCallback(() => backend.caseObligations(detail.summary.id), [backend, detail.summary.id]);
  const loaded = useLoad(load);
  return (
    <div data-testid="case-obligations" className="space-y-10">
      {loaded.data ? (
        <Loaded key={loaded.data.knownOn ?? "new"} {...props} data={loaded.data} onData={loaded.setData} />
      ) : (
        loaded.error && <LoadState error={loaded.error} onRetry={loaded.reload} />
      )}
    </div>
  );
}

function Loaded({ backend, detail, onStatus, editable, data, onData }: SectionProps & { data: ObligationsDto; onData: (d: ObligationsDto) => void }) {
  const t = useT();
  const factsTitle = useId();
  const rowsTitle = useId();
  const form = useCaseForm();
  const [knownOn, setKnownOn] = useState(data.knownOn ?? data.knownOnSuggestion ?? data.today);
  const [facts, setFacts] = useState<ObligationFactsDto>(data.facts ?? EMPTY);
  const [piCount, setPiCount] = useState(String(data.facts?.personalInfo.maxPersons ?? ""));
  const [mnCount, setMnCount] = useState(String(data.facts?.myNumber.maxPersons ?? ""));
  const [editing, setEditing] = useState<string | null>(null);

  const pi = (patch: Partial<ObligationFactsDto["personalInfo"]>) => setFacts((f) => ({ ...f, personalInfo: { ...f.personalInfo, ...patch } }));
  const mn = (patch: Partial<ObligationFactsDto["myNumber"]>) => setFacts((f) => ({ ...f, myNumber: { ...f.myNumber, ...patch } }));
  const labels = {
    knownOn: t("ui-obligation-known-on"),
    "personalInfo.maxPersons": t("ui-obligation-pi-max-persons"),
    "myNumber.maxPersons": t("ui-obligation-mn-max-persons"),
  };

  function save() {
    const piN = count(piCount);
    const mnN = count(mnCount);
    if (piN === null) return form.fieldError("personalInfo.maxPersons", t("ui-obligation-count-invalid"));
    if (mnN === null) return form.fieldError("myNumber.maxPersons", t("ui-obligation-count-invalid"));
    const input = {
      caseId: detail.summary.id,
      knownOn,
      facts: { ...facts, personalInfo: { ...facts.personalInfo, maxPersons: piN }, myNumber: { ...facts.myNumber, maxPersons: mnN } },
    };
    void form.submit(() => backend.saveObligationFacts(input), labels, (next) => {
      onData(next);
      onStatus(t("ui-obligation-saved"));
    });
  }

  const check = (id: string, label: string, checked: boolean, onValue: (v: boolean) => void) => (
    <label key={id} className="flex items-start gap-2 text-std-16N-170">
      <input type="checkbox" data-testid={id} checked={checked} onChange={(e) => onValue(e.target.checked)} className="mt-1.5 size-5" />
      <span>{label}</span>
    </label>
  );

  const rows = data.rows;
  return (
    <>
      <Block title={t("ui-obligation-facts-title")} titleId={factsTitle} testId="obligations-facts-block">
        <p className="text-std-16N-170 text-solid-gray-800">{t("ui-obligation-facts-intro")}</p>
        <div ref={form.root}>
          <form
            data-testid="obligations-facts"
            noValidate
            className="space-y-6"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
            {data.knownOn ? (
              <div>
                <p className="text-std-16B-170">{labels.knownOn}</p>
                <p data-testid="obligations-known-on" className="text-std-17B-170">
                  {ymd(data.knownOn)}
                </p>
                <p className="text-dns-14N-130 text-solid-gray-700">{t("ui-obligation-known-on-fixed")}</p>
              </div>
            ) : (
              <TextField
                label={labels.knownOn}
                field="knownOn"
                type="date"
                data-testid="obligations-known-on"
                value={knownOn}
                onValue={setKnownOn}
                hint={t("ui-obligation-known-on-hint")}
                required
                error={form.errors.fieldErrors.knownOn}
                disabled={!editable}
              />
            )}
            <fieldset disabled={!editable} className="space-y-6">
              <fieldset className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
                <legend className="px-1 text-std-17B-170">{t("ui-obligation-pi-title")}</legend>
                {check("facts-pi-involved", t("ui-obligation-pi-involved"), facts.personalInfo.involved, (v) => pi({ involved: v }))}
                <TextField
                  label={labels["personalInfo.maxPersons"]}
                  field="personalInfo.maxPersons"
                  inputMode="numeric"
                  data-testid="facts-pi-max-persons"
                  value={piCount}
                  onValue={setPiCount}
                  hint={t("ui-obligation-max-persons-hint")}
                  error={form.errors.fieldErrors["personalInfo.maxPersons"]}
                />
                {check("facts-pi-sensitive", t("fact-personalInfo-sensitive"), facts.personalInfo.sensitive, (v) => pi({ sensitive: v }))}
                {check("facts-pi-financial", t("fact-personalInfo-financialDamageRisk"), facts.personalInfo.financialDamageRisk, (v) => pi({ financialDamageRisk: v }))}
                {check("facts-pi-malicious", t("ui-obligation-pi-malicious"), facts.personalInfo.maliciousAct, (v) => pi({ maliciousAct: v }))}
                {check("facts-pi-ordinance", t("fact-personalInfo-ordinanceSensitive"), facts.personalInfo.ordinanceSensitive, (v) => pi({ ordinanceSensitive: v }))}
                {check("facts-pi-encrypted", t("ui-obligation-encrypted"), facts.personalInfo.highlyEncrypted, (v) => pi({ highlyEncrypted: v }))}
                {check("facts-pi-recovered", t("ui-obligation-recovered"), facts.personalInfo.recoveredBeforeViewing, (v) => pi({ recoveredBeforeViewing: v }))}
              </fieldset>
              <fieldset className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
                <legend className="px-1 text-std-17B-170">{t("ui-obligation-mn-title")}</legend>
                {check("facts-mn-involved", t("ui-obligation-mn-involved"), facts.myNumber.involved, (v) => mn({ involved: v }))}
                <SelectField
                  label={t("fact-myNumber-system")}
                  field="myNumber.system"
                  data-testid="facts-mn-system"
                  value={facts.myNumber.system}
                  onValue={(v) => mn({ system: v as MyNumberSystem })}
                  options={MY_NUMBER_SYSTEMS.map((s) => ({ value: s, label: t(MY_NUMBER_SYSTEM_IDS[s]) }))}
                />
                <TextField
                  label={labels["myNumber.maxPersons"]}
                  field="myNumber.maxPersons"
                  inputMode="numeric"
                  data-testid="facts-mn-max-persons"
                  value={mnCount}
                  onValue={setMnCount}
                  error={form.errors.fieldErrors["myNumber.maxPersons"]}
                />
                {check("facts-mn-malicious", t("fact-myNumber-maliciousAct"), facts.myNumber.maliciousAct, (v) => mn({ maliciousAct: v }))}
                {check("facts-mn-public", t("fact-myNumber-publiclyViewable"), facts.myNumber.publiclyViewable, (v) => mn({ publiclyViewable: v }))}
                {check("facts-mn-encrypted", t("ui-obligation-encrypted"), facts.myNumber.highlyEncrypted, (v) => mn({ highlyEncrypted: v }))}
                {check("facts-mn-recovered", t("ui-obligation-recovered"), facts.myNumber.recoveredBeforeViewing, (v) => mn({ recoveredBeforeViewing: v }))}
              </fieldset>
              <fieldset className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
                <legend className="px-1 text-std-17B-170">{t("ui-obligation-crime-title")}</legend>
                <div className="grid gap-x-6 md:grid-cols-2">
                  {CRIMES.map((c) =>
                    check(`facts-crime-${c}`, t(CRIME_IDS[c]), facts.crime[c], (v) => setFacts((f) => ({ ...f, crime: { ...f.crime, [c]: v } }))),
                  )}
                </div>
                {check("facts-contractor", t("fact-contractor-involved"), facts.contractorInvolved, (v) => setFacts((f) => ({ ...f, contractorInvolved: v })))}
              </fieldset>
            </fieldset>
            {editable && (
              <Button type="submit" data-testid="obligations-facts-save" disabled={form.busy} aria-busy={form.busy}>
                {t("ui-obligation-facts-save")}
              </Button>
            )}
          </form>
        </div>
      </Block>

      <Block title={t("ui-obligation-rows-title")} titleId={rowsTitle} testId="obligations-rows">
        {rows.length === 0 ? (
          <p data-testid="obligations-empty" className="text-std-16N-170 text-solid-gray-700">
            {t("ui-obligation-rows-empty")}
          </p>
        ) : (
          <ul className="space-y-3">
            {rows.map((r) => {
              const k = rowKey(r);
              const overdue = r.dueStatus === "overdue";
              const soon = r.dueStatus === "dueSoon";
              return (
                <li
                  key={`${r.destination}:${r.basis}:${r.stage}`}
                  data-testid={`obligation-row-${k}`}
                  data-owed={String(r.owed)}
                  data-due-status={r.dueStatus}
                  className={
                    "rounded-8 border p-4 " +
                    (!r.owed ? "border-solid-gray-420 bg-solid-gray-50 text-solid-gray-700" : overdue ? "border-2 border-error-1 bg-red-50" : soon ? "border-2 border-yellow-700 bg-yellow-50" : "border-solid-gray-420")
                  }
                >
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="space-y-1">
                      <p className="text-std-17B-170">
                        {DESTINATION_IDS[r.destination] ? t(DESTINATION_IDS[r.destination]!) : r.destination}
                        <span className="ml-2 rounded-4 border border-solid-gray-536 px-2 text-dns-14B-130">{t(NOTIFICATION_STAGE_IDS[r.stage])}</span>
                      </p>
                      <p className="text-dns-14N-130 text-solid-gray-800">
                        {BASIS_IDS[r.basis] ? t(BASIS_IDS[r.basis]!) : r.basis}
                        {r.level && LEVEL_IDS[r.level] && `（${t(LEVEL_IDS[r.level]!)}）`}
                      </p>
                      {r.triggers.length > 0 && (
                        <p className="text-dns-14N-130 text-solid-gray-800">
                          {t("ui-obligation-triggers")}：{r.triggers.map((x) => (TRIGGER_IDS[x] ? t(TRIGGER_IDS[x]!) : x)).join("、")}
                        </p>
                      )}
                    </div>
                    <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-std-16N-170">
                      <dt className="text-solid-gray-700">{t("ui-obligation-due")}</dt>
                      <dd>
                        <span data-testid={`obligation-due-${k}`} className="font-bold">
                          {r.due ? ymd(r.due) : r.targetMinutes !== null ? t("ui-obligation-target-minutes", { minutes: r.targetMinutes }) : t("ui-obligation-no-date")}
                        </span>
                        {r.finalDays !== null && (
                          <span data-testid={`obligation-final-days-${k}`} className="ml-2 text-dns-14N-130">
                            {t("ui-obligation-final-days", { days: r.finalDays })}
                          </span>
                        )}
                      </dd>
                      <dt className="text-solid-gray-700">{t("ui-obligation-state")}</dt>
                      <dd data-testid={`obligation-status-${k}`}>
                        <span className="font-bold">{t(NOTIFICATION_STATE_IDS[r.state])}</span>
                        {overdue && <span className="ml-2 font-bold text-error-1">{t("ui-obligation-overdue")}</span>}
                        {soon && <span className="ml-2 font-bold text-yellow-1200">{t("ui-obligation-due-soon")}</span>}
                        {!r.owed && <span className="ml-2">{t("ui-obligation-not-owed")}</span>}
                      </dd>
                      {r.sentAt && (
                        <>
                          <dt className="text-solid-gray-700">{t("ui-obligation-sent")}</dt>
                          <dd>
                            <Time at={r.sentAt} /> {r.method} {r.document && `「${r.document}」`}
                          </dd>
                        </>
                      )}
                      {r.reason && (
                        <>
                          <dt className="text-solid-gray-700">{t("ui-obligation-reason")}</dt>
                          <dd>{r.reason}</dd>
                        </>
                      )}
                    </dl>
                  </div>
                  {editable && editing !== k && (
                    <div className="mt-3">
                      <Button variant="secondary" data-testid={`obligation-change-${k}`} onClick={() => setEditing(k)}>
                        {t("ui-obligation-change")}
                      </Button>
                    </div>
                  )}
                  {editing === k && (
                    <StateForm
                      {...{ backend, detail, row: r }}
                      onDone={(next) => {
                        setEditing(null);
                        onData(next);
                        onStatus(t("ui-saved"));
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {data.notRequired.length > 0 && (
          <div data-testid="obligations-not-required" className="space-y-1">
            <p className="text-std-16B-170">{t("ui-obligation-not-required-title")}</p>
            <ul className="list-disc pl-6 text-std-16N-170">
              {data.notRequired.map((n) => (
                <li key={`${n.destination}:${n.basis}`}>
                  {DESTINATION_IDS[n.destination] ? t(DESTINATION_IDS[n.destination]!) : n.destination}（
                  {BASIS_IDS[n.basis] ? t(BASIS_IDS[n.basis]!) : n.basis}）：{NOT_REQUIRED_IDS[n.reason] ? t(NOT_REQUIRED_IDS[n.reason]!) : n.reason}
                </li>
              ))}
            </ul>
          </div>
        )}
        {data.notes.length > 0 && (
          <ul className="list-disc pl-6 text-dns-14N-130 text-solid-gray-800">
            {data.notes.map((n) => (
              <li key={n}>{OBLIGATION_NOTE_IDS[n] ? t(OBLIGATION_NOTE_IDS[n]!) : n}</li>
            ))}
          </ul>
        )}
      </Block>
    </>
  );
}

function StateForm({
  backend,
  detail,
  row,
  onDone,
  onCancel,
}: Pick<SectionProps, "backend" | "detail"> & { row: NotificationRowDto; onDone: (d: ObligationsDto) => void; onCancel: () => void }) {
  const t = useT();
  const form = useCaseForm();
  const [state, setState] = useState<NotificationState>(row.state === "pending" ? "draft" : row.state);
  const [reason, setReason] = useState(row.reason);
  const [sentAt, setSentAt] = useState(row.sentAt ? "" : nowLocal());
  const [method, setMethod] = useState(row.method);
  const [documentName, setDocumentName] = useState(row.document);
  const [note, setNote] = useState(row.note);
  const labels = {
    state: t("ui-obligation-state"),
    reason: t("ui-obligation-reason"),
    sentAt: t("ui-obligation-sent-at"),
    method: t("ui-obligation-method"),
    document: t("ui-obligation-document"),
    note: t("ui-obligation-note"),
  };
  return (
    <div ref={form.root} className="mt-4">
      <form
        data-testid="notification-form"
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(
            () =>
              backend.setNotificationState({
                caseId: detail.summary.id,
                destination: row.destination,
                basis: row.basis,
                stage: row.stage,
                state,
                reason,
                sentAt: state === "sent" || state === "acknowledged" || state === "supplemented" ? sentAt : "",
                method,
                document: documentName,
                note,
              }),
            labels,
            onDone,
          );
        }}
      >
        {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
        <SelectField
          label={labels.state}
          field="state"
          data-testid="notification-state"
          value={state}
          onValue={(v) => setState(v as NotificationState)}
          options={NOTIFICATION_STATES.map((s) => ({ value: s, label: t(NOTIFICATION_STATE_IDS[s]) }))}
          error={form.errors.fieldErrors.state}
        />
        {state === "notRequired" && (
          <TextAreaField label={labels.reason} field="reason" data-testid="notification-reason" required value={reason} onValue={setReason} error={form.errors.fieldErrors.reason} />
        )}
        {(state === "sent" || state === "acknowledged" || state === "supplemented") && (
          <div className="grid gap-4 md:grid-cols-3">
            <TextField label={labels.sentAt} field="sentAt" type="datetime-local" data-testid="notification-sent-at" value={sentAt} onValue={setSentAt} required={state === "sent"} error={form.errors.fieldErrors.sentAt} />
            <TextField label={labels.method} field="method" data-testid="notification-method" value={method} onValue={setMethod} required={state === "sent"} hint={t("ui-obligation-method-hint")} error={form.errors.fieldErrors.method} />
            <TextField label={labels.document} field="document" data-testid="notification-document" value={documentName} onValue={setDocumentName} error={form.errors.fieldErrors.document} />
          </div>
        )}
        <TextAreaField label={labels.note} field="note" data-testid="notification-note" value={note} onValue={setNote} error={form.errors.fieldErrors.note} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" data-testid="notification-save" disabled={form.busy} aria-busy={form.busy}>
            {t("ui-obligation-state-save")}
          </Button>
          <Button variant="secondary" data-testid="notification-cancel" onClick={onCancel}>
            {t("ui-cancel")}
          </Button>
        </div>
      </form>
    </div>
  );
}

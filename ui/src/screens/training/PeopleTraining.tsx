// People and training: the 12-month alert (handlers of 特定個人情報 without a session on サイバー脅威と
// 対策, each with why), the register of handlers (designate, release), and one person's history.

import { useCallback, useId, useState } from "react";
import type { Backend } from "../../backend";
import type { MyNumberHandlerDto } from "../../bindings/MyNumberHandlerDto";
import type { MyNumberHandlerInput } from "../../bindings/MyNumberHandlerInput";
import type { TrainingAlertDto } from "../../bindings/TrainingAlertDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextField } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { Badge, LinkButton, StatusLine, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { useFormErrors } from "../../components/useFormErrors";
import { useLoad } from "../../components/useLoad";
import { ATTENDANCE_STATUS_IDS, TRAINING_ALERT_REASON_IDS, TRAINING_TOPIC_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";

/** Why a handler is on the alert, with the day it concerns. */
export function AlertReasonText({ alert }: { alert: TrainingAlertDto }) {
  const t = useT();
  const reason = t(TRAINING_ALERT_REASON_IDS[alert.reason]);
  if (alert.lastAttended) return <>{t("ui-training-alert-last-attended", { reason, date: alert.lastAttended })}</>;
  if (alert.lastAbsent) return <>{t("ui-training-alert-last-absent", { reason, date: alert.lastAbsent })}</>;
  return <>{reason}</>;
}

export function TrainingAlertSection({ backend }: { backend: Backend }) {
  const t = useT();
  const titleId = useId();
  const load = useCallback(() => backend.trainingAlert(), [backend]);
  const loaded = useLoad(load);
  return (
    <section aria-labelledby={titleId} className="space-y-4" data-testid="training-alert">
      <h2 id={titleId} className="text-std-24B-150 text-solid-gray-900">
        {t("ui-training-alert")}
      </h2>
      {!loaded.data ? (
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      ) : (
        <>
          <p className="text-std-16N-170 text-solid-gray-800">
            {t("ui-training-alert-intro", { from: loaded.data.windowStart, today: loaded.data.today })}
          </p>
          {loaded.data.alerts.length === 0 ? (
            <p data-testid="training-alert-none" className="text-std-16N-170 text-green-1100">
              {t("ui-training-alert-none")}
            </p>
          ) : (
            <Table caption={t("ui-training-alert")} testId="training-alert-table">
              <thead className={THEAD}>
                <tr>
                  <Th>{t("ui-training-person")}</Th>
                  <Th>{t("ui-training-department")}</Th>
                  <Th>{t("ui-training-designated-on")}</Th>
                  <Th>{t("ui-training-alert-reason")}</Th>
                </tr>
              </thead>
              <tbody>
                {loaded.data.alerts.map((a) => (
                  <tr key={a.personId} className={TROW} data-testid={`training-alert-${a.personId}`}>
                    <Td>{a.name}</Td>
                    <Td>{a.department ?? "－"}</Td>
                    <Td className="whitespace-nowrap">{a.designatedOn}</Td>
                    <Td>
                      <AlertReasonText alert={a} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </>
      )}
    </section>
  );
}

export function HandlersSection({ backend, canManage, onChanged }: { backend: Backend; canManage: boolean; onChanged: () => void }) {
  const t = useT();
  const titleId = useId();
  const load = useCallback(() => Promise.all([backend.listMyNumberHandlers(), backend.listPeople()]), [backend]);
  const loaded = useLoad(load);
  const [form, setForm] = useState<MyNumberHandlerInput>({ personId: "", designated: true, day: "", note: "" });
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const labels = { personId: t("ui-training-person"), day: t("ui-training-designated-on"), note: t("ui-training-handler-note") };

  async function submit(input: MyNumberHandlerInput, done: string) {
    errors.clear();
    setStatus(null);
    setBusy(true);
    try {
      const handlers = await backend.setMyNumberHandler(input);
      loaded.setData([handlers, loaded.data?.[1] ?? []]);
      setStatus(done);
      setForm({ personId: "", designated: true, day: "", note: "" });
      onChanged();
    } catch (e) {
      errors.showError(e, labels);
    } finally {
      setBusy(false);
    }
  }

  if (!loaded.data) return <LoadState error={loaded.error} onRetry={loaded.reload} />;
  const [handlers, people] = loaded.data;
  const current = new Set(handlers.filter((h) => h.current).map((h) => h.personId));

  return (
    <section aria-labelledby={titleId} className="space-y-4" data-testid="training-handlers">
      <h2 id={titleId} className="text-std-24B-150 text-solid-gray-900">
        {t("ui-training-handlers")}
      </h2>
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-training-handlers-intro")}</p>
      <StatusLine message={status} testId="training-handlers-status" />
      {errors.generalError && <ErrorAlert error={errors.generalError} />}
      <HandlersTable handlers={handlers} canManage={canManage} busy={busy} onRelease={(h) => void submit({ personId: h.personId, designated: false, day: "", note: "" }, t("ui-training-handler-released", { name: h.name }))} />
      {canManage && (
        <form
          noValidate
          data-testid="training-handler-form"
          className="grid items-start gap-6 md:grid-cols-[1fr_12em_1fr_auto]"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(form, t("ui-training-handler-designated"));
          }}
        >
          <SelectField
            label={labels.personId}
            field="personId"
            data-testid="training-handler-person"
            value={form.personId}
            onValue={(personId) => setForm({ ...form, personId })}
            options={[
              { value: "", label: t("ui-training-choose-person") },
              ...people.filter((p) => !current.has(p.id)).map((p) => ({ value: p.id, label: p.name })),
            ]}
            error={errors.fieldErrors.personId}
          />
          <TextField
            label={labels.day}
            field="day"
            data-testid="training-handler-day"
            hint={t("ui-training-today-hint")}
            value={form.day}
            onValue={(day) => setForm({ ...form, day })}
            error={errors.fieldErrors.day}
          />
          <TextField label={labels.note} field="note" value={form.note} onValue={(note) => setForm({ ...form, note })} error={errors.fieldErrors.note} />
          <Button type="submit" className="md:mt-8" data-testid="training-handler-designate" disabled={busy || form.personId === ""}>
            {t("ui-training-handler-designate")}
          </Button>
        </form>
      )}
    </section>
  );
}

function HandlersTable({
  handlers,
  canManage,
  busy,
  onRelease,
}: {
  handlers: MyNumberHandlerDto[];
  canManage: boolean;
  busy: boolean;
  onRelease: (h: MyNumberHandlerDto) => void;
}) {
  const t = useT();
  if (handlers.length === 0) return <p className="text-std-16N-170 text-solid-gray-700">{t("ui-training-handlers-none")}</p>;
  return (
    <Table caption={t("ui-training-handlers")} testId="training-handlers-table">
      <thead className={THEAD}>
        <tr>
          <Th>{t("ui-training-person")}</Th>
          <Th>{t("ui-training-department")}</Th>
          <Th>{t("ui-training-designated-on")}</Th>
          <Th>{t("ui-training-handler-note")}</Th>
          <Th>
            <span className="sr-only">{t("ui-training-handler-release")}</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {handlers.map((h) => (
          <tr key={h.personId} className={TROW} data-testid={`training-handler-${h.personId}`}>
            <Td>
              {h.name} {!h.current && <Badge>{t("ui-training-handler-released-badge", { date: h.releasedOn ?? "" })}</Badge>}
            </Td>
            <Td>{h.department ?? "－"}</Td>
            <Td className="whitespace-nowrap">{h.designatedOn}</Td>
            <Td>{h.note}</Td>
            <Td>
              {canManage && h.current && !busy && (
                <LinkButton testId={`training-handler-release-${h.personId}`} onClick={() => onRelease(h)} label={t("ui-training-handler-release-label", { name: h.name })}>
                  {t("ui-training-handler-release")}
                </LinkButton>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Every session one person attended or missed. */
export function HistorySection({ backend }: { backend: Backend }) {
  const t = useT();
  const titleId = useId();
  const loadPeople = useCallback(() => backend.listPeople(), [backend]);
  const people = useLoad(loadPeople);
  const [personId, setPersonId] = useState("");
  const loadHistory = useCallback(() => (personId ? backend.trainingHistory(personId) : Promise.resolve(null)), [backend, personId]);
  const history = useLoad(loadHistory);
  const h = history.data;

  return (
    <section aria-labelledby={titleId} className="space-y-4" data-testid="training-history">
      <h2 id={titleId} className="text-std-24B-150 text-solid-gray-900">
        {t("ui-training-history")}
      </h2>
      {people.data && (
        <div className="max-w-md">
          <SelectField
            label={t("ui-training-person")}
            field="personId"
            data-testid="training-history-person"
            value={personId}
            onValue={setPersonId}
            options={[{ value: "", label: t("ui-training-choose-person") }, ...people.data.map((p) => ({ value: p.id, label: p.name }))]}
          />
        </div>
      )}
      {history.error && <ErrorAlert error={history.error} />}
      {h && h.personId === personId && (
        <div className="space-y-3" data-testid="training-history-result">
          <p className="text-std-16N-170">
            {h.handler?.current ? t("ui-training-history-handler", { date: h.handler.designatedOn }) : t("ui-training-history-not-handler")}
            {h.alert && (
              <>
                {" "}
                <Badge tone="danger" testId="training-history-alert">
                  <AlertReasonText alert={h.alert} />
                </Badge>
              </>
            )}
          </p>
          {h.entries.length === 0 ? (
            <p className="text-std-16N-170 text-solid-gray-700">{t("ui-training-history-none")}</p>
          ) : (
            <Table caption={t("ui-training-history")}>
              <thead className={THEAD}>
                <tr>
                  <Th>{t("ui-training-held-on")}</Th>
                  <Th>{t("ui-training-session-title")}</Th>
                  <Th>{t("ui-training-topics")}</Th>
                  <Th>{t("ui-training-status")}</Th>
                  <Th>{t("ui-training-comprehension")}</Th>
                </tr>
              </thead>
              <tbody>
                {h.entries.map((e) => (
                  <tr key={e.sessionId} className={TROW}>
                    <Td className="whitespace-nowrap">{e.heldOn}</Td>
                    <Td>
                      {e.title} {e.makeup && <Badge tone="info">{t("ui-training-makeup-badge")}</Badge>}
                    </Td>
                    <Td>{e.topics.map((x) => t(TRAINING_TOPIC_IDS[x])).join("、")}</Td>
                    <Td>{t(ATTENDANCE_STATUS_IDS[e.status])}</Td>
                    <Td>{e.comprehension ?? "－"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </div>
      )}
    </section>
  );
}

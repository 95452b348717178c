// The after-action review of a drill (regulatory.md §7; 004 第69条3): the timed log (時刻 / 作業内容・
// 状況 / 判断・指示 / つまづいた工程), 良かった点, 課題, whether the playbook must be revised (and opening
// that revision), improvement actions with owner and due date that become tasks on the drill case,
// approval, the report to the committee, and saving the 訓練実施記録 PDF to a path the user types.
// Once approved, nothing here changes.
//
// data-testid:
//   drill-after                   the section
//   drill-log-form                log-at / log-work / log-decision / log-stumble / log-add
//   drill-log                     the log table (one tr per line)
//   after-form                    after-good-points / after-issues / after-revise / after-save
//   drill-revise-playbook         opens the playbook revision; drill-revision says 改訂第N版
//   action-form                   action-text / action-owner / action-due / action-add
//   drill-actions                 the actions; action-<id>, action-status-<id>, action-case-<id>
//   drill-approve / drill-approved / drill-approve-note
//   committee-form                committee-date / committee-save; committee-reported
//   record-form                   record-path / record-overwrite / record-save; record-saved

import { useEffect, useId, useState } from "react";
import type { Backend } from "../../backend";
import type { DrillDto } from "../../bindings/DrillDto";
import type { PersonDto } from "../../bindings/PersonDto";
import type { SavedFileDto } from "../../bindings/SavedFileDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Checkbox, SelectField, TextAreaField, TextField } from "../../components/Form";
import { Badge, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { TASK_STATUS_IDS } from "../../l10n/labels";
import type { TaskStatus } from "../../bindings/TaskStatus";
import { useT } from "../../l10n/useT";
import { Block, peopleOptions, Time, useCaseForm } from "../cases/shared";
import { caseHref, todayJst } from "./shared";

interface Props {
  backend: Backend;
  drill: DrillDto;
  people: readonly PersonDto[];
  onDrill: (d: DrillDto, message?: string) => void;
}

export function AfterAction(props: Props) {
  const t = useT();
  const titleId = useId();
  const { drill } = props;
  const editable = drill.can.run && (drill.state === "running" || drill.state === "ended");
  return (
    <section aria-labelledby={titleId} data-testid="drill-after" className="space-y-10 border-t-2 border-solid-gray-420 pt-8">
      <div>
        <h2 id={titleId} className="text-std-28B-150 text-solid-gray-900">
          {t("ui-drill-after-title")}
        </h2>
        <p className="mt-2 text-std-16N-170 text-solid-gray-800">{drill.state === "approved" ? t("ui-drill-after-approved") : t("ui-drill-after-intro")}</p>
      </div>
      <TimedLog {...props} editable={editable} />
      <Review {...props} editable={editable} />
      <Actions {...props} editable={editable} />
      <Approval {...props} />
      <RecordPdf {...props} />
    </section>
  );
}

function TimedLog({ backend, drill, onDrill, editable }: Props & { editable: boolean }) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [at, setAt] = useState("");
  const [work, setWork] = useState("");
  const [decision, setDecision] = useState("");
  const [stumble, setStumble] = useState("");
  const labels = { at: t("ui-drill-log-at"), work: t("ui-drill-log-work"), decision: t("ui-drill-log-decision"), stumble: t("ui-drill-log-stumble") };
  const err = form.errors.fieldErrors;
  function add() {
    void form.submit(() => backend.addDrillLog({ drillId: drill.id, at, work, decision, stumble }), labels, (d) => {
      onDrill(d, t("ui-drill-log-added"));
      setAt("");
      setWork("");
      setDecision("");
      setStumble("");
    });
  }
  return (
    <Block title={t("ui-drill-log-title")} titleId={titleId} testId="drill-log-block">
      {drill.log.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-700">{t("ui-drill-log-empty")}</p>
      ) : (
        <Table caption={t("ui-drill-log-title")} testId="drill-log">
          <thead className={THEAD}>
            <tr>
              <Th>{labels.at}</Th>
              <Th>{labels.work}</Th>
              <Th>{labels.decision}</Th>
              <Th>{labels.stumble}</Th>
            </tr>
          </thead>
          <tbody>
            {drill.log.map((l) => (
              <tr key={l.id} className={TROW}>
                <Td className="whitespace-nowrap">
                  <Time at={l.at} />
                </Td>
                <Td className="whitespace-pre-wrap">{l.work}</Td>
                <Td className="whitespace-pre-wrap">{l.decision || t("ui-none-dash")}</Td>
                <Td className="whitespace-pre-wrap">{l.stumble || t("ui-none-dash")}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {editable && (
        <div ref={form.root}>
          <form
            data-testid="drill-log-form"
            noValidate
            className="space-y-4 rounded-8 border border-solid-gray-420 p-4"
            onSubmit={(e) => {
              e.preventDefault();
              add();
            }}
          >
            {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
            <div className="grid gap-4 md:grid-cols-[16rem_1fr]">
              <TextField label={labels.at} field="at" type="datetime-local" data-testid="log-at" value={at} onValue={setAt} error={err.at} hint={t("ui-drill-log-at-hint")} />
              <TextAreaField label={labels.work} field="work" data-testid="log-work" value={work} onValue={setWork} required error={err.work} rows={2} />
            </div>
            <div className="grid gap-4 md:grid-cols-2">
              <TextAreaField label={labels.decision} field="decision" data-testid="log-decision" value={decision} onValue={setDecision} error={err.decision} rows={2} />
              <TextAreaField label={labels.stumble} field="stumble" data-testid="log-stumble" value={stumble} onValue={setStumble} error={err.stumble} rows={2} />
            </div>
            <Button type="submit" variant="secondary" data-testid="log-add" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-drill-log-add")}
            </Button>
          </form>
        </div>
      )}
    </Block>
  );
}

function Review({ backend, drill, onDrill, editable }: Props & { editable: boolean }) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const revision = useCaseForm();
  const [goodPoints, setGoodPoints] = useState(drill.goodPoints);
  const [issues, setIssues] = useState(drill.issues);
  const [revise, setRevise] = useState(drill.revisePlaybook);
  useEffect(() => {
    if (drill.revisePlaybook) setRevise(true);
  }, [drill.revisePlaybook]);
  const labels = { goodPoints: t("ui-drill-good-points"), issues: t("ui-drill-issues") };
  const err = form.errors.fieldErrors;
  function save() {
    void form.submit(() => backend.saveAfterAction({ drillId: drill.id, goodPoints, issues, revisePlaybook: revise }), labels, (d) => onDrill(d, t("ui-drill-after-saved")));
  }
  return (
    <Block title={t("ui-drill-review-title")} titleId={titleId} testId="drill-review">
      <div ref={form.root}>
        <form
          data-testid="after-form"
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <fieldset disabled={!editable} className="space-y-4">
            <div className="grid gap-4 md:grid-cols-2">
              <TextAreaField label={labels.goodPoints} field="goodPoints" data-testid="after-good-points" value={goodPoints} onValue={setGoodPoints} error={err.goodPoints} rows={4} />
              <TextAreaField label={labels.issues} field="issues" data-testid="after-issues" value={issues} onValue={setIssues} error={err.issues} rows={4} />
            </div>
            <Checkbox label={t("ui-drill-revise-playbook")} hint={t("ui-drill-revise-playbook-hint")} checked={revise} onChecked={setRevise} data-testid="after-revise" />
          </fieldset>
          {editable && (
            <Button type="submit" data-testid="after-save" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-drill-after-save")}
            </Button>
          )}
        </form>
      </div>
      <div ref={revision.root} className="space-y-2">
        {revision.errors.generalError && <ErrorAlert error={revision.errors.generalError} />}
        {drill.newPlaybookRevision !== null ? (
          <p data-testid="drill-revision" className="rounded-6 border-l-4 border-green-900 bg-green-50 px-4 py-2 text-std-16N-170">
            {t("ui-drill-revision-done", { revision: drill.newPlaybookRevision })}{" "}
            <a href="#/playbooks" className="text-blue-1000 underline hover:decoration-2">
              {t("ui-drill-revision-open")}
            </a>
          </p>
        ) : (
          editable &&
          revise &&
          drill.can.revisePlaybook && (
            <Button
              variant="secondary"
              data-testid="drill-revise-playbook"
              disabled={revision.busy}
              onClick={() => void revision.submit(() => backend.revisePlaybookAfterDrill(drill.id), {}, (d) => onDrill(d, t("ui-drill-revision-status")))}
            >
              {t("ui-drill-revise-open", { revision: drill.playbookRevision + 1 })}
            </Button>
          )
        )}
      </div>
    </Block>
  );
}

function Actions({ backend, drill, people, onDrill, editable }: Props & { editable: boolean }) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [text, setText] = useState("");
  const [owner, setOwner] = useState("");
  const [dueOn, setDueOn] = useState("");
  const labels = { text: t("ui-drill-action-text"), ownerPersonId: t("ui-drill-action-owner"), dueOn: t("ui-drill-action-due") };
  const err = form.errors.fieldErrors;
  function add() {
    void form.submit(() => backend.addDrillAction({ drillId: drill.id, text, ownerPersonId: owner || null, dueOn }), labels, (d) => {
      onDrill(d, t("ui-drill-action-added"));
      setText("");
      setOwner("");
      setDueOn("");
    });
  }
  return (
    <Block title={t("ui-drill-actions-title")} titleId={titleId} testId="drill-actions-block">
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-drill-actions-intro")}</p>
      {drill.actions.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-700">{t("ui-drill-actions-empty")}</p>
      ) : (
        <Table caption={t("ui-drill-actions-title")} testId="drill-actions">
          <thead className={THEAD}>
            <tr>
              <Th>{labels.text}</Th>
              <Th>{labels.ownerPersonId}</Th>
              <Th>{labels.dueOn}</Th>
              <Th>{t("ui-drill-action-status")}</Th>
            </tr>
          </thead>
          <tbody>
            {drill.actions.map((a) => (
              <tr key={a.id} data-testid={`action-${a.id}`} className={TROW}>
                <Td>{a.text}</Td>
                <Td className="whitespace-nowrap">{a.ownerName ?? t("ui-none-dash")}</Td>
                <Td className="whitespace-nowrap tabular-nums">{a.dueOn ?? t("ui-none-dash")}</Td>
                <Td className="whitespace-nowrap">
                  <span data-testid={`action-status-${a.id}`}>
                    <Badge tone={a.taskStatus === "done" ? "success" : "info"}>{t(TASK_STATUS_IDS[a.taskStatus as TaskStatus] ?? "ui-none-dash")}</Badge>
                  </span>
                  {drill.caseId && (
                    <a href={caseHref(drill.caseId)} data-testid={`action-case-${a.id}`} className="ml-3 text-blue-1000 underline hover:decoration-2">
                      {t("ui-drill-action-case", { receiptNo: drill.caseReceiptNo ?? "" })}
                    </a>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {editable && (
        <div ref={form.root}>
          <form
            data-testid="action-form"
            noValidate
            className="space-y-4 rounded-8 border border-solid-gray-420 p-4"
            onSubmit={(e) => {
              e.preventDefault();
              add();
            }}
          >
            {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
            <TextField label={labels.text} field="text" data-testid="action-text" value={text} onValue={setText} required error={err.text} />
            <div className="grid gap-4 md:grid-cols-2">
              <SelectField
                label={labels.ownerPersonId}
                field="ownerPersonId"
                data-testid="action-owner"
                value={owner}
                onValue={setOwner}
                options={[{ value: "", label: t("ui-not-set") }, ...peopleOptions(people, false)]}
                error={err.ownerPersonId}
              />
              <TextField label={labels.dueOn} field="dueOn" type="date" data-testid="action-due" value={dueOn} onValue={setDueOn} error={err.dueOn} />
            </div>
            <Button type="submit" variant="secondary" data-testid="action-add" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-drill-action-add")}
            </Button>
          </form>
        </div>
      )}
    </Block>
  );
}

function Approval({ backend, drill, onDrill }: Props) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [reportedOn, setReportedOn] = useState(drill.committeeReportedOn ?? todayJst());
  const labels = { reportedOn: t("ui-drill-committee-date") };
  return (
    <Block title={t("ui-drill-approval-title")} titleId={titleId} testId="drill-approval">
      <div ref={form.root} className="space-y-4">
        {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
        {drill.approvedBy && drill.approvedAt ? (
          <p data-testid="drill-approved" className="text-std-16N-170">
            {t("ui-drill-approved-by", { name: drill.approvedBy })} <Time at={drill.approvedAt} />
          </p>
        ) : drill.state === "ended" && drill.can.approve ? (
          <div className="space-y-2">
            <p className="text-std-16N-170 text-solid-gray-800">{t("ui-drill-approve-intro")}</p>
            <Button data-testid="drill-approve" disabled={form.busy} onClick={() => void form.submit(() => backend.approveDrill(drill.id), {}, (d) => onDrill(d, t("ui-drill-approved-status")))}>
              {t("ui-drill-approve")}
            </Button>
          </div>
        ) : (
          <p data-testid="drill-approve-note" className="text-std-16N-170 text-solid-gray-700">
            {drill.state === "ended" ? t("ui-drill-approve-not-you") : t("ui-drill-approve-after-end")}
          </p>
        )}
        {drill.state === "approved" &&
          (drill.committeeReportedOn ? (
            <p data-testid="committee-reported" className="text-std-16N-170">
              {t("ui-drill-committee-reported", { date: drill.committeeReportedOn })}
            </p>
          ) : (
            drill.can.run && (
              <form
                data-testid="committee-form"
                noValidate
                className="flex flex-wrap items-end gap-4"
                onSubmit={(e) => {
                  e.preventDefault();
                  void form.submit(() => backend.reportDrillToCommittee({ drillId: drill.id, reportedOn }), labels, (d) => onDrill(d, t("ui-drill-committee-saved")));
                }}
              >
                <TextField label={labels.reportedOn} field="reportedOn" type="date" data-testid="committee-date" value={reportedOn} onValue={setReportedOn} error={form.errors.fieldErrors.reportedOn} />
                <Button type="submit" variant="secondary" data-testid="committee-save" disabled={form.busy}>
                  {t("ui-drill-committee-save")}
                </Button>
              </form>
            )
          ))}
      </div>
    </Block>
  );
}

function joinPath(folder: string, name: string): string {
  if (!folder) return name;
  return folder.endsWith("/") || folder.endsWith("\\") ? folder + name : `${folder}/${name}`;
}

function RecordPdf({ backend, drill }: Props) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const fileName = `訓練実施記録_${drill.name.replace(/[\\/:*?"<>|]/g, "_")}.pdf`;
  const [path, setPath] = useState(fileName);
  const [edited, setEdited] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [saved, setSaved] = useState<SavedFileDto | null>(null);
  useEffect(() => {
    let current = true;
    backend.documentFolder().then(
      (folder) => current && !edited && setPath(joinPath(folder, fileName)),
      () => undefined,
    );
    return () => {
      current = false;
    };
    // The folder is asked once; a path the user typed is never replaced.
  }, [backend]);
  const labels = { path: t("ui-doc-save-path") };
  return (
    <Block title={t("ui-drill-record-title")} titleId={titleId} testId="drill-record">
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-drill-record-intro")}</p>
      <div ref={form.root}>
        <form
          data-testid="record-form"
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            setSaved(null);
            void form.submit(() => backend.saveDrillRecord({ drillId: drill.id, path, overwrite }), labels, setSaved);
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <TextField
            label={labels.path}
            field="path"
            data-testid="record-path"
            value={path}
            onValue={(v) => {
              setEdited(true);
              setPath(v);
            }}
            hint={t("ui-doc-save-path-hint")}
            required
            error={form.errors.fieldErrors.path}
          />
          <Checkbox label={t("ui-doc-save-overwrite")} checked={overwrite} onChecked={setOverwrite} data-testid="record-overwrite" />
          <Button type="submit" data-testid="record-save" disabled={form.busy} aria-busy={form.busy}>
            {t("ui-drill-record-save")}
          </Button>
        </form>
      </div>
      {saved && (
        <p data-testid="record-saved" role="status" className="rounded-6 border-l-4 border-success-2 bg-success-1/10 px-4 py-2 text-std-16N-170 break-all">
          {t("ui-doc-saved", { path: saved.path, sha256: saved.sha256 })}
        </p>
      )}
    </Block>
  );
}

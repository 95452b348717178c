// 緊急対策会議・決定 (004 第6条, 000 §1(5)): meetings with participants, agenda and notes; decisions
// proposed (optionally in a meeting) and approved or rejected by someone other than the proposer.
//
// data-testid:
//   case-meetings                 the section
//   meeting-add                   opens meeting-form: meeting-held-at, meeting-participants,
//                                 meeting-agenda, meeting-notes, meeting-save, meeting-cancel
//   meeting-<id>                  one meeting
//   meetings-empty / decisions-empty
//   decision-add                  opens decision-form: decision-text, decision-meeting,
//                                 decision-save, decision-cancel
//   decision-<id>                 one decision (data-status)
//   decision-status-<id>          提案中 / 承認 / 却下
//   decision-proposer-<id> / decision-decider-<id>
//   decision-note-<id>            the approver's comment (only when it can be decided)
//   decision-approve-<id> / decision-reject-<id>   only when canDecide
//   decision-own-<id>             "you proposed it: someone else decides" (own and still proposed)
//   decision-error-<id>           a refused decision

import { useId, useState } from "react";
import type { DecisionDto } from "../../bindings/DecisionDto";
import type { DecisionStatus } from "../../bindings/DecisionStatus";
import type { MeetingDto } from "../../bindings/MeetingDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextAreaField, TextField } from "../../components/Form";
import { Badge, Panel } from "../../components/Page";
import type { BadgeTone } from "../../components/Page";
import { formatJst } from "../../format/datetime";
import { DECISION_STATUS_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { Block, nowLocal, SmallButton, Time, useCaseForm, type SectionProps } from "./shared";

const STATUS_TONE: Record<DecisionStatus, BadgeTone> = { proposed: "warning", approved: "success", rejected: "danger" };

export function Meetings(props: SectionProps) {
  const { detail, editable } = props;
  const t = useT();
  const meetingsId = useId();
  const decisionsId = useId();
  const [meetingOpen, setMeetingOpen] = useState(false);
  const [decisionOpen, setDecisionOpen] = useState(false);

  return (
    <div data-testid="case-meetings" className="space-y-10">
      <Block
        title={t("ui-case-meetings-title")}
        titleId={meetingsId}
        actions={
          editable &&
          !meetingOpen && (
            <Button variant="secondary" data-testid="meeting-add" onClick={() => setMeetingOpen(true)}>
              {t("ui-case-meeting-add")}
            </Button>
          )
        }
      >
        {meetingOpen && <MeetingForm {...props} onClose={() => setMeetingOpen(false)} />}
        {detail.meetings.length === 0 ? (
          <p data-testid="meetings-empty" className="text-std-16N-170 text-solid-gray-700">
            {t("ui-case-meetings-empty")}
          </p>
        ) : (
          <ul className="space-y-4">
            {detail.meetings.map((m) => (
              <li key={m.id} data-testid={`meeting-${m.id}`} className="rounded-8 border border-solid-gray-420 p-4">
                <p className="text-std-17B-170 text-solid-gray-900">{m.agenda}</p>
                <dl className="mt-2 space-y-2 text-dns-16N-130">
                  <div>
                    <dt className="text-dns-14N-130 text-solid-gray-700">{t("ui-case-meeting-held-at")}</dt>
                    <dd>
                      <Time at={m.heldAt} />
                    </dd>
                  </div>
                  <div>
                    <dt className="text-dns-14N-130 text-solid-gray-700">{t("ui-case-meeting-participants")}</dt>
                    <dd className="whitespace-pre-line">{m.participants}</dd>
                  </div>
                  {m.notes && (
                    <div>
                      <dt className="text-dns-14N-130 text-solid-gray-700">{t("ui-case-meeting-notes")}</dt>
                      <dd className="whitespace-pre-line">{m.notes}</dd>
                    </div>
                  )}
                </dl>
                <p className="mt-2 text-dns-14N-130 text-solid-gray-700">{t("ui-case-recorded-by", { name: m.recordedBy })}</p>
              </li>
            ))}
          </ul>
        )}
      </Block>
      <Block
        title={t("ui-case-decisions-title")}
        titleId={decisionsId}
        actions={
          editable &&
          !decisionOpen && (
            <Button data-testid="decision-add" onClick={() => setDecisionOpen(true)}>
              {t("ui-case-decision-add")}
            </Button>
          )
        }
      >
        <p className="text-std-16N-170 text-solid-gray-800">{t("ui-case-decisions-intro")}</p>
        {decisionOpen && <DecisionForm {...props} onClose={() => setDecisionOpen(false)} />}
        {detail.decisions.length === 0 ? (
          <p data-testid="decisions-empty" className="text-std-16N-170 text-solid-gray-700">
            {t("ui-case-decisions-empty")}
          </p>
        ) : (
          <ul className="space-y-4">
            {detail.decisions.map((d) => (
              <DecisionItem key={d.id} {...props} decision={d} meeting={detail.meetings.find((m) => m.id === d.meetingId) ?? null} />
            ))}
          </ul>
        )}
      </Block>

    </div>
  );
}

function meetingLabel(m: MeetingDto): string {
  return `${formatJst(m.heldAt)} ${m.agenda}`;
}

function DecisionItem({ backend, detail, onChange, onStatus, decision: d, meeting }: SectionProps & { decision: DecisionDto; meeting: MeetingDto | null }) {
  const t = useT();
  const form = useCaseForm();
  const [note, setNote] = useState("");
  const decide = (approve: boolean) =>
    form.submit(
      () => backend.decideDecision({ caseId: detail.summary.id, decisionId: d.id, approve, note }),
      { note: t("ui-case-decision-note") },
      (next) => {
        onChange(next);
        onStatus(approve ? t("ui-case-decision-approved") : t("ui-case-decision-rejected"));
      },
    );
  return (
    <li data-testid={`decision-${d.id}`} data-status={d.status} className="rounded-8 border border-solid-gray-420 p-4">
      <div ref={form.root} className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <p className="min-w-0 flex-1 whitespace-pre-line text-std-16B-170 text-solid-gray-900">{d.text}</p>
          <Badge tone={STATUS_TONE[d.status]} testId={`decision-status-${d.id}`}>
            {t(DECISION_STATUS_IDS[d.status])}
          </Badge>
        </div>
        <dl className="grid gap-x-6 gap-y-1 text-dns-14N-130 sm:grid-cols-2">
          <div>
            <dt className="text-solid-gray-700">{t("ui-case-decision-proposer")}</dt>
            <dd data-testid={`decision-proposer-${d.id}`} className="text-solid-gray-900">
              {d.proposedBy} <Time at={d.proposedAt} />
            </dd>
          </div>
          {d.decidedBy && d.decidedAt && (
            <div>
              <dt className="text-solid-gray-700">{t("ui-case-decision-decider")}</dt>
              <dd data-testid={`decision-decider-${d.id}`} className="text-solid-gray-900">
                {d.decidedBy} <Time at={d.decidedAt} />
                {d.decisionNote && <span className="block">{d.decisionNote}</span>}
              </dd>
            </div>
          )}
          {meeting && (
            <div className="sm:col-span-2">
              <dt className="text-solid-gray-700">{t("ui-case-decision-meeting")}</dt>
              <dd className="text-solid-gray-900">{meetingLabel(meeting)}</dd>
            </div>
          )}
        </dl>
        {d.own && d.status === "proposed" && (
          <p data-testid={`decision-own-${d.id}`} className="rounded-6 border-l-4 border-blue-900 bg-blue-50 px-4 py-2 text-std-16N-170 text-solid-gray-900">
            {t("ui-case-decision-own")}
          </p>
        )}
        {form.errors.generalError && (
          <div data-testid={`decision-error-${d.id}`}>
            <ErrorAlert error={form.errors.generalError} />
          </div>
        )}
        {d.canDecide && (
          <form noValidate className="space-y-3" onSubmit={(e) => e.preventDefault()}>
            <TextField
              label={t("ui-case-decision-note")}
              field="note"
              data-testid={`decision-note-${d.id}`}
              value={note}
              onValue={setNote}
              error={form.errors.fieldErrors.note}
            />
            <div className="flex flex-wrap gap-3">
              <SmallButton tone="primary" testId={`decision-approve-${d.id}`} disabled={form.busy} onClick={() => void decide(true)}>
                {t("ui-case-decision-approve")}
              </SmallButton>
              <SmallButton testId={`decision-reject-${d.id}`} disabled={form.busy} onClick={() => void decide(false)}>
                {t("ui-case-decision-reject")}
              </SmallButton>
            </div>
          </form>
        )}
      </div>
    </li>
  );
}

function DecisionForm({ backend, detail, onChange, onStatus, onClose }: SectionProps & { onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [text, setText] = useState("");
  const [meetingId, setMeetingId] = useState(detail.meetings.at(-1)?.id ?? "");
  const labels = { text: t("ui-case-decision-text"), meetingId: t("ui-case-decision-meeting") };
  return (
    <div ref={form.root}>
      <Panel title={t("ui-case-decision-add-title")} titleId={titleId} testId="decision-form">
        <form
          noValidate
          className="space-y-6"
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit(
              () => backend.proposeDecision({ caseId: detail.summary.id, meetingId: meetingId || null, text }),
              labels,
              (next) => {
                onChange(next);
                onStatus(t("ui-case-decision-proposed"));
                onClose();
              },
            );
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <TextAreaField
            label={labels.text}
            field="text"
            data-testid="decision-text"
            required
            value={text}
            onValue={setText}
            hint={t("ui-case-decision-text-hint")}
            error={form.errors.fieldErrors.text}
            autoFocus
          />
          <SelectField
            label={labels.meetingId}
            field="meetingId"
            data-testid="decision-meeting"
            value={meetingId}
            onValue={setMeetingId}
            options={[{ value: "", label: t("ui-case-decision-no-meeting") }, ...detail.meetings.map((m) => ({ value: m.id, label: meetingLabel(m) }))]}
            error={form.errors.fieldErrors.meetingId}
          />
          <div className="flex flex-wrap gap-4">
            <Button type="submit" data-testid="decision-save" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-case-decision-propose")}
            </Button>
            <Button variant="secondary" data-testid="decision-cancel" disabled={form.busy} onClick={onClose}>
              {t("ui-cancel")}
            </Button>
          </div>
        </form>
      </Panel>
    </div>
  );
}

function MeetingForm({ backend, detail, onChange, onStatus, onClose }: SectionProps & { onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [heldAt, setHeldAt] = useState(() => nowLocal());
  const [participants, setParticipants] = useState("");
  const [agenda, setAgenda] = useState("");
  const [notes, setNotes] = useState("");
  const labels = {
    heldAt: t("ui-case-meeting-held-at"),
    participants: t("ui-case-meeting-participants"),
    agenda: t("ui-case-meeting-agenda"),
    notes: t("ui-case-meeting-notes"),
  };
  return (
    <div ref={form.root}>
      <Panel title={t("ui-case-meeting-add-title")} titleId={titleId} testId="meeting-form">
        <form
          noValidate
          className="space-y-6"
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit(
              () => backend.holdMeeting({ caseId: detail.summary.id, heldAt, participants, agenda, notes }),
              labels,
              (next) => {
                onChange(next);
                onStatus(t("ui-saved"));
                onClose();
              },
            );
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <TextField
            label={labels.heldAt}
            field="heldAt"
            type="datetime-local"
            data-testid="meeting-held-at"
            required
            value={heldAt}
            onValue={setHeldAt}
            error={form.errors.fieldErrors.heldAt}
          />
          <TextAreaField
            label={labels.participants}
            field="participants"
            data-testid="meeting-participants"
            required
            value={participants}
            onValue={setParticipants}
            hint={t("ui-case-meeting-participants-hint")}
            error={form.errors.fieldErrors.participants}
          />
          <TextAreaField
            label={labels.agenda}
            field="agenda"
            data-testid="meeting-agenda"
            required
            rows={2}
            value={agenda}
            onValue={setAgenda}
            error={form.errors.fieldErrors.agenda}
          />
          <TextAreaField
            label={labels.notes}
            field="notes"
            data-testid="meeting-notes"
            rows={4}
            value={notes}
            onValue={setNotes}
            error={form.errors.fieldErrors.notes}
          />
          <div className="flex flex-wrap gap-4">
            <Button type="submit" data-testid="meeting-save" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-save")}
            </Button>
            <Button variant="secondary" data-testid="meeting-cancel" disabled={form.busy} onClick={onClose}>
              {t("ui-cancel")}
            </Button>
          </div>
        </form>
      </Panel>
    </div>
  );
}

// 経過記録: every line of the case's timeline, oldest first, with when it happened and when it was
// recorded (they differ for entries written afterwards); and a free entry (observation, decision,
// communication) with its own "occurred at", defaulting to now in Japan time.
//
// data-testid:
//   case-timeline                 the section
//   timeline-form                 timeline-kind, timeline-occurred-at, timeline-text, timeline-save
//   timeline-list                 the entries (ol)
//   timeline-entry-<id>           one entry (data-kind): timeline-occurred-<id>, timeline-recorded-<id>,
//                                 timeline-actor-<id>, timeline-text-<id>

import { useId, useState } from "react";
import type { TimelineKind } from "../../bindings/TimelineKind";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextAreaField, TextField } from "../../components/Form";
import { Badge, Panel } from "../../components/Page";
import { TIMELINE_KIND_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { Block, nowLocal, Time, useCaseForm, type SectionProps } from "./shared";

const FREE_KINDS: readonly TimelineKind[] = ["observation", "decision", "communication"];

export function Timeline(props: SectionProps) {
  const { detail } = props;
  const t = useT();
  const titleId = useId();
  return (
    <div data-testid="case-timeline" className="space-y-8">
      {detail.permissions.handle && <EntryForm {...props} />}
      <Block title={t("ui-case-timeline-title")} titleId={titleId}>
        <p className="text-dns-14N-130 text-solid-gray-700">{t("ui-case-timeline-intro")}</p>
        <ol data-testid="timeline-list" className="space-y-3">
          {detail.timeline.map((e) => (
            <li key={e.id} data-testid={`timeline-entry-${e.id}`} data-kind={e.kind} className="rounded-8 border border-solid-gray-200 px-4 py-3">
              <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-dns-14N-130 text-solid-gray-700">
                <span className="text-dns-16B-130 text-solid-gray-900">
                  <span className="sr-only">{t("ui-case-timeline-occurred")}</span>
                  <Time at={e.occurredAt} testId={`timeline-occurred-${e.id}`} />
                </span>
                <Badge tone={e.kind === "decision" ? "info" : e.kind === "communication" ? "success" : "neutral"}>
                  {t(TIMELINE_KIND_IDS[e.kind])}
                </Badge>
                <span data-testid={`timeline-actor-${e.id}`}>{e.actor}</span>
                <span>
                  {t("ui-case-timeline-recorded")} <Time at={e.recordedAt} testId={`timeline-recorded-${e.id}`} />
                </span>
              </div>
              <p data-testid={`timeline-text-${e.id}`} className="mt-1 whitespace-pre-line text-std-16N-170 text-solid-gray-900">
                {e.text}
              </p>
            </li>
          ))}
        </ol>
      </Block>
    </div>
  );
}

function EntryForm({ backend, detail, onChange, onStatus }: SectionProps) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [kind, setKind] = useState<TimelineKind>("observation");
  const [occurredAt, setOccurredAt] = useState(() => nowLocal());
  const [text, setText] = useState("");
  const labels = { kind: t("ui-case-timeline-kind"), occurredAt: t("ui-case-timeline-occurred-at"), text: t("ui-case-timeline-text") };
  return (
    <div ref={form.root}>
      <Panel title={t("ui-case-timeline-add-title")} titleId={titleId} testId="timeline-form">
        <form
          noValidate
          className="space-y-6"
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) {
              form.fieldError("text", t("ui-form-required-message", { field: labels.text }));
              return;
            }
            void form.submit(() => backend.addTimelineEntry({ caseId: detail.summary.id, kind, occurredAt, text }), labels, (next) => {
              onChange(next);
              setText("");
              setOccurredAt(nowLocal());
              onStatus(t("ui-case-timeline-added"));
            });
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <div className="grid gap-6 md:grid-cols-2">
            <SelectField
              label={labels.kind}
              field="kind"
              data-testid="timeline-kind"
              value={kind}
              onValue={(v) => setKind(v as TimelineKind)}
              options={FREE_KINDS.map((k) => ({ value: k, label: t(TIMELINE_KIND_IDS[k]) }))}
              error={form.errors.fieldErrors.kind}
            />
            <TextField
              label={labels.occurredAt}
              field="occurredAt"
              type="datetime-local"
              data-testid="timeline-occurred-at"
              required
              value={occurredAt}
              onValue={setOccurredAt}
              hint={t("ui-case-timeline-occurred-at-hint")}
              error={form.errors.fieldErrors.occurredAt}
            />
          </div>
          <TextAreaField
            label={labels.text}
            field="text"
            data-testid="timeline-text"
            required
            value={text}
            onValue={setText}
            error={form.errors.fieldErrors.text}
          />
          <Button type="submit" data-testid="timeline-save" disabled={form.busy} aria-busy={form.busy}>
            {t("ui-case-timeline-save")}
          </Button>
        </form>
      </Panel>
    </div>
  );
}

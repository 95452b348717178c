// One drill (`#/drills/<id>`): the facilitator's screen. A red 訓練 banner; the plan; starting it at a
// chosen speed; while it runs a big scenario clock with play/pause, speed and "skip to the next
// inject", and the drill asked every second (`drill_tick`) to release the injects whose offsets the
// clock has passed; the injects with their release time and the facilitator's 達成 / 未達 marks;
// the measured times against the targets; then the after-action review (AfterAction.tsx) and, for
// a 連絡網疎通訓練, the call checklist (CallTree.tsx).
//
// data-testid:
//   drill-detail                  the page (data-state)
//   drill-back / drill-banner / drill-title / drill-state / drill-status
//   drill-plan                    the plan summary; drill-case-link the drill case
//   drill-start-speed / drill-start
//   drill-clock                   the clock (data-running, data-speed); drill-clock-time (H:MM:SS)
//   drill-play / drill-pause / drill-speed / drill-skip-next / drill-next-in
//   drill-end / drill-end-confirm / drill-end-cancel
//   drill-injects                 the injects; inject-<seq> (data-released, data-outcome),
//                                 inject-released-<seq>, inject-note-<seq>, inject-achieved-<seq>, inject-missed-<seq>,
//                                 inject-outcome-<seq>
//   drill-results                 measured vs target; result-<milestone> (data-verdict), result-actual-<milestone>,
//                                 result-verdict-<milestone>

import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { ReactNode, RefObject } from "react";
import type { Backend } from "../../backend";
import type { DrillDto } from "../../bindings/DrillDto";
import type { DrillInjectDto } from "../../bindings/DrillInjectDto";
import type { PersonDto } from "../../bindings/PersonDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { LoadState } from "../../components/LoadState";
import { Badge, PageTitle, StatusLine, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { useLoad } from "../../components/useLoad";
import { DRILL_KIND_IDS, DRILL_SPEEDS, DRILL_VERDICT_IDS, INJECT_CHANNEL_IDS, INJECT_OUTCOME_IDS, MILESTONE_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { Block, SmallButton, Time, useCaseForm } from "../cases/shared";
import { AfterAction } from "./AfterAction";
import { CallTree } from "./CallTree";
import { caseHref, DrillBanner, DrillStateBadge, formatClock, minutesText, speedLabel, useRecentInput } from "./shared";

interface Props {
  backend: Backend;
  drillId: string;
  people: readonly PersonDto[];
}

export function DrillDetail({ backend, drillId, people }: Props) {
  const t = useT();
  const load = useCallback(() => backend.getDrill(drillId), [backend, drillId]);
  const loaded = useLoad(load);
  const back = (
    <a href="#/drills" data-testid="drill-back" className="inline-block text-std-16N-170 text-blue-1000 underline hover:decoration-2">
      {t("ui-drill-back")}
    </a>
  );
  if (!loaded.data) {
    return (
      <div data-testid="drill-detail" className="space-y-6">
        {back}
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  return <Loaded backend={backend} initial={loaded.data} people={people} back={back} />;
}

/** Asks the drill every second while it runs and someone is at the screen; answers keep the drill shown current. */
function usePolling(backend: Backend, drill: DrillDto, onDrill: (d: DrillDto) => void, version: RefObject<number>) {
  const [idleMinutes, setIdleMinutes] = useState(15);
  useEffect(() => {
    let current = true;
    backend.sessionStatus().then(
      (s) => current && setIdleMinutes(s.idleLockMinutes),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [backend]);
  // Stop just before the idle lock would fall due, so an unattended screen still locks.
  const present = useRecentInput(Math.max(30_000, idleMinutes * 60_000 - 15_000));
  const running = drill.state === "running";
  const id = drill.id;
  useEffect(() => {
    if (!running) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      if (present()) {
        const asked = version.current;
        try {
          const d = await backend.drillTick(id);
          if (alive && asked === version.current) onDrill(d);
        } catch {
          // A lost session is shown by the app (guard); the next tick tries again.
        }
      }
      if (alive) timer = setTimeout(tick, 1000);
    };
    timer = setTimeout(tick, 1000);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [backend, id, running, onDrill, present, version]);
}

/** The scenario seconds now, moving between answers at the clock's speed. */
function useScenarioSeconds(drill: DrillDto, fetchedAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  const running = drill.state === "running" && drill.clock.running;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [running]);
  if (!running) return drill.clock.seconds;
  return drill.clock.seconds + Math.floor((Math.max(0, now - fetchedAt) * drill.clock.speed) / 1000);
}

function Loaded({ backend, initial, people, back }: { backend: Backend; initial: DrillDto; people: readonly PersonDto[]; back: ReactNode }) {
  const titleId = useId();
  const [drill, setDrill] = useState(initial);
  const [fetchedAt, setFetchedAt] = useState(() => Date.now());
  const [status, setStatus] = useState<string | null>(null);
  // Bumped by every change the user makes, so that a tick answered meanwhile does not undo it.
  const version = useRef(0);

  const fromTick = useCallback((d: DrillDto) => {
    setDrill(d);
    setFetchedAt(Date.now());
  }, []);
  const changed = useCallback((d: DrillDto, message?: string) => {
    version.current += 1;
    setDrill(d);
    setFetchedAt(Date.now());
    if (message) setStatus(message);
  }, []);
  usePolling(backend, drill, fromTick, version);

  const started = drill.state !== "planned";
  return (
    <div data-testid="drill-detail" data-state={drill.state} className="space-y-8">
      {back}
      <DrillBanner />
      <PageTitle id={titleId} title={drill.name}>
        <DrillStateBadge state={drill.state} testId="drill-state" />
      </PageTitle>
      <StatusLine message={status} testId="drill-status" />
      <PlanSummary drill={drill} />
      {drill.state === "planned" && drill.can.run && <StartPanel backend={backend} drill={drill} onDrill={changed} />}
      {drill.state === "running" && <ClockPanel backend={backend} drill={drill} fetchedAt={fetchedAt} onDrill={changed} />}
      {drill.kind === "call_tree" && started && <CallTree backend={backend} drill={drill} onDrill={changed} />}
      <Injects backend={backend} drill={drill} onDrill={changed} />
      {started && <Results drill={drill} />}
      {started && <AfterAction backend={backend} drill={drill} people={people} onDrill={changed} />}
    </div>
  );
}

function PlanSummary({ drill }: { drill: DrillDto }) {
  const t = useT();
  const titleId = useId();
  const row = (label: string, value: ReactNode, testId?: string) => (
    <div className="grid gap-1 border-b border-solid-gray-200 py-2 md:grid-cols-[12rem_1fr]">
      <dt className="text-dns-16B-130 text-solid-gray-800">{label}</dt>
      <dd data-testid={testId} className="whitespace-pre-wrap text-std-16N-170">
        {value}
      </dd>
    </div>
  );
  const dash = t("ui-none-dash");
  return (
    <Block title={t("ui-drill-plan-summary")} titleId={titleId} testId="drill-plan">
      <dl>
        {row(t("ui-drill-col-kind"), t(DRILL_KIND_IDS[drill.kind] ?? drill.kind))}
        {row(t("ui-drill-col-year"), t("ui-drill-year", { year: String(drill.fiscalYear) }))}
        {row(t("ui-drill-plan-scenario"), `${drill.scenario.title}\n${drill.scenario.summary}`)}
        {row(t("ui-drill-plan-purpose"), drill.purpose || dash)}
        {row(t("ui-drill-plan-structure"), drill.structure || dash)}
        {row(t("ui-drill-plan-scope"), drill.scope || dash)}
        {row(t("ui-drill-plan-planned-on"), drill.plannedOn ?? dash)}
        {row(
          t("ui-drill-plan-participants"),
          drill.participants.length === 0 ? (
            dash
          ) : (
            <ul className="space-y-0.5">
              {drill.participants.map((p, i) => (
                <li key={i}>{p.role ? t("ui-drill-participant", { name: p.name, role: p.role }) : p.name}</li>
              ))}
            </ul>
          ),
        )}
        {row(t("ui-drill-playbook"), t("ui-drill-playbook-revision", { revision: drill.playbookRevision }))}
        {row(
          t("ui-drill-col-case"),
          drill.caseId && drill.caseReceiptNo ? (
            <a href={caseHref(drill.caseId)} data-testid="drill-case-link" className="font-bold text-blue-1000 underline hover:decoration-2">
              {t("ui-drill-case-link", { receiptNo: drill.caseReceiptNo })}
            </a>
          ) : (
            t("ui-drill-case-none")
          ),
        )}
        {drill.startedAt && row(t("ui-drill-started-at"), <Time at={drill.startedAt} />)}
        {drill.endedAt && row(t("ui-drill-ended-at"), <Time at={drill.endedAt} />)}
      </dl>
    </Block>
  );
}

function SpeedSelect({ id, value, onValue, testId, disabled }: { id?: string; value: number; onValue: (v: number) => void; testId: string; disabled?: boolean }) {
  const t = useT();
  const speeds = DRILL_SPEEDS.includes(value) ? DRILL_SPEEDS : [...DRILL_SPEEDS, value];
  return (
    <select
      id={id}
      data-testid={testId}
      data-field="speed"
      value={String(value)}
      disabled={disabled}
      onChange={(e) => onValue(Number(e.target.value))}
      className="rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-std-16N-170"
    >
      {speeds.map((s) => (
        <option key={s} value={String(s)}>
          {speedLabel(t, s)}
        </option>
      ))}
    </select>
  );
}

function StartPanel({ backend, drill, onDrill }: { backend: Backend; drill: DrillDto; onDrill: (d: DrillDto, m?: string) => void }) {
  const t = useT();
  const titleId = useId();
  const speedId = useId();
  const form = useCaseForm();
  const [speed, setSpeed] = useState(60);
  return (
    <Block title={t("ui-drill-start-title")} titleId={titleId} testId="drill-start-block">
      <div ref={form.root} className="space-y-4">
        <p className="text-std-16N-170 text-solid-gray-800">{t("ui-drill-start-intro")}</p>
        {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
        <div className="flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor={speedId} className="block text-std-16B-170">
              {t("ui-drill-speed")}
            </label>
            <div className="mt-2">
              <SpeedSelect id={speedId} value={speed} onValue={setSpeed} testId="drill-start-speed" />
            </div>
          </div>
          <Button
            data-testid="drill-start"
            disabled={form.busy}
            aria-busy={form.busy}
            onClick={() => void form.submit(() => backend.startDrill({ drillId: drill.id, speed }), { speed: t("ui-drill-speed") }, (d) => onDrill(d, t("ui-drill-started-status")))}
          >
            {t("ui-drill-start")}
          </Button>
        </div>
        {form.errors.fieldErrors.speed && <p className="text-std-16B-170 text-error-1">{form.errors.fieldErrors.speed}</p>}
      </div>
    </Block>
  );
}

function ClockPanel({ backend, drill, fetchedAt, onDrill }: { backend: Backend; drill: DrillDto; fetchedAt: number; onDrill: (d: DrillDto, m?: string) => void }) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [ending, setEnding] = useState(false);
  const seconds = useScenarioSeconds(drill, fetchedAt);
  const next = drill.injects.find((i) => i.releasedAt === null);
  const running = drill.clock.running;
  const clock = (action: string, value = 0) => void form.submit(() => backend.drillClock({ drillId: drill.id, action, value }), {}, (d) => onDrill(d));

  return (
    <Block title={t("ui-drill-clock-title")} titleId={titleId} testId="drill-clock-block">
      <div ref={form.root} className="space-y-4">
        {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
        <div
          data-testid="drill-clock"
          data-running={running}
          data-speed={drill.clock.speed}
          className="flex flex-wrap items-center gap-x-10 gap-y-4 rounded-12 border-2 border-red-800 bg-red-50 px-8 py-6"
        >
          <div>
            <p className="text-dns-14B-120 text-red-1000">{t("ui-drill-clock-label")}</p>
            <p data-testid="drill-clock-time" aria-live="off" className="font-mono text-[4rem] font-bold leading-none tabular-nums text-solid-gray-900">
              {formatClock(seconds)}
            </p>
            <p className="mt-2 text-std-16B-170 text-solid-gray-800">
              {running ? t("ui-drill-clock-running", { speed: speedLabel(t, drill.clock.speed) }) : t("ui-drill-clock-paused")}
            </p>
          </div>
          <div className="space-y-3">
            <div className="flex flex-wrap items-center gap-3">
              {running ? (
                <Button variant="secondary" data-testid="drill-pause" disabled={form.busy} onClick={() => clock("pause")}>
                  {t("ui-drill-pause")}
                </Button>
              ) : (
                <Button data-testid="drill-play" disabled={form.busy} onClick={() => clock("play")}>
                  {t("ui-drill-play")}
                </Button>
              )}
              <label className="flex items-center gap-2 text-std-16B-170">
                {t("ui-drill-speed")}
                <SpeedSelect value={drill.clock.speed} onValue={(v) => clock("speed", v)} testId="drill-speed" disabled={form.busy} />
              </label>
            </div>
            {next ? (
              <div className="flex flex-wrap items-center gap-3">
                <SmallButton testId="drill-skip-next" disabled={form.busy} onClick={() => clock("skip", next.offsetMinutes)}>
                  {t("ui-drill-skip-next", { offset: next.offset })}
                </SmallButton>
                <span data-testid="drill-next-in" className="text-dns-16N-130 text-solid-gray-800">
                  {drill.clock.nextInjectInSeconds === null
                    ? t("ui-drill-next-paused", { offset: next.offset })
                    : t("ui-drill-next-in", { offset: next.offset, left: formatClock(drill.clock.nextInjectInSeconds) })}
                </span>
              </div>
            ) : (
              <p data-testid="drill-next-in" className="text-dns-16N-130 text-solid-gray-800">
                {t("ui-drill-next-none")}
              </p>
            )}
          </div>
        </div>
        {ending ? (
          <div className="flex flex-wrap items-center gap-3 rounded-8 border-2 border-error-1 bg-red-50 px-4 py-3">
            <p className="text-std-16B-170">{t("ui-drill-end-confirm-text")}</p>
            <Button
              data-testid="drill-end-confirm"
              disabled={form.busy}
              onClick={() => void form.submit(() => backend.endDrill(drill.id), {}, (d) => onDrill(d, t("ui-drill-ended-status")))}
            >
              {t("ui-drill-end")}
            </Button>
            <Button variant="secondary" data-testid="drill-end-cancel" onClick={() => setEnding(false)}>
              {t("ui-cancel")}
            </Button>
          </div>
        ) : (
          <Button variant="secondary" data-testid="drill-end" onClick={() => setEnding(true)}>
            {t("ui-drill-end")}
          </Button>
        )}
      </div>
    </Block>
  );
}

function Injects({ backend, drill, onDrill }: { backend: Backend; drill: DrillDto; onDrill: (d: DrillDto, m?: string) => void }) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [notes, setNotes] = useState<Record<number, string>>({});
  const markable = drill.can.run && (drill.state === "running" || drill.state === "ended");
  const noteOf = (i: DrillInjectDto) => notes[i.seq] ?? i.note;
  const mark = (i: DrillInjectDto, outcome: string) =>
    void form.submit(() => backend.markInject({ drillId: drill.id, seq: i.seq, outcome, note: noteOf(i) }), {}, (d) => {
      onDrill(d, t("ui-drill-marked-status"));
      setNotes(({ [i.seq]: _, ...rest }) => rest);
    });

  return (
    <Block title={t("ui-drill-injects-title")} titleId={titleId} testId="drill-injects">
      <div ref={form.root} className="space-y-3">
        <p className="text-std-16N-170 text-solid-gray-800">{t("ui-drill-injects-intro")}</p>
        {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
        <ol className="space-y-3">
          {drill.injects.map((i) => {
            const released = i.releasedAt !== null;
            return (
              <li
                key={i.seq}
                data-testid={`inject-${i.seq}`}
                data-released={released}
                data-outcome={i.outcome ?? ""}
                className={
                  "grid gap-3 rounded-8 border px-4 py-3 md:grid-cols-[6rem_1fr] " +
                  (released ? "border-l-8 border-yellow-700 bg-yellow-50" : "border-l-8 border-solid-gray-200 bg-white text-solid-gray-700")
                }
              >
                <div>
                  <p className="font-mono text-std-20B-150 tabular-nums">{i.offset}</p>
                  <p className="text-dns-14N-130">{t(INJECT_CHANNEL_IDS[i.channel] ?? i.channel)}</p>
                </div>
                <div className="space-y-2">
                  <p className={released ? "text-std-17B-170 text-solid-gray-900" : "text-std-16N-170"}>{i.text}</p>
                  {i.expected && <p className="text-dns-16N-130 text-solid-gray-800">{t("ui-drill-expected", { expected: i.expected })}</p>}
                  {released ? (
                    <p data-testid={`inject-released-${i.seq}`} className="text-dns-14B-120 text-yellow-1200">
                      {t("ui-drill-released-at")} <Time at={i.releasedAt!} />
                    </p>
                  ) : (
                    <p className="text-dns-14N-130">{t("ui-drill-not-released")}</p>
                  )}
                  {i.outcome && (
                    <p data-testid={`inject-outcome-${i.seq}`}>
                      <Badge tone={i.outcome === "achieved" ? "success" : "danger"}>{t(INJECT_OUTCOME_IDS[i.outcome] ?? i.outcome)}</Badge>
                      {i.note && <span className="ml-2 text-dns-16N-130">{i.note}</span>}
                    </p>
                  )}
                  {released && markable && (
                    <div className="flex flex-wrap items-center gap-2">
                      <label className="flex min-w-[16rem] flex-1 items-center gap-2 text-dns-16N-130">
                        <span className="whitespace-nowrap">{t("ui-drill-mark-note")}</span>
                        <input
                          data-testid={`inject-note-${i.seq}`}
                          value={noteOf(i)}
                          onChange={(e) => setNotes((n) => ({ ...n, [i.seq]: e.target.value }))}
                          className="w-full rounded-6 border border-solid-gray-600 bg-white px-2 py-1.5"
                        />
                      </label>
                      <SmallButton testId={`inject-achieved-${i.seq}`} disabled={form.busy} onClick={() => mark(i, "achieved")}>
                        {t("inject-outcome-achieved")}
                      </SmallButton>
                      <SmallButton testId={`inject-missed-${i.seq}`} disabled={form.busy} onClick={() => mark(i, "missed")}>
                        {t("inject-outcome-missed")}
                      </SmallButton>
                    </div>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </div>
    </Block>
  );
}

function Results({ drill }: { drill: DrillDto }) {
  const t = useT();
  const titleId = useId();
  const tone = (v: string) => (v === "met" ? "success" : v === "exceeded" ? "danger" : "neutral");
  return (
    <Block title={t("ui-drill-results-title")} titleId={titleId} testId="drill-results-block">
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-drill-results-intro")}</p>
      {drill.results.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-700">{t("ui-drill-results-empty")}</p>
      ) : (
        <Table caption={t("ui-drill-results-title")} testId="drill-results">
          <thead className={THEAD}>
            <tr>
              <Th>{t("ui-drill-result-item")}</Th>
              <Th>{t("ui-drill-result-target")}</Th>
              <Th>{t("ui-drill-result-actual")}</Th>
              <Th>{t("ui-drill-result-verdict")}</Th>
            </tr>
          </thead>
          <tbody>
            {drill.results.map((r) => (
              <tr key={r.milestone} data-testid={`result-${r.milestone}`} data-verdict={r.verdict} className={TROW}>
                <Td>{t(MILESTONE_IDS[r.milestone] ?? r.milestone)}</Td>
                <Td className="whitespace-nowrap tabular-nums">{t("ui-drill-within", { time: minutesText(t, r.targetMinutes) })}</Td>
                <Td data-testid={`result-actual-${r.milestone}`} className="whitespace-nowrap tabular-nums">
                  {r.actualMinutes === null ? t("ui-none-dash") : minutesText(t, r.actualMinutes)}
                </Td>
                <Td data-testid={`result-verdict-${r.milestone}`}>
                  <Badge tone={tone(r.verdict)}>{t(DRILL_VERDICT_IDS[r.verdict] ?? r.verdict)}</Badge>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Block>
  );
}

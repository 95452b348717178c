// Pieces the drill screens share: the red 訓練 banner (also on every drill case's screen), the
// drill's state badge, the scenario clock as H:MM:SS, minutes in words, speeds, the 年度 of a date,
// and hrefs of the hash router.

import { useEffect, useRef } from "react";
import { Badge, type BadgeTone } from "../../components/Page";
import { DRILL_SPEED_IDS, DRILL_STATE_IDS } from "../../l10n/labels";
import { useT, type Translate } from "../../l10n/useT";

export const drillHref = (id: string) => `#/drills/${encodeURIComponent(id)}`;
export const caseHref = (id: string) => `#/cases/${encodeURIComponent(id)}`;

/** The full-width red banner: this screen is a drill (訓練), not a real incident. */
export function DrillBanner({ testId = "drill-banner", text }: { testId?: string; text?: string }) {
  const t = useT();
  return (
    <div data-testid={testId} role="note" className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-8 border-4 border-red-900 bg-red-800 px-6 py-3 text-white">
      <span className="text-std-28B-150 tracking-[0.3em]">{t("ui-drill-banner-mark")}</span>
      <span className="text-std-17B-170">{text ?? t("ui-drill-banner-text")}</span>
    </div>
  );
}

const STATE_TONE: Record<string, BadgeTone> = { planned: "neutral", running: "danger", ended: "info", approved: "success" };

export function DrillStateBadge({ state, testId }: { state: string; testId?: string }) {
  const t = useT();
  return (
    <Badge tone={STATE_TONE[state] ?? "neutral"} testId={testId}>
      {t(DRILL_STATE_IDS[state] ?? state)}
    </Badge>
  );
}

/** Scenario seconds as the clock shows them: `H:MM:SS` (hours may exceed 24). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

/** `45` → 45分, `4320` → 72時間, `4290` → 71時間30分. */
export function minutesText(t: Translate, minutes: number): string {
  if (minutes < 60) return t("ui-drill-minutes", { m: minutes });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? t("ui-drill-hours", { h }) : t("ui-drill-hours-minutes", { h, m });
}

/** A speed as the facilitator chooses it (60 → 60倍（1分＝1秒）). */
export function speedLabel(t: Translate, speed: number): string {
  const key = String(speed);
  return key in DRILL_SPEED_IDS ? t(DRILL_SPEED_IDS[key] ?? "") : t("ui-drill-speed-other", { speed });
}

/** The 年度 (April to March) of an instant in Japan time. */
export function fiscalYearOf(ms: number): number {
  const jst = new Date(ms + 9 * 3600_000);
  return jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
}

/** `YYYY-MM-DD` of an instant in Japan time. */
export function todayJst(ms = Date.now()): string {
  return new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Whether the user touched the app within `limitMs`: the facilitator's screen stops asking the
 * backend every second when nobody is there, so the idle lock (004 第26条2, counted from the last
 * command) still locks an unattended screen.
 */
export function useRecentInput(limitMs: number): () => boolean {
  const last = useRef(Date.now());
  useEffect(() => {
    const events = ["keydown", "pointerdown", "mousedown", "mousemove", "wheel", "touchstart"] as const;
    const seen = () => {
      last.current = Date.now();
    };
    for (const e of events) window.addEventListener(e, seen, { capture: true, passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, seen, { capture: true });
    };
  }, []);
  const limit = useRef(limitMs);
  limit.current = limitMs;
  return useRef(() => Date.now() - last.current < limit.current).current;
}

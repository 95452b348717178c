// 訓練 with the MemoryBackend (issue 8): planning keeps what was typed when a field is refused; a
// drill started at 600× releases its injects by the scenario clock (the screen asks every second);
// the facilitator marks them, skips ahead and ends the drill; the drill case carries the red
// banner; measured vs target times; the after-action review with an improvement action that becomes
// a task; the scenario library's copy and a CSV with a bad row; a 連絡網疎通訓練; who sees the page.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { DEMO_PASSWORD } from "../src/backend/memory";
import { message, renderApp } from "./helpers";

const T0 = Date.parse("2026-11-24T00:00:00Z");
const SCENARIO = "lost-usb-my-number";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setup(login = "tanaka") {
  const clock = { now: T0 };
  const backend = new MemoryBackend({ start: "demo", signedInAs: login, now: () => clock.now });
  window.location.hash = "";
  const user = userEvent.setup();
  renderApp(backend);
  return { clock, backend, user };
}

async function openDrills(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByTestId("nav-drills"));
  await screen.findByTestId("drills");
}

function released(seq: number): string | undefined {
  return screen.getByTestId(`inject-${seq}`).dataset.released;
}

describe("訓練", () => {
  it("plans, starts at 600×, releases injects by the clock, marks, ends and reviews; real counts never change", async () => {
    const { clock, backend, user } = setup();
    const homeBefore = (await backend.home()).stateCounts;
    const deadlinesBefore = await backend.deadlines();
    await openDrills(user);
    expect(screen.getByTestId("drills-empty")).toBeInTheDocument();

    // Plan: a 年度 that is not a number is refused at its field; nothing typed is lost.
    await user.click(screen.getByTestId("drill-plan-open"));
    await user.selectOptions(screen.getByTestId("plan-scenario"), SCENARIO);
    await user.type(screen.getByTestId("plan-name"), "令和8年度 第2回 緊急時対応訓練");
    await user.clear(screen.getByTestId("plan-fiscal-year"));
    await user.type(screen.getByTestId("plan-fiscal-year"), "来年");
    await user.type(screen.getByTestId("plan-purpose"), "速報が期限内にできることを確かめる");
    await user.type(screen.getByTestId("plan-participant-name-0"), "渡辺 由紀");
    await user.type(screen.getByTestId("plan-participant-role-0"), "プレーヤー");
    await user.click(screen.getByTestId("plan-save"));
    const form = screen.getByTestId("plan-form");
    await within(form).findByText(message("ja", "error-number-format"));
    expect(screen.getByTestId("plan-fiscal-year")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("plan-fiscal-year")).toHaveFocus();
    expect(screen.getByTestId("plan-name")).toHaveValue("令和8年度 第2回 緊急時対応訓練");
    expect(screen.getByTestId("plan-participant-role-0")).toHaveValue("プレーヤー");
    await user.clear(screen.getByTestId("plan-fiscal-year"));
    await user.type(screen.getByTestId("plan-fiscal-year"), "2026");
    await user.click(screen.getByTestId("plan-save"));

    // The facilitator's screen: the red banner, the plan; start at 600× (10 scenario minutes a second).
    const detail = await screen.findByTestId("drill-detail");
    expect(detail).toHaveAttribute("data-state", "planned");
    expect(screen.getByTestId("drill-banner")).toHaveTextContent(message("ja", "ui-drill-banner-mark"));
    expect(screen.getByTestId("drill-plan")).toHaveTextContent("渡辺 由紀（プレーヤー）");
    expect(screen.getByTestId("drill-plan")).toHaveTextContent("2026年度");
    await user.selectOptions(screen.getByTestId("drill-start-speed"), "600");
    await user.click(screen.getByTestId("drill-start"));
    await waitFor(() => expect(screen.getByTestId("drill-detail")).toHaveAttribute("data-state", "running"));
    expect(screen.getByTestId("drill-clock")).toHaveAttribute("data-speed", "600");
    expect(released(1)).toBe("true");
    expect(released(2)).toBe("false");
    expect(screen.getByTestId("drill-next-in")).toHaveTextContent("0:30");

    // 2 s (0:20): not yet. 4 s (0:40): the 0:30 inject is released by the next tick.
    clock.now = T0 + 2_000;
    await pause(1_300);
    expect(released(2)).toBe("false");
    clock.now = T0 + 4_000;
    await waitFor(() => expect(released(2)).toBe("true"), { timeout: 3_000 });
    expect(screen.getByTestId("inject-released-2")).toBeInTheDocument();
    expect(released(3)).toBe("false");

    // Mark the first inject with a note.
    await user.type(screen.getByTestId("inject-note-1"), "3分で受付");
    await user.click(screen.getByTestId("inject-achieved-1"));
    await waitFor(() => expect(screen.getByTestId("inject-1")).toHaveAttribute("data-outcome", "achieved"));
    expect(screen.getByTestId("inject-outcome-1")).toHaveTextContent("3分で受付");

    // The players work the drill case (0:50): triage, judged an incident, the CISO told.
    const drill = (await backend.listDrills())[0]!;
    const caseId = drill.caseId!;
    clock.now = T0 + 5_000;
    await backend.moveCase({ caseId, move: "startTriage", reason: "" });
    const lead = (await backend.listPeople()).find((p) => p.name === "渡辺 由紀")!;
    await backend.triageCase({ caseId, isIncident: true, rationale: "個人番号を含む媒体の所在不明", impact: "住民120人", severity: "high", handlerPersonId: lead.id });
    await backend.moveCase({ caseId, move: "judgeIncident", reason: "" });
    await backend.recordCisoReport({ caseId, at: new Date(clock.now + 9 * 3600_000).toISOString().slice(0, 16), note: "電話" });

    // Skip to each next inject, then end the drill.
    clock.now = T0 + 6_000;
    for (const seq of [3, 4, 5]) {
      await user.click(await screen.findByTestId("drill-skip-next"));
      await waitFor(() => expect(released(seq)).toBe("true"));
    }
    expect(screen.getByTestId("drill-next-in")).toHaveTextContent(message("ja", "ui-drill-next-none"));
    await user.click(screen.getByTestId("drill-end"));
    await user.click(screen.getByTestId("drill-end-confirm"));
    await waitFor(() => expect(screen.getByTestId("drill-detail")).toHaveAttribute("data-state", "ended"));

    // Measured vs target, in scenario minutes.
    const results = screen.getByTestId("drill-results");
    expect(within(results).getAllByRole("row")).toHaveLength(5);
    expect(screen.getByTestId("result-csirt_acknowledged")).toHaveAttribute("data-verdict", "exceeded");
    expect(screen.getByTestId("result-actual-csirt_acknowledged")).toHaveTextContent("50分");
    expect(screen.getByTestId("result-ciso_informed")).toHaveAttribute("data-verdict", "met");
    expect(screen.getByTestId("result-verdict-ciso_informed")).toHaveTextContent(message("ja", "ui-drill-verdict-met"));
    expect(screen.getByTestId("result-ppc_preliminary_draft")).toHaveAttribute("data-verdict", "notReached");
    expect(screen.getByTestId("result-verdict-ppc_preliminary_draft")).toHaveTextContent(message("ja", "ui-drill-verdict-not-reached"));
    expect(results).toHaveTextContent("72時間以内");

    // The timed log: 作業内容 is required (shown at the field, the rest kept).
    await user.type(screen.getByTestId("log-decision"), "警察への遺失届を指示");
    await user.click(screen.getByTestId("log-add"));
    await within(screen.getByTestId("drill-log-form")).findByText(/入力してください/);
    expect(screen.getByTestId("log-work")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("log-decision")).toHaveValue("警察への遺失届を指示");
    await user.type(screen.getByTestId("log-work"), "所在不明の報告を受け、事実確認を開始");
    await user.click(screen.getByTestId("log-add"));
    await within(await screen.findByTestId("drill-log")).findByText("所在不明の報告を受け、事実確認を開始");

    // An improvement action becomes a task on the drill case.
    await user.type(screen.getByTestId("action-text"), "持出し台帳に個人番号の有無の欄を設ける");
    await user.selectOptions(screen.getByTestId("action-owner"), lead.id);
    await user.type(screen.getByTestId("action-due"), "2027-01-29");
    await user.click(screen.getByTestId("action-add"));
    const actions = await screen.findByTestId("drill-actions");
    expect(actions).toHaveTextContent("持出し台帳に個人番号の有無の欄を設ける");
    expect(actions).toHaveTextContent("渡辺 由紀");
    expect(actions).toHaveTextContent(message("ja", "task-status-open"));
    const task = (await backend.getCase(caseId)).tasks.find((x) => x.kind === "improvement")!;
    expect(task.title).toBe("持出し台帳に個人番号の有無の欄を設ける");
    expect(task.assigneePersonId).toBe(lead.id);

    // The review, and a playbook revision opened from it.
    await user.type(screen.getByTestId("after-issues"), "インシデント判断が目標を超過");
    await user.click(screen.getByTestId("after-revise"));
    await user.click(screen.getByTestId("after-save"));
    await waitFor(() => expect(screen.getByTestId("drill-status")).toHaveTextContent(message("ja", "ui-drill-after-saved")));
    await user.click(screen.getByTestId("drill-revise-playbook"));
    expect(await screen.findByTestId("drill-revision")).toHaveTextContent("改訂第1版");
    expect((await backend.playbookHistory("lossTheft"))[0]!.note).toContain("令和8年度 第2回 緊急時対応訓練");

    // The planner may not approve her own drill.
    expect(screen.queryByTestId("drill-approve")).toBeNull();
    expect(screen.getByTestId("drill-approve-note")).toHaveTextContent(message("ja", "ui-drill-approve-not-you"));

    // The 訓練実施記録: the path is prefilled in the documents folder.
    expect(screen.getByTestId("record-path")).toHaveValue("/memory/documents/訓練実施記録_令和8年度 第2回 緊急時対応訓練.pdf");
    await user.click(screen.getByTestId("record-save"));
    expect(await screen.findByTestId("record-saved")).toHaveTextContent("/memory/documents/訓練実施記録_");

    // The drill case: the red banner on top, the injects on its timeline.
    await user.click(screen.getByTestId("drill-case-link"));
    expect(await screen.findByTestId("case-drill-banner")).toHaveTextContent(message("ja", "ui-drill-banner-mark"));
    expect(screen.getByTestId("drill-badge")).toBeInTheDocument();
    await user.click(screen.getByTestId("case-tab-tasks"));
    expect(await screen.findByTestId("task-group-improvement")).toHaveTextContent("持出し台帳に個人番号の有無の欄を設ける");
    const timeline = (await backend.getCase(caseId)).timeline.map((l) => l.text);
    expect(timeline.some((l) => l.startsWith("【訓練状況付与 0:00・電話】"))).toBe(true);
    expect(timeline.some((l) => l.startsWith("【訓練状況付与 72:00・メール】"))).toBe(true);

    // The real statistics and deadlines never noticed.
    expect((await backend.home()).stateCounts).toEqual(homeBefore);
    expect(await backend.deadlines()).toEqual(deadlinesBefore);
    expect(await screen.findByTestId("drill-badge")).toBeInTheDocument();
  }, 60_000);

  it("approval by someone else, then the report to the committee; nothing changes after approval", async () => {
    const clock = { now: T0 };
    const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto", now: () => clock.now });
    const d = await backend.planDrill({
      id: null,
      scenarioKey: SCENARIO,
      name: "机上訓練",
      fiscalYear: "2026",
      purpose: "",
      structure: "",
      scope: "",
      plannedOn: "",
      participants: [],
    });
    await backend.startDrill({ drillId: d.id, speed: 60 });
    clock.now += 60_000;
    await backend.endDrill(d.id);
    // 管理者 plans and runs drills but does not approve (ApproveDecisions).
    await expect(backend.approveDrill(d.id)).rejects.toMatchObject({ code: "forbidden" });
    await backend.signIn({ loginId: "tanaka", password: DEMO_PASSWORD });
    const user = userEvent.setup();
    window.location.hash = `/drills/${d.id}`;
    renderApp(backend);
    await user.click(await screen.findByTestId("drill-approve"));
    expect(await screen.findByTestId("drill-approved")).toHaveTextContent("田中 美穂");
    expect(screen.getByTestId("drill-detail")).toHaveAttribute("data-state", "approved");
    expect(screen.queryByTestId("drill-log-form")).toBeNull();
    expect(screen.queryByTestId("action-form")).toBeNull();
    await user.clear(screen.getByTestId("committee-date"));
    await user.type(screen.getByTestId("committee-date"), "2026-12-10");
    await user.click(screen.getByTestId("committee-save"));
    expect(await screen.findByTestId("committee-reported")).toHaveTextContent("2026-12-10");
    await expect(backend.saveAfterAction({ drillId: d.id, goodPoints: "", issues: "", revisePlaybook: false })).rejects.toMatchObject({
      code: "conflict",
      messageId: "error-drill-approved",
    });
  }, 30_000);

  it("copies a built-in scenario under a new key; a CSV with a bad row is refused at the CSV and saves nothing", async () => {
    const { backend, user } = setup();
    await openDrills(user);
    expect(screen.getAllByTestId(/^scenario-[a-z0-9-]+$/).filter((el) => el.tagName === "TR")).toHaveLength(5);

    await user.click(screen.getByTestId(`scenario-copy-${SCENARIO}`));
    const key = await screen.findByTestId("scenario-copy-key");
    expect(key).toHaveValue(`${SCENARIO}-copy`);
    expect(screen.getByTestId("scenario-copy-title")).toHaveValue("個人番号を含むUSBメモリの紛失（写し）");
    // The library's own key is refused at the key field.
    await user.clear(key);
    await user.type(key, SCENARIO);
    await user.clear(screen.getByTestId("scenario-copy-title"));
    await user.type(screen.getByTestId("scenario-copy-title"), "市民課のUSBメモリ紛失");
    await user.click(screen.getByTestId("scenario-copy-save"));
    await within(screen.getByTestId("scenario-copy-form")).findByText(message("ja", "error-scenario-builtin-key"));
    expect(screen.getByTestId("scenario-copy-title")).toHaveValue("市民課のUSBメモリ紛失");
    await user.clear(key);
    await user.type(key, "lost-usb-shimin");
    await user.click(screen.getByTestId("scenario-copy-save"));
    const row = await screen.findByTestId("scenario-lost-usb-shimin");
    expect(row).toHaveAttribute("data-builtin", "false");
    expect(row).toHaveTextContent(`${SCENARIO} の写し`);

    // A CSV whose second row has no valid time: refused at the CSV, the text kept, nothing saved.
    await user.click(screen.getByTestId("scenario-import-open"));
    await user.selectOptions(screen.getByTestId("import-scenario"), "lost-usb-shimin");
    const csv = "時刻,経路,付与する状況,期待される対応\n0:00,phone,電話,受付\n2時間後,email,メール,返信\n";
    await user.click(screen.getByTestId("import-csv"));
    await user.paste(csv);
    await user.click(screen.getByTestId("import-save"));
    await within(screen.getByTestId("import-form")).findByText(message("ja", "error-offset-format", { row: 2 }));
    expect(screen.getByTestId("import-csv")).toHaveValue(csv);
    expect(screen.getByTestId("import-csv")).toHaveAttribute("aria-invalid", "true");
    expect((await backend.drillScenario("lost-usb-shimin")).injects).toHaveLength(5);

    await user.clear(screen.getByTestId("import-csv"));
    await user.click(screen.getByTestId("import-csv"));
    await user.paste(csv.replace("2時間後", "2:00"));
    await user.click(screen.getByTestId("import-save"));
    await waitFor(() => expect(screen.getByTestId("drills-status")).toHaveTextContent("状況付与2件"));
    expect((await backend.drillScenario("lost-usb-shimin")).injects.map((i) => i.offset)).toEqual(["0:00", "2:00"]);
  }, 30_000);

  it("a 連絡網疎通訓練 records who answered and flags the rest", async () => {
    const { backend, user } = setup();
    const s = await backend.drillScenario(SCENARIO);
    await backend.saveDrillScenario({ scenario: { ...s, key: "call-tree", title: "夜間の連絡網疎通訓練", kind: "call_tree", objectives: [] }, basedOn: "" });
    const d = await backend.planDrill({ id: null, scenarioKey: "call-tree", name: "連絡網疎通訓練", fiscalYear: "2026", purpose: "", structure: "", scope: "", plannedOn: "", participants: [] });
    await backend.startDrill({ drillId: d.id, speed: 1 });
    window.location.hash = `/drills/${d.id}`;
    await screen.findByTestId("drill-call-tree");
    expect(screen.getByTestId("call-target-0")).toHaveAttribute("data-stale", "true");
    await user.click(screen.getByTestId("call-answered-0"));
    await waitFor(() => expect(screen.getByTestId("call-target-0")).toHaveAttribute("data-stale", "false"));
    await user.type(screen.getByTestId("call-note-1"), "番号変更");
    await user.click(screen.getByTestId("call-wrong-number-1"));
    const calls = await screen.findByTestId("drill-calls");
    await waitFor(() => expect(within(calls).getAllByRole("row")).toHaveLength(3));
    expect(calls).toHaveTextContent("番号変更");
    expect(screen.getByTestId("call-target-1")).toHaveAttribute("data-stale", "true");
    expect(screen.getByTestId("call-stale-1")).toHaveTextContent(message("ja", "ui-drill-call-stale"));
  }, 30_000);

  it("is for 管理者, CSIRT責任者 and 統括 only", async () => {
    const { backend } = setup("nakamura");
    await screen.findByTestId("home");
    expect(screen.queryByTestId("nav-drills")).toBeNull();
    await expect(backend.listDrills()).rejects.toMatchObject({ code: "forbidden" });
    window.location.hash = "/drills";
    await waitFor(() => expect(screen.getByTestId("home")).toBeInTheDocument());
    expect(screen.queryByTestId("drills")).toBeNull();
  });

  it("the planner may not approve her own drill", async () => {
    const { backend } = setup("tanaka");
    const d = await backend.planDrill({ id: null, scenarioKey: SCENARIO, name: "訓練", fiscalYear: "2026", purpose: "", structure: "", scope: "", plannedOn: "", participants: [] });
    await backend.startDrill({ drillId: d.id, speed: 60 });
    await backend.endDrill(d.id);
    await expect(backend.approveDrill(d.id)).rejects.toMatchObject({ code: "forbidden", messageId: "error-drill-own-approval" });
  });
});

// The CSIRT case screens against the in-memory backend: the list's filters and pages, triage and
// judging an incident, tasks from the playbook, waiving with a reason, what closing still needs,
// decisions decided by someone other than the proposer, evidence files with their SHA-256.

import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { DEMO_PASSWORD } from "../src/backend/memory";
import { message, renderApp } from "./helpers";

/** Files a staff report (as the signed-in person) and answers its case's id and 受付番号. */
async function fileReport(backend: MemoryBackend, whatHappened: string, category = "loss_theft") {
  const options = await backend.reportOptions();
  const form = {
    source: "staff",
    symptoms: [],
    category,
    whatHappened,
    noticedAt: "2026-01-05T09:00",
    occurredAt: "",
    occurredNote: "",
    departmentId: "",
    device: "",
    systemId: "",
    networkSegment: "",
    classLevelId: "",
    personalInfo: "yes",
    myNumber: "no",
    maxPersons: "",
    medium: "",
    actionsTaken: "",
    reporterName: options.me.name,
    reporterPhone: "048-000-1101",
    reporterEmail: "",
    reporterReachability: "",
    relayOrg: "",
    relayChannel: "",
    relayReceivedAt: "",
  };
  const draft = await backend.saveReportDraft({ draftId: null, step: 7, form });
  const receipt = await backend.submitReport({ draftId: draft.id, form });
  return { caseId: receipt.caseId, receiptNo: receipt.receiptNo };
}

async function personId(backend: MemoryBackend, name: string): Promise<string> {
  return (await backend.listPeople()).find((p) => p.name === name)!.id;
}

/** Opens a case's detail page through the hash router, as a link would. */
/** Opens a case and waits until its detail has loaded (the loading state has the same test id
 *  but no `data-state`). */
async function openCase(caseId: string) {
  window.location.hash = `/cases/${caseId}`;
  await waitFor(() => expect(screen.getByTestId("case-detail")).toHaveAttribute("data-state"));
  return screen.getByTestId("case-detail");
}

async function tab(user: UserEvent, name: string) {
  await user.click(screen.getByTestId(`case-tab-${name}`));
  return screen.findByTestId(`case-panel-${name}`);
}

function range(): string {
  return screen.getByTestId("case-page-range").textContent ?? "";
}

const lead = () => new MemoryBackend({ start: "demo", signedInAs: "tanaka" });

describe("case list", () => {
  it("filters, sorts and pages the cases, 20 at a time", async () => {
    const user = userEvent.setup();
    const backend = lead();
    for (let i = 1; i <= 22; i++) await fileReport(backend, `テスト事案${i}`, i === 1 ? "malware" : "loss_theft");
    const watanabe = await personId(backend, "渡辺 由紀");
    await backend.triageCase({ caseId: "case-demo-0005", isIncident: null, rationale: "", impact: "", severity: "medium", handlerPersonId: watanabe });
    renderApp(backend);
    await user.click(await screen.findByTestId("nav-cases"));
    await screen.findByTestId("case-table");

    // Open cases by default: 5 of the demo and the 22 new ones.
    expect(range()).toBe("1～20件目 ／ 全27件");
    expect(within(screen.getByTestId("case-table")).getAllByRole("row")).toHaveLength(21);
    expect(screen.getByTestId("case-page-prev")).toBeDisabled();
    await user.click(screen.getByTestId("case-page-next"));
    await waitFor(() => expect(range()).toBe("21～27件目 ／ 全27件"));
    expect(screen.getByTestId("case-page-next")).toBeDisabled();
    expect(screen.getByTestId("case-row-2026-0003")).toBeInTheDocument();

    // A state: back to the first page.
    await user.selectOptions(screen.getByTestId("case-filter-state"), "closed");
    await waitFor(() => expect(range()).toBe("1～1件目 ／ 全1件"));
    expect(screen.getByTestId("case-row-2026-0002")).toBeInTheDocument();
    await user.selectOptions(screen.getByTestId("case-filter-state"), "all");
    await waitFor(() => expect(range()).toBe("1～20件目 ／ 全29件"));

    await user.click(screen.getByTestId("case-filter-reset"));
    await user.selectOptions(screen.getByTestId("case-filter-severity"), "high");
    await waitFor(() => expect(range()).toBe("1～2件目 ／ 全2件"));
    expect(screen.getByTestId("case-row-2026-0004")).toBeInTheDocument();
    expect(screen.getByTestId("case-row-2026-0003")).toBeInTheDocument();

    await user.click(screen.getByTestId("case-filter-reset"));
    await user.selectOptions(screen.getByTestId("case-filter-assignee"), watanabe);
    await waitFor(() => expect(range()).toBe("1～1件目 ／ 全1件"));
    expect(within(screen.getByTestId("case-row-2026-0005")).getByTestId("case-row-handler")).toHaveTextContent("渡辺 由紀");

    await user.click(screen.getByTestId("case-filter-reset"));
    await user.selectOptions(screen.getByTestId("case-filter-category"), "malware");
    await waitFor(() => expect(range()).toBe("1～2件目 ／ 全2件"));

    await user.click(screen.getByTestId("case-filter-reset"));
    await user.selectOptions(screen.getByTestId("case-sort"), "severity");
    await waitFor(() => expect(screen.getAllByTestId("case-row-severity")[0]).toHaveAttribute("data-severity", "critical"));
    await user.selectOptions(screen.getByTestId("case-sort"), "oldest");
    await waitFor(() => expect(screen.getAllByRole("row")[1]).toHaveAttribute("data-testid", "case-row-2026-0003"));
  });

  it("shows overdue cases in words, and opens a case from its row", async () => {
    const user = userEvent.setup();
    const backend = lead();
    const { caseId, receiptNo } = await fileReport(backend, "期限切れの作業がある事案");
    await backend.saveTask({
      caseId,
      taskId: null,
      list: "response",
      kind: "other",
      title: "関係課への聞き取り",
      mandatory: false,
      assigneePersonId: null,
      dueAt: "2026-01-05T10:00",
    });
    renderApp(backend);
    await user.click(await screen.findByTestId("nav-cases"));
    await user.click(await screen.findByTestId("case-filter-overdue"));
    const row = await screen.findByTestId(`case-row-${receiptNo}`);
    for (const r of within(screen.getByTestId("case-table")).getAllByRole("row").slice(1)) {
      expect(within(r).getByTestId("case-row-overdue")).toBeInTheDocument();
    }
    expect(within(row).getByTestId("case-row-overdue")).toHaveTextContent("うち期限超過 1件");
    expect(within(row).getByTestId("case-row-next-due")).toHaveTextContent("2026/01/05 10:00");
    expect(within(row).getByTestId("case-row-next-due")).toHaveTextContent(message("ja", "ui-case-overdue"));

    await user.click(within(row).getByText("期限切れの作業がある事案"));
    expect(await screen.findByTestId("case-detail")).toBeInTheDocument();
    expect(screen.getByTestId("case-receipt-no")).toHaveTextContent(receiptNo);
    expect(window.location.hash).toBe(`#/cases/${caseId}`);
    // Back to the list keeps the filter.
    await user.click(screen.getByTestId("case-back"));
    expect(await screen.findByTestId("case-filter-overdue")).toBeChecked();
  });

  it("is not offered to staff", async () => {
    renderApp(new MemoryBackend({ start: "demo", signedInAs: "nakamura" }));
    await screen.findByTestId("home");
    expect(screen.queryByTestId("nav-cases")).not.toBeInTheDocument();
  });
});

describe("case detail", () => {
  it("triages a report, refuses to judge it an incident until the triage is complete, then creates the tasks", async () => {
    const user = userEvent.setup();
    const backend = lead();
    const { caseId } = await fileReport(backend, "USBメモリを紛失した");
    renderApp(backend);
    await screen.findByTestId("home");
    await openCase(caseId);
    expect(screen.getByTestId("case-state")).toHaveTextContent("受付");

    await user.click(screen.getByTestId("move-startTriage"));
    await waitFor(() => expect(screen.getByTestId("case-state")).toHaveTextContent("評価中"));

    // Judge offers itself with what it still needs; pressing it anyway shows the refusal.
    const needs = ["rationale", "severity", "impact", "handler"];
    const missing = within(screen.getByTestId("move-missing-judgeIncident")).getAllByRole("listitem");
    expect(missing.map((li) => li.dataset.missing)).toEqual(needs);
    expect(missing[0]).toHaveTextContent(message("ja", "missing-rationale"));
    await user.click(screen.getByTestId("move-judgeIncident"));
    const refusal = await screen.findByTestId("move-refusal");
    expect(within(refusal).getAllByRole("listitem").map((li) => li.dataset.missing)).toEqual(needs);
    expect(refusal).toHaveTextContent(message("ja", "missing-handler"));

    await user.click(screen.getByTestId("triage-incident-yes"));
    await user.type(screen.getByTestId("triage-rationale"), "住民の個人情報を含むUSBメモリの紛失");
    await user.type(screen.getByTestId("triage-impact"), "市民課の窓口受付簿（約120名分）");
    await user.selectOptions(screen.getByTestId("triage-severity"), "high");
    const handlerOptions = within(screen.getByTestId("triage-handler")).getAllByRole("option").map((o) => o.textContent);
    expect(handlerOptions.some((o) => o?.startsWith("田中 美穂"))).toBe(true);
    expect(handlerOptions.some((o) => o?.startsWith("中村 さくら")), "staff are not handlers").toBe(false);
    await user.selectOptions(screen.getByTestId("triage-handler"), await personId(backend, "田中 美穂"));
    await user.click(screen.getByTestId("triage-save"));
    await waitFor(() => expect(screen.queryByTestId("move-missing-judgeIncident")).not.toBeInTheDocument());
    expect(screen.getByTestId("case-handler")).toHaveTextContent("田中 美穂");

    await user.click(screen.getByTestId("move-judgeIncident"));
    await waitFor(() => expect(screen.getByTestId("case-state")).toHaveTextContent("対応中"));
    expect(screen.getByTestId("case-severity")).toHaveAttribute("data-severity", "high");

    // The CISO report: due in the organization's target time, counting down.
    const box = screen.getByTestId("ciso-box");
    expect(box).toHaveAttribute("data-overdue", "false");
    expect(within(box).getByTestId("ciso-countdown").textContent).toMatch(/^残り(1時間0分|59分|58分)$/);

    // The tasks: the CISO report, the playbook's steps, the recovery checklist.
    const panel = await tab(user, "tasks");
    expect(within(panel).getByTestId("task-group-cisoReport")).toBeInTheDocument();
    expect(within(panel).getByTestId("task-group-containment")).toBeInTheDocument();
    expect(within(panel).getByTestId("task-group-otherSystems")).toBeInTheDocument();
    expect(within(panel).getByTestId("task-group-evidence")).toBeInTheDocument();
    expect(within(panel).getByTestId("task-group-inform")).toBeInTheDocument();
    const detail = await backend.getCase(caseId);
    const ciso = detail.tasks.find((t) => t.kind === "cisoReport")!;
    expect(detail.tasks.filter((t) => t.list === "response").length).toBeGreaterThan(4);
    expect(within(panel).getByTestId(`task-${ciso.id}`)).toHaveAttribute("data-mandatory", "true");
    expect(within(panel).getByTestId(`task-due-${ciso.id}`)).toBeInTheDocument();
    expect(detail.tasks.filter((t) => t.list === "recovery").length).toBeGreaterThan(0);

    // Recording the first report closes the CISO task.
    await tab(user, "overview");
    await user.type(screen.getByTestId("ciso-note"), "電話で概要を報告");
    await user.click(screen.getByTestId("ciso-record"));
    expect(await screen.findByTestId("ciso-informed")).toHaveTextContent("報告済み");
    await tab(user, "tasks");
    expect(screen.getByTestId(`task-status-${ciso.id}`)).toHaveTextContent(message("ja", "task-status-done"));
  });

  it("asks for a reason to waive a task, next to the field, and keeps the task open until given", async () => {
    const user = userEvent.setup();
    const backend = lead();
    renderApp(backend);
    await screen.findByTestId("home");
    await openCase("case-demo-0006");
    const panel = await tab(user, "tasks");
    const task = (await backend.getCase("case-demo-0006")).tasks.find((t) => t.list === "response" && t.status === "open" && t.kind !== "cisoReport")!;
    await user.click(within(panel).getByTestId(`task-waive-${task.id}`));
    await user.click(screen.getByTestId(`task-close-confirm-${task.id}`));
    const note = screen.getByTestId(`task-note-${task.id}`);
    const expected = message("ja", "error-task-waive-reason", { field: message("ja", "ui-case-task-waive-reason") });
    await waitFor(() => expect(note).toHaveAccessibleDescription(expect.stringContaining(expected)));
    expect(note).toHaveAttribute("aria-invalid", "true");
    expect(note).toHaveFocus();
    expect(screen.getByTestId(`task-${task.id}`)).toHaveAttribute("data-status", "open");

    await user.type(note, "訓練のため対象外");
    await user.click(screen.getByTestId(`task-close-confirm-${task.id}`));
    await waitFor(() => expect(screen.getByTestId(`task-${task.id}`)).toHaveAttribute("data-status", "waived"));
    expect(screen.getByTestId(`task-note-text-${task.id}`)).toHaveTextContent("訓練のため対象外");

    // 完了 needs no note; and a closed task can be opened again.
    const other = (await backend.getCase("case-demo-0006")).tasks.find((t) => t.list === "response" && t.status === "open")!;
    await user.click(screen.getByTestId(`task-done-${other.id}`));
    await user.click(screen.getByTestId(`task-close-confirm-${other.id}`));
    await waitFor(() => expect(screen.getByTestId(`task-${other.id}`)).toHaveAttribute("data-status", "done"));
    await user.click(screen.getByTestId(`task-reopen-${other.id}`));
    await waitFor(() => expect(screen.getByTestId(`task-${other.id}`)).toHaveAttribute("data-status", "open"));
  });

  it("lists what closing still needs, refuses it, and closes once it is met", async () => {
    const user = userEvent.setup();
    const backend = lead();
    renderApp(backend);
    await screen.findByTestId("home");
    await openCase("case-demo-0003");
    expect(screen.getByTestId("case-state")).toHaveTextContent("再発防止");
    const missing = within(screen.getByTestId("move-missing-close")).getAllByRole("listitem");
    expect(missing.map((li) => li.textContent)).toEqual([message("ja", "missing-measures")]);

    await user.click(screen.getByTestId("move-close"));
    const refusal = await screen.findByTestId("move-refusal");
    expect(within(refusal).getAllByRole("listitem").map((li) => li.dataset.missing)).toEqual(["measures"]);
    expect(screen.getByTestId("case-state")).toHaveTextContent("再発防止");

    // A planned measure needs a date: the error is next to it and the text stays.
    await tab(user, "prevention");
    await user.click(screen.getByTestId("measure-add"));
    await user.type(screen.getByTestId("measure-text"), "持ち出し時の暗号化USBメモリの使用を徹底する");
    await user.type(screen.getByTestId("measure-owner"), "情報政策課");
    await user.click(screen.getByTestId("measure-save"));
    const due = screen.getByTestId("measure-due-on");
    await waitFor(() => expect(due).toHaveAttribute("aria-invalid", "true"));
    expect(due).toHaveAccessibleDescription(expect.stringContaining(message("ja", "error-measure-due-required", { field: message("ja", "field-due-on") })));
    expect(screen.getByTestId("measure-text")).toHaveValue("持ち出し時の暗号化USBメモリの使用を徹底する");
    await user.type(due, "2027-03-31");
    await user.click(screen.getByTestId("measure-save"));
    await waitFor(() => expect(within(screen.getByTestId("measures-planned")).getAllByRole("listitem")).toHaveLength(1));
    expect(screen.getByTestId("measures-planned")).toHaveTextContent("2027/03/31");

    await tab(user, "overview");
    expect(screen.queryByTestId("move-missing-close")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("move-close"));
    await waitFor(() => expect(screen.getByTestId("case-state")).toHaveTextContent("完了"));
    expect(screen.getByTestId("move-reopen")).toBeInTheDocument();
    // A closed case is read only.
    expect(screen.queryByTestId("triage-save")).not.toBeInTheDocument();

    // Reopening asks for a reason first.
    await user.click(screen.getByTestId("move-reopen"));
    await user.click(screen.getByTestId("move-confirm-reopen"));
    expect(screen.getByTestId("move-reason-reopen")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("case-state")).toHaveTextContent("完了");
  });

  it("does not let the proposer decide their own proposal; another approver can", async () => {
    const user = userEvent.setup();
    const backend = lead();
    // 高橋 (統括情報セキュリティ責任者) gets an account to approve with.
    await backend.signOut();
    await backend.signIn({ loginId: "yamamoto", password: DEMO_PASSWORD });
    await backend.setAccount({ personId: await personId(backend, "高橋 誠"), loginId: "takahashi", initialPassword: "shokiPW-2026" });
    await backend.signOut();
    await backend.signIn({ loginId: "takahashi", password: "shokiPW-2026" });
    await backend.changePassword({ currentPassword: "shokiPW-2026", newPassword: "takahashi-2026" });
    await backend.signOut();
    await backend.signIn({ loginId: "tanaka", password: DEMO_PASSWORD });

    const view = renderApp(backend);
    await screen.findByTestId("home");
    await openCase("case-demo-0004");
    const panel = await tab(user, "meetings");
    await user.click(within(panel).getByTestId("decision-add"));
    await user.type(screen.getByTestId("decision-text"), "全庁にメール送信時の宛先確認を再周知する");
    await user.click(screen.getByTestId("decision-save"));
    const decision = (await backend.getCase("case-demo-0004")).decisions[0]!;
    const item = await screen.findByTestId(`decision-${decision.id}`);
    expect(within(item).getByTestId(`decision-status-${decision.id}`)).toHaveTextContent(message("ja", "decision-status-proposed"));
    expect(within(item).getByTestId(`decision-own-${decision.id}`)).toHaveTextContent(message("ja", "ui-case-decision-own"));
    expect(within(item).queryByTestId(`decision-approve-${decision.id}`)).not.toBeInTheDocument();
    await expect(backend.decideDecision({ caseId: "case-demo-0004", decisionId: decision.id, approve: true, note: "" })).rejects.toMatchObject({
      code: "forbidden",
      messageId: "error-decision-own-proposal",
    });

    view.unmount();
    window.history.replaceState(null, "", window.location.pathname);
    await backend.signOut();
    await backend.signIn({ loginId: "takahashi", password: "takahashi-2026" });
    renderApp(backend);
    await screen.findByTestId("home");
    await openCase("case-demo-0004");
    await tab(user, "meetings");
    expect(screen.queryByTestId(`decision-own-${decision.id}`)).not.toBeInTheDocument();
    await user.type(screen.getByTestId(`decision-note-${decision.id}`), "了承");
    await user.click(screen.getByTestId(`decision-approve-${decision.id}`));
    await waitFor(() => expect(screen.getByTestId(`decision-status-${decision.id}`)).toHaveTextContent(message("ja", "decision-status-approved")));
    expect(screen.getByTestId(`decision-decider-${decision.id}`)).toHaveTextContent("高橋 誠");
  });

  it("records evidence, shows a file's full SHA-256, custody, and what the re-check finds", async () => {
    const user = userEvent.setup();
    const backend = lead();
    renderApp(backend);
    await screen.findByTestId("home");
    await openCase("case-demo-0004");
    await tab(user, "evidence");
    await user.click(screen.getByTestId("evidence-add"));
    expect(screen.getByTestId("evidence-collected-by")).toHaveValue("田中 美穂");
    await user.type(screen.getByTestId("evidence-description"), "誤送信したメールの送信ログ");
    await user.selectOptions(screen.getByTestId("evidence-source"), "log");
    await user.type(screen.getByTestId("evidence-storage-place"), "情報政策課 金庫");
    await user.click(screen.getByTestId("evidence-save"));
    const evidence = await waitFor(async () => {
      const e = (await backend.getCase("case-demo-0004")).evidence[0];
      expect(e).toBeDefined();
      return e!;
    });
    const item = await screen.findByTestId(`evidence-${evidence.id}`);
    expect(within(item).getByTestId(`evidence-holder-${evidence.id}`)).toHaveTextContent("田中 美穂");

    await user.upload(within(item).getByTestId(`evidence-attach-input-${evidence.id}`), new File(["abc"], "mail.log", { type: "text/plain" }));
    await user.click(within(item).getByTestId(`evidence-attach-${evidence.id}`));
    const file = await waitFor(async () => {
      const f = (await backend.getCase("case-demo-0004")).evidence[0]!.files[0];
      expect(f).toBeDefined();
      return f!;
    });
    const sha = await screen.findByTestId(`evidence-file-sha-${file.id}`);
    expect(sha).toHaveTextContent("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(screen.getByTestId(`evidence-file-name-${file.id}`)).toHaveTextContent("mail.log");

    await user.click(screen.getByTestId(`custody-open-${evidence.id}`));
    expect(screen.getByTestId("custody-from")).toHaveValue("田中 美穂");
    await user.type(screen.getByTestId("custody-to"), "架空情報サービス株式会社");
    await user.type(screen.getByTestId("custody-purpose"), "ログの解析");
    await user.click(screen.getByTestId("custody-save"));
    await waitFor(() => expect(screen.getByTestId(`evidence-holder-${evidence.id}`)).toHaveTextContent("架空情報サービス株式会社"));
    expect(screen.getByTestId(`custody-list-${evidence.id}`)).toHaveTextContent("ログの解析");

    await user.click(screen.getByTestId("evidence-recheck"));
    expect(await screen.findByTestId("recheck-result")).toHaveTextContent(message("ja", "ui-case-recheck-ok", { count: 1 }));
    backend.tamperEvidenceFile(file.id, new TextEncoder().encode("abd"));
    await user.click(screen.getByTestId("evidence-recheck"));
    await waitFor(() => expect(screen.getByTestId("recheck-result")).toHaveAttribute("data-ok", "false"));
    const mismatch = screen.getByTestId(`recheck-mismatch-${file.id}`);
    expect(mismatch).toHaveTextContent("mail.log");
    expect(mismatch).toHaveTextContent(file.sha256);
  });

  it("shows the case read-only to someone who may see but not handle it, and moves between tabs by keyboard", async () => {
    const user = userEvent.setup();
    renderApp(new MemoryBackend({ start: "demo", signedInAs: "yamamoto" }));
    await screen.findByTestId("home");
    await openCase("case-demo-0005");
    // The case renders once its detail has loaded; on a loaded machine that is after the frame.
    expect(await screen.findByTestId("case-readonly")).toBeInTheDocument();
    expect(screen.getByTestId("case-no-moves")).toBeInTheDocument();
    expect(screen.queryByTestId("triage-save")).not.toBeInTheDocument();
    expect(screen.getByTestId("triage-rationale")).toBeDisabled();

    // The page's heading takes focus when the case opens; then Tab would reach the tabs.
    await waitFor(() => expect(screen.getByRole("heading", { level: 1 })).toHaveFocus());
    screen.getByTestId("case-tab-overview").focus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByTestId("case-tab-tasks")).toHaveFocus();
    expect(screen.getByTestId("case-tab-tasks")).toHaveAttribute("aria-selected", "true");
    expect(screen.getByTestId("case-panel-tasks")).toBeInTheDocument();
    await user.keyboard("{End}");
    expect(screen.getByTestId("case-tab-timeline")).toHaveFocus();
    expect(screen.queryByTestId("timeline-form")).not.toBeInTheDocument();
    expect(within(screen.getByTestId("timeline-list")).getAllByRole("listitem").length).toBeGreaterThan(0);
  });

  it("adds a free timeline entry with its own time of occurrence", async () => {
    const user = userEvent.setup();
    const backend = lead();
    renderApp(backend);
    await screen.findByTestId("home");
    await openCase("case-demo-0005");
    await tab(user, "timeline");
    await user.selectOptions(screen.getByTestId("timeline-kind"), "communication");
    await user.clear(screen.getByTestId("timeline-occurred-at"));
    await user.type(screen.getByTestId("timeline-occurred-at"), "2026-01-05T10:30");
    await user.type(screen.getByTestId("timeline-text"), "送信元の取引先に電話で確認した");
    await user.click(screen.getByTestId("timeline-save"));
    const entry = await waitFor(async () => {
      const e = (await backend.getCase("case-demo-0005")).timeline.find((x) => x.text === "送信元の取引先に電話で確認した");
      expect(e).toBeDefined();
      return e!;
    });
    expect(await screen.findByTestId(`timeline-entry-${entry.id}`)).toHaveAttribute("data-kind", "communication");
    expect(screen.getByTestId(`timeline-occurred-${entry.id}`)).toHaveTextContent("2026/01/05 10:30");
    expect(screen.getByTestId(`timeline-recorded-${entry.id}`).textContent).not.toBe("2026/01/05 10:30");
    expect(screen.getByTestId(`timeline-actor-${entry.id}`)).toHaveTextContent("田中 美穂");
  });
});


describe("case search", () => {
  it("finds a word in a timeline line, highlights it, combines with the filters and clears", async () => {
    const user = userEvent.setup();
    const backend = lead();
    await fileReport(backend, "窓口の端末で不審なポップアップ", "malware");
    renderApp(backend);
    await user.click(await screen.findByTestId("nav-cases"));
    await screen.findByTestId("case-table");
    await user.type(screen.getByTestId("case-filter-query"), "ポップアップ{Enter}");
    await waitFor(() => expect(range()).toBe("1～1件目 ／ 全1件"));
    const snippet = screen.getByTestId("case-row-snippet");
    expect(within(snippet).getByText("ポップアップ").tagName).toBe("MARK");
    await user.selectOptions(screen.getByTestId("case-filter-state"), "closed");
    expect(await screen.findByTestId("case-list-empty")).toBeInTheDocument();
    await user.click(screen.getByTestId("case-filter-reset"));
    await waitFor(() => expect(screen.getByTestId("case-filter-query")).toHaveValue(""));
    expect(screen.queryByTestId("case-row-snippet")).not.toBeInTheDocument();
  });
});

import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { message, renderApp } from "./helpers";

async function openPlaybooks(login = "yamamoto") {
  const user = userEvent.setup();
  const backend = new MemoryBackend({ start: "demo", signedInAs: login });
  window.location.hash = "";
  renderApp(backend);
  await user.click(await screen.findByTestId("nav-playbooks"));
  await screen.findByTestId("playbook-list");
  return { user, backend };
}

function row(category: string): HTMLElement {
  return screen.getAllByTestId("playbook-row").find((r) => r.dataset.category === category)!;
}

async function openCategory(user: ReturnType<typeof userEvent.setup>, category: string) {
  await user.click(within(row(category)).getByTestId("playbook-open"));
  const editor = await screen.findByTestId("playbook-editor");
  await within(screen.getByTestId("playbook-history")).findByTestId("playbook-history-table");
  return editor;
}

function steps(): HTMLElement[] {
  return within(screen.getByTestId("playbook-editor")).getAllByTestId("playbook-step");
}

function titleOf(step: HTMLElement): HTMLTextAreaElement {
  return within(step).getByTestId("playbook-step-title");
}

describe("事故対応手順書", () => {
  it("lists every category with the revision in use, the built-in one to begin with", async () => {
    const { user } = await openPlaybooks();
    const rows = screen.getAllByTestId("playbook-row");
    expect(rows).toHaveLength(14);
    for (const r of rows) expect(within(r).getByTestId("playbook-built-in")).toHaveTextContent(message("ja", "ui-playbook-built-in"));
    expect(row("lossTheft")).toHaveTextContent(message("ja", "ui-playbook-step-count", { count: 8 }));

    await openCategory(user, "lossTheft");
    expect(screen.getByTestId("playbook-current")).toHaveTextContent(message("ja", "ui-playbook-current-built-in"));
    expect(titleOf(steps()[0]!)).toHaveValue("最後に確認した場所・経路を捜索し、立ち寄り先・交通機関に問い合わせる");
    expect(within(steps()[6]!).getByTestId("playbook-step-kind")).toHaveValue("inform");
    expect(within(steps()[6]!).getByTestId("playbook-step-due")).toHaveValue("24");
    // The kinds a step may take: not the CISO report and recovery checks Sonae adds itself.
    const kinds = within(steps()[0]!).getAllByRole("option").map((o) => o.getAttribute("value"));
    expect(kinds).toEqual(["containment", "otherSystems", "evidence", "inform", "other"]);
    expect(within(steps()[0]!).getByRole("option", { name: message("ja", "task-kind-containment") })).toBeInTheDocument();
    const history = screen.getAllByTestId("playbook-history-row");
    expect(history).toHaveLength(1);
    expect(history[0]).toHaveTextContent(message("ja", "ui-playbook-built-in-note"));
  });

  it("edits the steps and saves revision 1, then revision 2, with who, when and why in the history", async () => {
    const { user, backend } = await openPlaybooks();
    await openCategory(user, "lossTheft");

    // Change a title, make the last step mandatory with a due time, move step 2 up, remove step 5.
    await user.clear(titleOf(steps()[0]!));
    await user.type(titleOf(steps()[0]!), "庁舎内と立ち寄り先を捜索する");
    await user.click(within(steps()[7]!).getByTestId("playbook-step-mandatory"));
    await user.clear(within(steps()[7]!).getByTestId("playbook-step-due"));
    await user.type(within(steps()[7]!).getByTestId("playbook-step-due"), "１２");
    await user.click(within(steps()[1]!).getByTestId("playbook-step-up"));
    expect(screen.getByTestId("playbook-status")).toHaveTextContent(/1番目に移動しました/);
    await waitFor(() => expect(within(steps()[0]!).getByTestId("playbook-step-down")).toHaveFocus());
    await user.click(within(steps()[4]!).getByTestId("playbook-step-remove"));
    // Add a step at the end.
    await user.click(screen.getByTestId("playbook-add-step"));
    const added = steps().at(-1)!;
    expect(titleOf(added)).toHaveFocus();
    await user.type(titleOf(added), "委託事業者に連絡する");
    await user.selectOptions(within(added).getByTestId("playbook-step-kind"), "inform");
    await user.click(within(added).getByTestId("playbook-step-mandatory"));
    await user.type(screen.getByTestId("playbook-note"), "訓練の結果を受けて、所管課への連絡を必須にした。");
    await user.click(screen.getByTestId("playbook-save"));

    await waitFor(() =>
      expect(screen.getByTestId("playbook-status")).toHaveTextContent(message("ja", "ui-playbook-saved", { revision: 1 })),
    );
    const [rev1, builtIn] = await backend.playbookHistory("lossTheft");
    expect(rev1!.revision).toBe(1);
    expect(rev1!.note).toBe("訓練の結果を受けて、所管課への連絡を必須にした。");
    expect(rev1!.savedBy).toBe("山本 大輔");
    expect(rev1!.steps.map((s) => s.title)).toEqual([
      "遠隔ロック・遠隔消去を実施する（端末管理の仕組みがある場合）",
      "庁舎内と立ち寄り先を捜索する",
      "紛失した端末・ICカードで使えるアカウント・証明書を停止する",
      "紛失物の内容（機器番号、保存された情報、暗号化の有無）と経緯を記録する",
      "持出し管理簿と照合し、他の端末・媒体・帳票の所在を確認する",
      "警察に遺失届・盗難届を提出し、受理番号を控える",
      "情報を所管する課に連絡し、影響を受ける本人の範囲を確認する",
      "委託事業者に連絡する",
    ]);
    expect(rev1!.steps[6]).toEqual({
      kind: "inform",
      title: "情報を所管する課に連絡し、影響を受ける本人の範囲を確認する",
      mandatory: true,
      dueHours: 12,
    });
    expect(rev1!.steps[7]).toEqual({ kind: "inform", title: "委託事業者に連絡する", mandatory: false, dueHours: null });
    expect(builtIn!.builtIn).toBe(true);

    // The list, the editor and the history show revision 1; the note field is empty again.
    expect(within(row("lossTheft")).getByTestId("playbook-revised")).toHaveTextContent(message("ja", "ui-playbook-revision", { revision: 1 }));
    expect(row("lossTheft")).toHaveTextContent("山本 大輔");
    expect(screen.getByTestId("playbook-current")).toHaveTextContent(message("ja", "ui-playbook-current", { revision: 1 }));
    expect(screen.getByTestId("playbook-note")).toHaveValue("");
    let history = screen.getAllByTestId("playbook-history-row");
    expect(history.map((h) => h.dataset.revision)).toEqual(["1", "0"]);
    expect(history[0]).toHaveTextContent("山本 大輔");
    expect(history[0]).toHaveTextContent("訓練の結果を受けて、所管課への連絡を必須にした。");
    expect(history[0]).toHaveTextContent(message("ja", "ui-playbook-in-use"));

    // Saving again makes revision n + 1.
    await user.click(within(steps()[0]!).getByTestId("playbook-step-remove"));
    await user.type(screen.getByTestId("playbook-note"), "遠隔ロックの仕組みを廃止したため削除した。");
    await user.click(screen.getByTestId("playbook-save"));
    await waitFor(() => expect(screen.getAllByTestId("playbook-history-row").map((h) => h.dataset.revision)).toEqual(["2", "1", "0"]));
    expect(screen.getByTestId("playbook-status")).toHaveTextContent(message("ja", "ui-playbook-saved", { revision: 2 }));
    expect((await backend.listPlaybooks()).find((p) => p.category === "lossTheft")!.steps).toHaveLength(7);

    // The built-in playbook can be loaded back into the editor and saved as revision 3.
    history = screen.getAllByTestId("playbook-history-row");
    await user.click(within(history[2]!).getByTestId("playbook-restore"));
    expect(steps()).toHaveLength(8);
    expect(screen.getByTestId("playbook-note")).toHaveValue(message("ja", "ui-playbook-note-restored-built-in"));
    await user.click(screen.getByTestId("playbook-save"));
    await waitFor(() => expect(screen.getAllByTestId("playbook-history-row")).toHaveLength(4));
    const [rev3] = await backend.playbookHistory("lossTheft");
    expect(rev3!.revision).toBe(3);
    expect(rev3!.steps).toEqual(builtIn!.steps);
  });

  it("shows an empty title's error next to its row, keeps every edit and saves nothing", async () => {
    const { user, backend } = await openPlaybooks();
    await openCategory(user, "malware");
    await user.clear(titleOf(steps()[2]!));
    await user.type(titleOf(steps()[0]!), "（至急）");
    await user.type(screen.getByTestId("playbook-note"), "文言の見直し");
    await user.click(screen.getByTestId("playbook-save"));

    const bad = steps()[2]!;
    const expected = message("ja", "error-field-required", { field: message("ja", "ui-playbook-col-title") });
    expect(await within(bad).findByTestId("field-error")).toHaveTextContent(expected);
    expect(titleOf(bad)).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(titleOf(bad)).toHaveFocus());
    expect(within(steps()[1]!).queryByTestId("field-error")).not.toBeInTheDocument();
    expect(titleOf(steps()[0]!)).toHaveValue("感染した端末・サーバをネットワークから切り離す（LANケーブルを抜く。電源は切らない）（至急）");
    expect(screen.getByTestId("playbook-note")).toHaveValue("文言の見直し");
    expect(await backend.playbookHistory("malware")).toHaveLength(1);

    // Fixing it saves revision 1 and clears the error.
    await user.type(titleOf(bad), "不審な通信先を遮断する");
    await user.click(screen.getByTestId("playbook-save"));
    await waitFor(() => expect(screen.getAllByTestId("playbook-history-row")).toHaveLength(2));
    expect(within(steps()[2]!).queryByTestId("field-error")).not.toBeInTheDocument();
  });

  it("checks the change note and due hours before saving, and shows the backend's due-hours error at its row", async () => {
    const { user, backend } = await openPlaybooks();
    await openCategory(user, "dos");
    await user.type(within(steps()[1]!).getByTestId("playbook-step-due"), "時間");
    await user.click(screen.getByTestId("playbook-save"));
    const dueError = message("ja", "error-playbook-due-hours", { field: message("ja", "ui-playbook-col-due-hours") });
    expect(within(steps()[1]!).getByTestId("field-error")).toHaveTextContent(dueError);
    expect(screen.getByTestId("playbook-note")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText(message("ja", "ui-form-required-message", { field: message("ja", "ui-playbook-note") }))).toBeInTheDocument();
    expect(backend.calls).not.toContain("savePlaybook");

    // 0 hours is a number, so it goes to the backend, which names the step by its index.
    await user.clear(within(steps()[1]!).getByTestId("playbook-step-due"));
    await user.type(within(steps()[1]!).getByTestId("playbook-step-due"), "0");
    await user.type(screen.getByTestId("playbook-note"), "期限の見直し");
    await user.click(screen.getByTestId("playbook-save"));
    expect(await within(steps()[1]!).findByTestId("field-error")).toHaveTextContent(dueError);
    expect(backend.calls).toContain("savePlaybook");
    expect(within(steps()[0]!).queryByTestId("field-error")).not.toBeInTheDocument();

    // Removing every step is refused with the error next to the steps.
    for (let n = steps().length; n > 0; n--) await user.click(within(steps()[0]!).getByTestId("playbook-step-remove"));
    await user.click(screen.getByTestId("playbook-save"));
    expect(await screen.findByTestId("playbook-steps-error")).toHaveTextContent(message("ja", "error-playbook-empty"));
    expect(await backend.playbookHistory("dos")).toHaveLength(1);
  });

  it("keeps unsaved edits per category and discards them on request", async () => {
    const { user } = await openPlaybooks();
    await openCategory(user, "misdirectedMail");
    await user.type(titleOf(steps()[0]!), "（電話が通じない場合はメールで依頼する）");
    await openCategory(user, "lossTheft");
    expect(screen.queryByTestId("playbook-discard")).not.toBeInTheDocument();
    await openCategory(user, "misdirectedMail");
    expect(titleOf(steps()[0]!).value).toMatch(/（電話が通じない場合はメールで依頼する）$/);
    await user.click(screen.getByTestId("playbook-discard"));
    expect(titleOf(steps()[0]!).value).not.toMatch(/電話が通じない/);
  });

  it("lets a CSIRT lead revise a playbook, and a case judged an incident gets its tasks from that revision", async () => {
    const { user, backend } = await openPlaybooks("tanaka");
    await openCategory(user, "targetedMail");
    await user.click(screen.getByTestId("playbook-add-step"));
    await user.type(titleOf(steps().at(-1)!), "県の情報セキュリティ担当に情報提供する");
    await user.selectOptions(within(steps().at(-1)!).getByTestId("playbook-step-kind"), "inform");
    await user.type(within(steps().at(-1)!).getByTestId("playbook-step-due"), "48");
    await user.type(screen.getByTestId("playbook-note"), "県との情報共有を追加");
    await user.click(screen.getByTestId("playbook-save"));
    await waitFor(() => expect(screen.getAllByTestId("playbook-history-row")).toHaveLength(2));
    expect(screen.getAllByTestId("playbook-history-row")[0]).toHaveTextContent("田中 美穂");

    const handler = (await backend.listPeople()).find((p) => p.name === "田中 美穂")!;
    await backend.triageCase({
      caseId: "case-demo-0005",
      isIncident: true,
      rationale: "標的型攻撃メールと判断",
      impact: "受信者3名",
      severity: "medium",
      handlerPersonId: handler.id,
    });
    const detail = await backend.moveCase({ caseId: "case-demo-0005", move: "judgeIncident", reason: "" });
    const fromPlaybook = detail.tasks.filter((t) => t.playbookRevision !== null);
    expect(fromPlaybook.every((t) => t.playbookRevision === 1)).toBe(true);
    expect(fromPlaybook.at(-1)).toMatchObject({ title: "県の情報セキュリティ担当に情報提供する", kind: "inform" });
  });
});

import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { DEMO_PASSWORD } from "../src/backend/memory";
import { message, renderApp } from "./helpers";

function wizardStep(): number {
  return Number(screen.getByTestId("report-wizard").dataset.step);
}

async function openReport(user: UserEvent, backend: MemoryBackend) {
  renderApp(backend);
  await user.click(await screen.findByTestId("home-report"));
  await screen.findByTestId("report-wizard");
}

/** Step 1 of a resident's phone call about a lost USB stick. */
async function fillStep1(user: UserEvent) {
  await user.click(screen.getByTestId("report-source-resident"));
  await user.click(screen.getByTestId("report-symptom-pc_lost_stolen"));
  await user.type(screen.getByTestId("report-what-happened"), "USBメモリを紛失");
}

async function next(user: UserEvent, expected: number) {
  await user.click(screen.getByTestId("report-next"));
  await waitFor(() => expect(wizardStep()).toBe(expected));
}

describe("report wizard", () => {
  it("keeps the reporter on a step with a missing field, shows the error there and keeps what was typed", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "nakamura" });
    await openReport(user, backend);
    expect(within(screen.getByTestId("report-steps")).getAllByRole("listitem")).toHaveLength(7);
    expect(within(screen.getByTestId("report-steps")).getAllByRole("listitem")[0]).toHaveAttribute("aria-current", "step");

    await user.click(screen.getByTestId("report-source-resident"));
    await user.click(screen.getByTestId("report-symptom-pc_lost_stolen"));
    // The checklist proposes the category.
    expect(screen.getByTestId("report-category-loss_theft")).toBeChecked();
    await user.click(screen.getByTestId("report-next"));

    const what = screen.getByTestId("report-what-happened");
    const required = message("ja", "error-field-required", { field: message("ja", "field-what-happened") });
    await waitFor(() => expect(what).toHaveAttribute("aria-invalid", "true"));
    expect(what).toHaveAccessibleDescription(expect.stringContaining(required));
    expect(screen.getByTestId("report-error-summary")).toHaveTextContent(required);
    await waitFor(() => expect(what).toHaveFocus());
    expect(wizardStep()).toBe(1);
    expect(screen.getByTestId("report-source-resident")).toBeChecked();
    expect(screen.getByTestId("report-symptom-pc_lost_stolen")).toBeChecked();

    await user.type(what, "USBメモリを紛失");
    await next(user, 2);
    expect(screen.getByTestId("report-noticed-at")).not.toHaveValue("");

    // A "noticed" time in the future: the Japanese message next to the field, nothing lost.
    await user.type(screen.getByTestId("report-occurred-note"), "昨日の夕方ごろ");
    const noticed = screen.getByTestId("report-noticed-at");
    fireEvent.change(noticed, { target: { value: "2099-01-01T10:00" } });
    fireEvent.blur(noticed);
    await user.click(screen.getByTestId("report-next"));
    const future = "「気付いた日時」に未来の日時は入力できません。";
    expect(message("ja", "error-datetime-future", { field: message("ja", "field-noticed-at") })).toBe(future);
    await waitFor(() => expect(noticed).toHaveAccessibleDescription(expect.stringContaining(future)));
    expect(noticed).toHaveAttribute("aria-invalid", "true");
    expect(wizardStep()).toBe(2);
    expect(noticed).toHaveValue("2099-01-01T10:00");
    expect(screen.getByTestId("report-occurred-note")).toHaveValue("昨日の夕方ごろ");
    // Later steps' issues (step 4's required answers) are not shown yet.
    expect(screen.queryByText(message("ja", "field-personal-info"))).not.toBeInTheDocument();

    // Every step change saved the draft as typed.
    expect(backend.calls.filter((c) => c === "saveReportDraft").length).toBeGreaterThan(2);
  });

  it("shows the first-response guidance as soon as a category is chosen, and keeps it on later steps", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "nakamura" });
    await openReport(user, backend);
    expect(screen.queryByTestId("guidance-side")).not.toBeInTheDocument();

    await user.click(screen.getByTestId("report-category-malware"));
    const panel = screen.getByTestId("guidance-side");
    const expected = message("ja", "guidance-malware")
      .split("\n")
      .map((s) => s.trim())
      .filter(Boolean);
    expect(within(panel).getAllByTestId("guidance-step-text").map((li) => li.textContent)).toEqual(expected);
    expect(panel).toHaveTextContent("LANケーブルを抜く");

    await user.type(screen.getByTestId("report-what-happened"), "画面に身代金の要求");
    await next(user, 2);
    expect(screen.getByTestId("guidance-side")).toHaveTextContent("電源は切らない");
    expect(screen.getByTestId("guidance-top")).toHaveTextContent("電源は切らない");
  });

  it("shows the organization's own guidance when the administrator rewrote it", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo" });
    await backend.signIn({ loginId: "yamamoto", password: DEMO_PASSWORD });
    await backend.saveGuidance({ category: "lossTheft", steps: ["情報政策課（内線2201）に電話する。", "警察に届け出る。"] });
    await backend.signOut();
    await backend.signIn({ loginId: "nakamura", password: DEMO_PASSWORD });
    await openReport(user, backend);
    await user.click(screen.getByTestId("report-category-loss_theft"));
    const steps = within(screen.getByTestId("guidance-side")).getAllByTestId("guidance-step-text");
    expect(steps.map((li) => li.textContent)).toEqual(["情報政策課（内線2201）に電話する。", "警察に届け出る。"]);
  });

  it("offers to resume an unfinished report and restores it at its step", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "nakamura" });
    const first = renderApp(backend);
    await user.click(await screen.findByTestId("home-report"));
    await screen.findByTestId("report-wizard");
    await fillStep1(user);
    await next(user, 2);
    await user.type(screen.getByTestId("report-occurred-note"), "昨日の夕方");
    fireEvent.blur(screen.getByTestId("report-occurred-note"));
    await waitFor(() => expect(screen.getByTestId("report-draft-status")).toHaveTextContent("下書きを保存しました"));
    first.unmount();

    // As after a restart: home offers the draft.
    window.location.hash = "";
    renderApp(backend);
    const offer = await screen.findByTestId("resume-offer");
    expect(offer).toHaveTextContent(message("ja", "ui-report-resume-title"));
    expect(offer).toHaveTextContent("USBメモリを紛失");
    await user.click(within(offer).getByTestId("resume-continue"));

    await screen.findByTestId("report-wizard");
    expect(wizardStep()).toBe(2);
    expect(screen.getByTestId("report-occurred-note")).toHaveValue("昨日の夕方");
    await user.click(screen.getByTestId("report-back"));
    expect(screen.getByTestId("report-source-resident")).toBeChecked();
    expect(screen.getByTestId("report-symptom-pc_lost_stolen")).toBeChecked();
    expect(screen.getByTestId("report-category-loss_theft")).toBeChecked();
    expect(screen.getByTestId("report-what-happened")).toHaveValue("USBメモリを紛失");
  });

  it("sets a draft aside on 破棄 and starts a new report", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "nakamura" });
    const first = renderApp(backend);
    await user.click(await screen.findByTestId("home-report"));
    await screen.findByTestId("report-wizard");
    await fillStep1(user);
    await next(user, 2);
    first.unmount();

    window.location.hash = "";
    renderApp(backend);
    await user.click(await screen.findByTestId("nav-report"));
    const offer = await screen.findByTestId("resume-offer");
    expect(offer).toHaveTextContent(message("ja", "ui-report-resume-discard-note"));
    await user.click(within(offer).getByTestId("resume-discard"));
    await screen.findByTestId("report-wizard");
    expect(wizardStep()).toBe(1);
    expect(screen.getByTestId("report-what-happened")).toHaveValue("");
    expect(await backend.openReportDrafts()).toEqual([]);
  });

  it("files a relayed report and shows the receipt number and whom to call", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "nakamura" });
    await openReport(user, backend);
    await fillStep1(user);
    await next(user, 2);
    await next(user, 3);
    await user.type(screen.getByTestId("report-device"), "USBメモリ");
    await next(user, 4);
    await user.click(screen.getByTestId("report-personal-info-yes"));
    await user.click(screen.getByTestId("report-my-number-no"));
    await user.type(screen.getByTestId("report-max-persons"), "1");
    await next(user, 5);
    await next(user, 6);
    // A resident's report: the signed-in clerk is recorded as the one who took it.
    expect(screen.getByTestId("report-entered-by")).toHaveTextContent("中村 さくら");
    expect(screen.getByTestId("report-reporter-name")).toHaveValue("");
    expect(screen.getByTestId("report-relay-received-at")).not.toHaveValue("");
    await user.type(screen.getByTestId("report-reporter-name"), "市民 太郎");
    await user.type(screen.getByTestId("report-reporter-phone"), "048-000-9999");
    await user.click(screen.getByTestId("report-channel-phone"));
    await next(user, 7);

    const review = screen.getByTestId("report-review");
    expect(within(review).getByTestId("review-whatHappened")).toHaveTextContent("USBメモリを紛失");
    expect(within(review).getByTestId("review-relayChannel")).toHaveTextContent(message("ja", "relay-channel-phone"));
    await user.click(screen.getByTestId("report-submit"));

    const receipt = await screen.findByTestId("report-receipt");
    const number = within(receipt).getByTestId("receipt-no").textContent ?? "";
    expect(number).toMatch(/^\d{4}-\d{4}$/);
    const contacts = within(receipt).getAllByTestId("receipt-contact");
    expect(contacts[0]).toHaveTextContent("田中 美穂");
    expect(contacts[0]).toHaveTextContent("048-000-1101");
    expect(within(receipt).getByTestId("receipt-guidance")).toHaveTextContent("警察に届け出て");

    await user.click(within(receipt).getByTestId("receipt-my-reports"));
    const row = await screen.findByTestId("my-report-row");
    expect(within(row).getByTestId("my-report-receipt-no")).toHaveTextContent(number);
    expect(within(row).getByTestId("my-report-state")).toHaveTextContent(message("ja", "case-state-received"));
  });

  it("takes the reporter back to the step of a field the submission refuses", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "nakamura" });
    await openReport(user, backend);
    await user.click(screen.getByTestId("report-category-other"));
    await user.type(screen.getByTestId("report-what-happened"), "気になる表示");
    for (const step of [2, 3, 4]) await next(user, step);
    await user.click(screen.getByTestId("report-personal-info-no"));
    await user.click(screen.getByTestId("report-my-number-no"));
    for (const step of [5, 6, 7]) await next(user, step);
    // The reporter's contact details are emptied behind the wizard's back (as another window might).
    await user.click(screen.getByTestId("review-edit-6"));
    await user.clear(screen.getByTestId("report-reporter-phone"));
    await user.clear(screen.getByTestId("report-reporter-email"));
    await user.click(screen.getByTestId("report-step-link-7"));
    await user.click(screen.getByTestId("report-submit"));
    await waitFor(() => expect(wizardStep()).toBe(6));
    const phone = screen.getByTestId("report-reporter-phone");
    expect(phone).toHaveAttribute("aria-invalid", "true");
    expect(phone).toHaveAccessibleDescription(expect.stringContaining(message("ja", "error-reporter-unreachable")));
    await waitFor(() => expect(phone).toHaveFocus());
  });

  it("lets everyone find the report button and their own reports", async () => {
    renderApp(new MemoryBackend({ start: "demo", signedInAs: "tanaka" }));
    expect(await screen.findByTestId("home-report")).toHaveTextContent(message("ja", "ui-home-report-button"));
    expect(screen.getByTestId("nav-report")).toBeInTheDocument();
    expect(screen.getByTestId("nav-reports")).toBeInTheDocument();
    expect(screen.queryByTestId("nav-guidance")).not.toBeInTheDocument();
  });
});

describe("初動対応の案内 (settings)", () => {
  it("lets the administrator rewrite a category's guidance and restore the default", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto" });
    renderApp(backend);
    await user.click(await screen.findByTestId("nav-guidance"));
    const card = (await screen.findAllByTestId("guidance-category")).find((c) => c.dataset.category === "misdirectedMail")!;
    expect(card).toHaveTextContent("同じメールを送り直さない");
    await user.click(within(card).getByTestId("guidance-edit"));
    const input = screen.getByTestId("guidance-steps-input");
    await user.clear(input);
    await user.type(input, "送信した時刻を記録する。{Enter}課長に報告する。");
    await user.click(screen.getByTestId("guidance-save"));
    await waitFor(() => expect(within(card).getByTestId("guidance-custom")).toBeInTheDocument());
    expect(within(card).getAllByTestId("guidance-step-text").map((li) => li.textContent)).toEqual([
      "送信した時刻を記録する。",
      "課長に報告する。",
    ]);
    expect(await backend.listGuidance()).toEqual([
      { category: "misdirectedMail", steps: ["送信した時刻を記録する。", "課長に報告する。"] },
    ]);

    await user.click(within(card).getByTestId("guidance-edit"));
    await user.click(screen.getByTestId("guidance-restore"));
    await waitFor(() => expect(within(card).queryByTestId("guidance-custom")).not.toBeInTheDocument());
    expect(card).toHaveTextContent("同じメールを送り直さない");
  });
});

describe("受付番号の形式 (団体・設定)", () => {
  it("shows a live example of the receipt number format and saves it", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto" });
    renderApp(backend);
    await user.click(await screen.findByTestId("nav-org"));
    const input = await screen.findByTestId("org-receipt-format");
    expect(input).toHaveValue("{年}-{n}");
    expect(screen.getByTestId("org-receipt-preview")).toHaveTextContent(/\d{4}-0007/);
    await user.clear(input);
    await user.type(input, "受{{年度}-{{n}");
    expect(screen.getByTestId("org-receipt-preview")).toHaveTextContent(/受\d{4}-0007/);
    await user.click(screen.getByTestId("org-save"));
    await waitFor(() => expect(screen.getByTestId("org-status")).toHaveTextContent(message("ja", "ui-saved")));
    expect((await backend.orgSetup()).organization.receiptFormat).toBe("受{年度}-{n}");
  });
});

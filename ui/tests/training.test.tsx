// 研修 with the MemoryBackend on the demo at 2026-11-21: the 12-month alert lists the three
// untrained handlers with why; a CSV with a bad row is refused next to the CSV field, naming the
// row, with the text kept and nothing imported; corrected, it is taken and the alert follows; a bad
// 理解度 typed on the sheet is shown at its row; staff do not see the page.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { message, renderApp } from "./helpers";

const NOW = Date.parse("2026-11-21T00:30:00Z");

async function openTraining(backend: MemoryBackend) {
  const user = userEvent.setup();
  renderApp(backend);
  await screen.findByTestId("home");
  await user.click(await screen.findByTestId("nav-training"));
  await screen.findByTestId("training");
  return user;
}

function alertNames(): string[] {
  const table = screen.getByTestId("training-alert-table");
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) => r.querySelector("td")?.textContent ?? "");
}

describe("研修", () => {
  it("lists the untrained handlers, refuses a CSV with a bad row whole and keeps its text, then imports it", async () => {
    const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto", now: () => NOW });
    const user = await openTraining(backend);

    await screen.findByTestId("training-alert-table");
    expect(alertNames()).toEqual(["伊藤 健太", "加藤 恵", "吉田 翔"]);
    const reasons = screen.getByTestId("training-alert-table").textContent ?? "";
    expect(reasons).toContain(message("ja", "training-alert-reason-never-trained"));
    expect(reasons).toContain(message("ja", "training-alert-reason-expired"));
    expect(reasons).toContain(message("ja", "training-alert-reason-only-absent"));
    expect(screen.getByTestId("training-plan-title")).toHaveTextContent("令和8年度 情報セキュリティ研修計画");

    const year = await backend.trainingYear(null);
    const session = year.sessions.find((s) => s.title === "特定個人情報取扱者研修")!;
    await user.click(screen.getByTestId(`training-session-open-${session.id}`));
    await screen.findByTestId("training-session-panel");

    const bad = "氏名,出欠,理解度\n吉田 翔,出席,80\n伊藤 健太,遅刻,\n";
    const csv = screen.getByTestId("training-csv-text");
    await user.click(csv);
    await user.paste(bad);
    await user.click(screen.getByTestId("training-csv-import"));
    const expected = message("ja", "error-training-csv-attendance", { row: "2", line: "3", column: "出欠" });
    await waitFor(() => expect(screen.getByTestId("training-csv")).toHaveTextContent(expected));
    expect(csv).toHaveValue(bad);
    expect(csv).toHaveAttribute("aria-invalid", "true");
    expect((await backend.trainingAlert()).alerts.map((a) => a.name)).toEqual(["伊藤 健太", "加藤 恵", "吉田 翔"]);
    const yoshida = (await backend.trainingSession(session.id)).attendees.find((a) => a.name === "吉田 翔")!;
    expect(yoshida.status).toBe("absent");

    await user.clear(csv);
    await user.click(csv);
    await user.paste(bad.replace("遅刻", "出席"));
    await user.click(screen.getByTestId("training-csv-import"));
    expect(await screen.findByTestId("training-csv-status")).toHaveTextContent(message("ja", "ui-training-csv-imported", { count: 2 }));
    await waitFor(() => expect(alertNames()).toEqual(["加藤 恵"]));
    expect(screen.getByTestId(`training-status-${yoshida.personId}`)).toHaveValue("attended");
  });

  it("shows a bad 理解度 at its row and saves nothing", async () => {
    const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto", now: () => NOW });
    const user = await openTraining(backend);
    const year = await backend.trainingYear(null);
    const session = year.sessions.find((s) => s.title === "標的型攻撃メール訓練")!;
    await user.click(await screen.findByTestId(`training-session-open-${session.id}`));
    const detail = await backend.trainingSession(session.id);
    const kato = detail.attendees.find((a) => a.name === "加藤 恵")!;
    const score = await screen.findByTestId(`training-score-${kato.personId}`);
    await user.clear(score);
    await user.type(score, "１２０");
    await user.click(screen.getByTestId("training-attendance-save"));
    const row = screen.getByTestId(`training-attendee-${kato.personId}`);
    await waitFor(() =>
      expect(row).toHaveTextContent(message("ja", "error-training-score-format", { field: message("ja", "field-comprehension") })),
    );
    expect(score).toHaveValue("１２０");
    expect((await backend.trainingSession(session.id)).attendees.find((a) => a.personId === kato.personId)!.comprehension).toBe(90);
  });

  it("is not offered to staff, who still read their own history", async () => {
    const staff = new MemoryBackend({ start: "demo", signedInAs: "nakamura", now: () => NOW });
    renderApp(staff);
    await screen.findByTestId("home");
    expect(screen.queryByTestId("nav-training")).not.toBeInTheDocument();
    await expect(staff.trainingAlert()).rejects.toMatchObject({ code: "forbidden" });
    const own = (await staff.sessionStatus()).user!;
    const history = await staff.trainingHistory(own.personId);
    expect(history.entries.length).toBeGreaterThan(0);
  });
});

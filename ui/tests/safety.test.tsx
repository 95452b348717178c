import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { message, renderApp } from "./helpers";

async function openSafety(login: string) {
  const user = userEvent.setup();
  const backend = new MemoryBackend({ start: "demo", signedInAs: login });
  renderApp(backend);
  await user.click(await screen.findByTestId("nav-safety"));
  await screen.findByTestId("data-safety");
  return { user, backend };
}

describe("データの保全", () => {
  it("makes a backup under the offered path with its progress at 100 %, lists it and verifies it", async () => {
    const { user } = await openSafety("yamamoto");
    const path = await screen.findByTestId("safety-backup-path");
    await waitFor(() => expect((path as HTMLInputElement).value).toMatch(/^\/memory\/data\/backups\/sonae-\d{8}-\d{6}\.tar$/));
    const chosen = (path as HTMLInputElement).value;
    expect(screen.getByTestId("safety-list-empty")).toBeInTheDocument();

    await user.click(screen.getByTestId("safety-backup-submit"));
    const done = await screen.findByTestId("safety-backup-done");
    expect(within(done).getByTestId("safety-backup-done-path")).toHaveTextContent(chosen);
    expect(screen.getByTestId("safety-backup-progress-bar")).toHaveValue(100);
    expect(screen.getByTestId("safety-backup-progress-percent")).toHaveTextContent("100 %");
    expect(within(done).getByTestId("safety-backup-summary-cases")).toHaveTextContent(/\d+ 件/);

    const row = await screen.findByTestId("safety-list-row");
    expect(within(row).getByTestId("safety-list-name")).toHaveTextContent(chosen.split("/").pop()!);
    expect(row).toHaveTextContent(message("ja", "ui-safety-kind-manual"));
    await user.click(within(row).getByTestId("safety-list-verify"));
    expect(await screen.findByTestId("safety-verify-done")).toHaveTextContent(message("ja", "ui-safety-verify-done"));
    // Restoring is the CLI's, with the exact command.
    expect(screen.getByTestId("safety-restore-command")).toHaveTextContent(`sonae --db "/memory/data/sonae.db" backup restore "${chosen}"`);

    // The same path again is refused, the field keeps the path.
    await user.clear(screen.getByTestId("safety-backup-path"));
    await user.type(screen.getByTestId("safety-backup-path"), chosen);
    await user.click(screen.getByTestId("safety-backup-submit"));
    expect(await within(screen.getByTestId("safety-backup")).findByTestId("error")).toHaveTextContent(`同名のファイルが既にあります: ${chosen}`);
    expect(screen.getByTestId("safety-backup-path")).toHaveValue(chosen);
  });

  it("shows this installation's key, registers a trusted key by name and revokes it after confirming", async () => {
    const { user } = await openSafety("yamamoto");
    expect(await screen.findByTestId("safety-own-fingerprint")).toHaveTextContent(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    await user.click(screen.getByTestId("safety-key-submit"));
    expect(screen.getByTestId("safety-key-name-input")).toHaveFocus();

    await user.type(screen.getByTestId("safety-key-name-input"), "総務課端末");
    await user.type(screen.getByTestId("safety-key-public-input"), "xyz");
    await user.click(screen.getByTestId("safety-key-submit"));
    await waitFor(() => expect(screen.getByTestId("safety-key-public-input")).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getByTestId("safety-key-public-input")).toHaveFocus();

    await user.clear(screen.getByTestId("safety-key-public-input"));
    await user.type(screen.getByTestId("safety-key-public-input"), "b1".repeat(32));
    await user.click(screen.getByTestId("safety-key-submit"));
    expect(await screen.findByTestId("safety-key-added")).toHaveTextContent("総務課端末");
    const row = screen.getByTestId("safety-key-row");
    expect(within(row).getByTestId("safety-key-state")).toHaveTextContent(message("ja", "ui-safety-key-valid"));

    await user.click(within(row).getByTestId("safety-key-revoke"));
    await user.click(within(row).getByTestId("safety-key-revoke-cancel"));
    expect(within(row).getByTestId("safety-key-state")).toHaveTextContent(message("ja", "ui-safety-key-valid"));
    await user.click(within(row).getByTestId("safety-key-revoke"));
    expect(row).toHaveTextContent("総務課端末」を失効させますか");
    await user.click(within(row).getByTestId("safety-key-revoke-confirm"));
    await waitFor(() => expect(screen.getByTestId("safety-key-state")).toHaveTextContent("失効"));
  });

  it("shows each role only what it may do; staff have no such page", async () => {
    // CSIRT責任者: backups, import and export, but the keys are the 管理者's.
    await openSafety("tanaka");
    expect(screen.getByTestId("safety-import")).toBeInTheDocument();
    expect(screen.getByTestId("safety-export")).toBeInTheDocument();
    expect(screen.getByTestId("safety-backup")).toBeInTheDocument();
    expect(screen.queryByTestId("safety-keys")).not.toBeInTheDocument();
  });

  it("is not offered to staff", async () => {
    const backend = new MemoryBackend({ start: "demo", signedInAs: "nakamura" });
    renderApp(backend);
    await screen.findByTestId("nav-home");
    expect(screen.queryByTestId("nav-safety")).not.toBeInTheDocument();
  });

  it("lets staff write their submitted report to a file from 自分の報告", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "nakamura" });
    const options = await backend.reportOptions();
    const form = {
      source: "staff",
      symptoms: [],
      category: "loss_theft",
      whatHappened: "USBメモリを紛失した。",
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
      reporterPhone: "048-000-1201",
      reporterEmail: "",
      reporterReachability: "",
      relayOrg: "",
      relayChannel: "",
      relayReceivedAt: "",
    };
    const draft = await backend.saveReportDraft({ draftId: null, step: 7, form });
    const receipt = await backend.submitReport({ draftId: draft.id, form });
    renderApp(backend);
    await user.click(await screen.findByTestId("nav-reports"));
    await user.click(await screen.findByTestId("my-report-export"));
    const exportForm = await screen.findByTestId("my-report-export-form");
    const path = within(exportForm).getByTestId("my-report-export-form-path");
    await waitFor(() => expect(path).toHaveValue(`/memory/documents/報告-${receipt.receiptNo}.bundle`));
    await user.click(within(exportForm).getByTestId("my-report-export-form-submit"));
    expect(await within(exportForm).findByTestId("my-report-export-form-done")).toHaveTextContent(receipt.receiptNo);
    expect(within(exportForm).getByTestId("my-report-export-form-progress-step")).toHaveTextContent(message("ja", "ui-safety-progress-done"));
  });

  it("exports a case from its screen and imports the file, saying what was new and what was already here", async () => {
    const { user, backend } = await openSafety("tanaka");
    const caseRow = (await backend.home()).cases[0]!;
    await user.type(screen.getByTestId("safety-export-receipt"), caseRow.receiptNo);
    await user.click(screen.getByTestId("safety-export-choose"));
    const form = await screen.findByTestId("safety-export-form");
    const path = within(form).getByTestId("safety-export-form-path");
    await waitFor(() => expect(path).toHaveValue(`/memory/documents/事案-${caseRow.receiptNo}.bundle`));
    await user.click(within(form).getByTestId("safety-export-form-submit"));
    expect(await within(form).findByTestId("safety-export-form-done")).toHaveTextContent(caseRow.receiptNo);

    await user.type(screen.getByTestId("safety-import-path"), `/memory/documents/事案-${caseRow.receiptNo}.bundle`);
    await user.click(screen.getByTestId("safety-import-submit"));
    const done = await screen.findByTestId("safety-import-done");
    expect(within(done).getByTestId("safety-import-new")).toHaveTextContent("0 件");
    expect(within(done).getByTestId("safety-import-conflicts")).toHaveTextContent(message("ja", "ui-safety-import-no-conflicts"));
    expect(done).toHaveTextContent("取り込み済みです");
  });
});

// 重要度の表示名: an administrator renames a level in 団体・設定 and every screen shows the new name.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { renderApp } from "./helpers";

describe("重要度の表示名", () => {
  it("renames 緊急 and the home list and the triage choices use the new name; duplicates are refused", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto" });
    renderApp(backend);
    await user.click(await screen.findByTestId("nav-org"));
    const critical = await screen.findByTestId("severity-label-critical");
    await user.type(critical, "レベル4");
    await user.type(screen.getByTestId("severity-label-high"), "レベル4");
    await user.click(screen.getByTestId("severity-labels-save"));
    expect(await within(screen.getByTestId("severity-labels")).findByRole("alert")).toHaveTextContent("重複");
    await user.clear(screen.getByTestId("severity-label-high"));
    await user.click(screen.getByTestId("severity-labels-save"));
    await screen.findByTestId("severity-labels-status");

    await user.click(screen.getByTestId("nav-home"));
    await waitFor(() => expect(screen.getByTestId("home")).toHaveTextContent("レベル4"));
    expect(await backend.severityLabels()).toContainEqual({ severity: "critical", label: "レベル4" });
  });
});

describe("報告先の方針", () => {
  it("saves when the prefecture is told, refusing a target that is not a number next to its field", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto" });
    renderApp(backend);
    await user.click(await screen.findByTestId("nav-org"));
    await screen.findByTestId("reporting-policy");
    await user.selectOptions(screen.getByTestId("policy-prefecture-when"), "severityAtLeast");
    await user.selectOptions(screen.getByTestId("policy-prefecture-severity"), "critical");
    await user.type(screen.getByTestId("policy-prefecture-target-days"), "三日");
    await user.click(screen.getByTestId("policy-save"));
    expect(screen.getByTestId("policy-prefecture-target-days")).toHaveAttribute("aria-invalid", "true");
    await user.clear(screen.getByTestId("policy-prefecture-target-days"));
    await user.type(screen.getByTestId("policy-prefecture-target-days"), "３");
    await user.click(screen.getByTestId("policy-save"));
    await screen.findByTestId("policy-status");
    const saved = await backend.destinationPolicy();
    expect(saved.prefecture).toEqual({ when: "severityAtLeast", severity: "critical", targetDays: 3 });
    await waitFor(() => expect(screen.getByTestId("policy-prefecture-severity")).toHaveValue("critical"));
  });
});

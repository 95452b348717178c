// The dashboard on the CSIRT's and the CISO's home, its links into the case list, and the
// statistics screen (issue 10), against the MemoryBackend's demo data.

import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { DEMO_CASES } from "../src/backend/memory-data";
import { message, renderApp } from "./helpers";

/** The value of each bar of a chart, by key. */
function bars(testid: string): Record<string, string> {
  const chart = screen.getByTestId(testid);
  return Object.fromEntries(within(chart).getAllByTestId(`${testid}-bar`).map((b) => [b.dataset.key!, b.dataset.value!]));
}

describe("dashboard", () => {
  it("is the CSIRT lead's home: open real cases by state and 重要度, never the drill", async () => {
    window.location.hash = "#/home";
    renderApp(new MemoryBackend({ start: "demo", signedInAs: "tanaka" }));
    await screen.findByTestId("dash-open-total-value");
    const open = DEMO_CASES.filter((c) => !c.drill && c.state !== "closed" && c.state !== "notIncident");
    expect(screen.getByTestId("dash-open-total-value")).toHaveTextContent(String(open.length));
    expect(bars("dash-by-state")).toEqual({ received: "1", triage: "1", responding: "0", recovering: "1", prevention: "1" });
    // The 対応中 drill (重要度 緊急) is not counted.
    expect(bars("dash-by-severity")).toEqual({ critical: "0", high: "2", medium: "1", low: "0", none: "1" });
    expect(screen.getByTestId("dash-training")).toBeInTheDocument();
    // The state counts and the case list stay below the dashboard.
    expect(screen.getAllByTestId("state-count")).toHaveLength(7);
    expect(screen.getAllByTestId("case-row")).toHaveLength(DEMO_CASES.length);
  });

  it("opens the case list filtered by the state a bar counts", async () => {
    const user = userEvent.setup();
    window.location.hash = "#/home";
    renderApp(new MemoryBackend({ start: "demo", signedInAs: "tanaka" }));
    const chart = await screen.findByTestId("dash-by-state");
    const triage = within(chart).getAllByTestId("dash-by-state-bar").find((b) => b.dataset.key === "triage")!;
    await user.click(within(triage).getByRole("link"));
    await waitFor(() => expect(window.location.hash).toBe("#/cases"));
    await waitFor(() => expect(screen.getByTestId("case-row-2026-0005")).toBeInTheDocument());
    expect(screen.queryByTestId("case-row-2026-0007")).not.toBeInTheDocument();
  });

  it("is not on the home of staff or of the administrator", async () => {
    window.location.hash = "#/home";
    const first = renderApp(new MemoryBackend({ start: "demo", signedInAs: "nakamura" }));
    await screen.findByTestId("home");
    expect(screen.queryByTestId("dashboard")).not.toBeInTheDocument();
    expect(screen.queryByTestId("nav-stats")).not.toBeInTheDocument();
    first.unmount();
    renderApp(new MemoryBackend({ start: "demo", signedInAs: "yamamoto" }));
    await screen.findByTestId("home");
    expect(screen.queryByTestId("dashboard")).not.toBeInTheDocument();
    expect(screen.getByTestId("nav-stats")).toBeInTheDocument();
  });
});

describe("statistics screen", () => {
  it("groups, charts and exports the real cases; a bad period names its field", async () => {
    const user = userEvent.setup();
    window.location.hash = "#/home";
    const backend = new MemoryBackend({ start: "demo", signedInAs: "tanaka" });
    renderApp(backend);
    await user.click(await screen.findByTestId("nav-stats"));
    const table = await screen.findByTestId("stats-table");
    const real = DEMO_CASES.filter((c) => !c.drill);
    expect(within(within(table).getByTestId("stats-total")).getAllByRole("cell")[1]).toHaveTextContent(String(real.length));
    expect(screen.getByTestId("stats-drills-left-out")).toHaveTextContent(message("ja", "ui-stats-drills-left-out", { count: 1 }));
    expect(within(screen.getByTestId("stats-chart")).getAllByTestId("stats-chart-bar")).toHaveLength(real.length);

    await user.selectOptions(screen.getByTestId("stats-group-by"), "severity");
    await waitFor(() => expect(screen.getAllByTestId("stats-row").map((r) => r.dataset.key)).toEqual(["", "high", "low", "medium"]));

    await user.click(screen.getByTestId("stats-export"));
    expect(await screen.findByTestId("stats-exported")).toHaveTextContent("/memory/exports/toukei-1.csv");

    await user.type(screen.getByTestId("stats-from"), "2026-11-02");
    await user.type(screen.getByTestId("stats-to"), "2026-11-01");
    await user.click(screen.getByTestId("stats-run"));
    expect(await screen.findByText(message("ja", "error-stats-period-order"))).toBeInTheDocument();
  });
});

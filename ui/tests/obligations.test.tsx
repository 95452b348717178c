// 報告・通知 and 期限一覧 with the MemoryBackend: 150 persons → PPC 速報/確報 and 本人通知; 不正の目的 →
// 確報 60 days with 知った日 unchanged; a passed 速報 target is overdue on the deadlines page; states
// need their facts.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { renderApp } from "./helpers";

const KNOWN = Date.parse("2026-11-24T00:00:00Z"); // 09:00 JST

async function openObligations(backend: MemoryBackend) {
  const user = userEvent.setup();
  renderApp(backend);
  await screen.findByTestId("home");
  const page = await backend.searchCases({ state: null, openOnly: true, severity: null, assigneePersonId: null, category: null, overdueOnly: false, sort: "newest", page: 0, pageSize: 20 });
  // A real case: drill cases never appear on 期限一覧.
  const caseId = page.rows.find((r) => !r.summary.drill)!.summary.id;
  window.location.hash = `/cases/${caseId}`;
  await screen.findByTestId("case-detail");
  await user.click(await screen.findByTestId("case-tab-obligations"));
  await screen.findByTestId("obligations-facts");
  return { user, caseId };
}

describe("報告・通知", () => {
  it("150 persons make the PPC rows appear; malicious intent turns 確報 to 60 days; 知った日 stays", async () => {
    let now = KNOWN;
    const backend = new MemoryBackend({ start: "demo", signedInAs: "tanaka", now: () => now });
    const { user, caseId } = await openObligations(backend);
    expect(screen.getByTestId("obligations-empty")).toBeInTheDocument();

    const known = screen.getByTestId("obligations-known-on");
    await user.clear(known);
    await user.type(known, "2026-11-24");
    await user.click(screen.getByTestId("facts-pi-involved"));
    await user.type(screen.getByTestId("facts-pi-max-persons"), "１５０");
    await user.click(screen.getByTestId("obligations-facts-save"));

    await screen.findByTestId("obligation-row-ppc-final");
    expect(screen.getByTestId("obligation-row-ppc-preliminary")).toBeInTheDocument();
    expect(screen.getByTestId("obligation-row-data-subjects-single")).toBeInTheDocument();
    expect(screen.getByTestId("obligation-final-days-ppc-final")).toHaveTextContent("30日以内");
    expect(screen.getByTestId("obligation-due-ppc-preliminary")).toHaveTextContent("2026/11/28");
    expect(screen.getByTestId("obligations-known-on")).toHaveTextContent("2026/11/24");

    await user.click(screen.getByTestId("facts-pi-malicious"));
    await user.click(screen.getByTestId("obligations-facts-save"));
    await waitFor(() => expect(screen.getByTestId("obligation-final-days-ppc-final")).toHaveTextContent("60日以内"));
    expect(screen.getByTestId("obligations-known-on")).toHaveTextContent("2026/11/24");
    expect((await backend.caseObligations(caseId)).knownOn).toBe("2026-11-24");

    // Sending needs how; the error is shown next to the field and the form keeps what was typed.
    await user.click(screen.getByTestId("obligation-change-ppc-preliminary"));
    await user.selectOptions(screen.getByTestId("notification-state"), "sent");
    await user.type(screen.getByTestId("notification-document"), "漏えい等報告書（速報）");
    await user.click(screen.getByTestId("notification-save"));
    expect(await screen.findByText(/送付方法/, { selector: "[role=alert], p, span, div" })).toBeInTheDocument();
    expect(screen.getByTestId("notification-document")).toHaveValue("漏えい等報告書（速報）");

    // Ten days later the 速報 target has passed: overdue on the deadlines page.
    await user.click(screen.getByTestId("notification-cancel"));
    now = KNOWN + 10 * 86_400_000;
    await user.click(screen.getByTestId("nav-deadlines"));
    // Ten idle days lock the screen (004 第26条2): unlock, and the deadlines page loads.
    await screen.findByTestId("sign-in");
    await user.type(screen.getByTestId("sign-in-password"), "kakuu-2026");
    await user.click(screen.getByTestId("sign-in-submit"));
    await user.click(await screen.findByTestId("nav-home"));
    await user.click(await screen.findByTestId("nav-deadlines"));
    const rows = await screen.findAllByTestId(/^deadline-row-/);
    const pre = rows.find((r) => r.getAttribute("data-testid")!.endsWith("-ppc-preliminary"))!;
    expect(pre).toHaveAttribute("data-due-status", "overdue");
    expect(within(pre).getByText("期限超過")).toBeInTheDocument();
    expect(screen.getByTestId("deadlines-today")).toHaveTextContent("2026/12/04");
  });
});

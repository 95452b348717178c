// 文書 with the MemoryBackend: the kinds and why some make no sense; facts make the PPC report
// available; a preview; a bad head count in the 報告事項 is refused at its field with what was typed
// kept; saving to an existing name is refused at the path; record as submitted lists the version.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { renderApp } from "./helpers";

async function openDocuments(backend: MemoryBackend) {
  const user = userEvent.setup();
  renderApp(backend);
  await screen.findByTestId("home");
  const page = await backend.searchCases({ state: null, openOnly: true, severity: null, assigneePersonId: null, category: null, overdueOnly: false, sort: "newest", page: 0, pageSize: 20 });
  const caseId = page.rows.find((r) => !r.summary.drill)!.summary.id;
  return { user, caseId };
}

describe("文書", () => {
  it("lists the kinds with reasons, previews, keeps bad 報告事項 at their field, saves and records", async () => {
    const backend = new MemoryBackend({ start: "demo", signedInAs: "tanaka" });
    const { user, caseId } = await openDocuments(backend);
    await backend.saveObligationFacts({
      caseId,
      knownOn: "2026-11-20",
      facts: {
        personalInfo: { involved: true, sensitive: false, financialDamageRisk: false, maliciousAct: false, ordinanceSensitive: false, maxPersons: 150, highlyEncrypted: false, recoveredBeforeViewing: false },
        myNumber: { involved: false, system: "none", maliciousAct: false, publiclyViewable: false, maxPersons: 0, highlyEncrypted: false, recoveredBeforeViewing: false },
        crime: { unauthorizedAccess: false, ransomware: false, malware: false, theft: false, insider: false, other: false },
        contractorInvolved: false,
      },
    });
    window.location.hash = `/cases/${caseId}`;
    await screen.findByTestId("case-detail");
    await user.click(await screen.findByTestId("case-tab-documents"));

    expect(await screen.findByTestId("doc-kind-ppc-appi")).toHaveAttribute("data-available", "true");
    expect(screen.getByTestId("doc-kind-police")).toHaveAttribute("data-available", "false");
    expect(screen.getByTestId("doc-reason-police")).toHaveTextContent("警察への相談の対象ではありません");

    await user.click(screen.getByTestId("doc-preview-ppc-appi"));
    expect(await screen.findByTestId("doc-preview")).toHaveTextContent("【速報】");
    await user.click(screen.getByTestId("doc-paste-open"));
    expect(await screen.findByTestId("doc-paste-0")).toHaveValue("速報");

    await user.type(screen.getByTestId("particulars-confirmedPersons"), "百");
    await user.type(screen.getByTestId("particulars-dataItems"), "氏名、住所");
    await user.click(screen.getByTestId("particulars-save"));
    expect(await screen.findByText(/数字で入力/)).toBeInTheDocument();
    expect(screen.getByTestId("particulars-confirmedPersons")).toHaveValue("百");
    expect(screen.getByTestId("particulars-dataItems")).toHaveValue("氏名、住所");

    await user.click(screen.getByTestId("doc-save-ppc-appi"));
    const path = screen.getByTestId("doc-save-path") as HTMLInputElement;
    expect(path.value).toMatch(/^\/memory\/documents\/.+_ppc-appi\.pdf$/);
    await user.click(screen.getByTestId("doc-record"));
    expect(await screen.findByTestId("doc-saved")).toHaveTextContent("/memory/documents/");
    const docs = await backend.caseDocuments(caseId);
    expect(docs.submissions).toHaveLength(1);
    expect(screen.getByTestId(`doc-submission-${docs.submissions[0]!.id}`)).toHaveTextContent(docs.submissions[0]!.sha256);

    // The same name again is refused at the path field; the form stays open.
    await user.click(screen.getByTestId("doc-save-ppc-appi"));
    await user.click(screen.getByTestId("doc-save"));
    await waitFor(() => expect(screen.getByTestId("doc-save-form")).toHaveTextContent("同じ名前のファイルが既にあります"));
  });
});

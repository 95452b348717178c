import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { message, renderApp } from "./helpers";

async function open(page: string) {
  const user = userEvent.setup();
  const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto" });
  renderApp(backend);
  await user.click(await screen.findByTestId(`nav-${page}`));
  return { user, backend };
}

describe("課等", () => {
  it("adds a department with its manager and edits it", async () => {
    const { user } = await open("departments");
    await user.click(await screen.findByTestId("dept-add"));
    await user.click(screen.getByTestId("dept-save"));
    expect(screen.getByTestId("dept-name")).toHaveAttribute("aria-invalid", "true");

    await user.type(screen.getByTestId("dept-name"), "総務部 危機管理課");
    await user.type(screen.getByTestId("dept-short"), "危機");
    const manager = screen.getByTestId("dept-manager");
    const option = within(manager).getAllByRole("option").find((o) => o.textContent?.startsWith("高橋 誠"))!;
    await user.selectOptions(manager, option);
    await user.click(screen.getByTestId("dept-save"));

    const row = (await screen.findAllByTestId("dept-row")).find((r) => r.textContent?.includes("危機管理課"))!;
    expect(row).toHaveTextContent("危機");
    expect(row).toHaveTextContent("高橋 誠");

    await user.click(within(row).getByTestId("dept-edit"));
    expect(screen.getByTestId("dept-name")).toHaveValue("総務部 危機管理課");
  });
});

describe("情報システム台帳", () => {
  it("shows the segment and My Number flags as badges and keeps the flags consistent", async () => {
    const { user } = await open("systems");
    const rows = await screen.findAllByTestId("system-row");
    const juki = rows.find((r) => r.textContent?.includes("住民記録システム"))!;
    expect(within(juki).getByTestId("segment-badge")).toHaveTextContent("マイナンバー利用事務系");
    expect(within(juki).getByTestId("badge-mynumber")).toHaveTextContent("特定個人情報");

    await user.click(screen.getByTestId("system-add"));
    await user.type(screen.getByTestId("system-name"), "介護保険システム");
    await user.selectOptions(screen.getByTestId("system-segment"), "myNumber");
    await user.click(screen.getByTestId("system-mynumber-affairs"));
    expect(screen.getByTestId("system-mynumber")).toBeChecked();
    expect(screen.getByTestId("system-personal")).toBeChecked();
    await user.type(screen.getByTestId("system-contractor"), "架空情報サービス株式会社");
    await user.click(screen.getByTestId("system-save"));

    await waitFor(() => expect(screen.queryByTestId("system-form")).not.toBeInTheDocument());
    const row = screen.getAllByTestId("system-row").find((r) => r.textContent?.includes("介護保険システム"))!;
    expect(within(row).getByTestId("segment-badge")).toHaveTextContent(message("ja", "ui-segment-my-number"));
    expect(within(row).getByTestId("badge-mynumber-affairs")).toBeInTheDocument();
  });
});

describe("職員・アカウント", () => {
  it("adds a person with roles and gives them an account", async () => {
    const { user, backend } = await open("people");
    await user.click(await screen.findByTestId("person-add"));
    await user.type(screen.getByTestId("person-name"), "松本 健");
    await user.click(screen.getByTestId("person-role-csirtMember"));
    await user.click(screen.getByTestId("person-save"));

    const panel = await screen.findByTestId("account-panel");
    await user.type(within(panel).getByTestId("account-login"), "matsumoto");
    await user.type(within(panel).getByTestId("account-password"), "shoki-2026");
    await user.click(within(panel).getByTestId("account-save"));
    expect(await within(panel).findByTestId("account-state")).toHaveTextContent(message("ja", "ui-account-state-must-change"));

    const person = (await backend.listPeople()).find((p) => p.name === "松本 健")!;
    expect(person.roles).toEqual(["csirtMember", "staff"]);
    expect(person.account).toMatchObject({ loginId: "matsumoto", mustChangePassword: true });
  });

  it("unlocks a locked account", async () => {
    const backend = new MemoryBackend({ start: "demo" });
    for (let i = 0; i < 5; i++) await backend.signIn({ loginId: "nakamura", password: "x" }).catch(() => undefined);
    await backend.signIn({ loginId: "yamamoto", password: "kakuu-2026" });
    const user = userEvent.setup();
    renderApp(backend);
    await user.click(await screen.findByTestId("nav-people"));
    const row = (await screen.findAllByTestId("person-row")).find((r) => r.textContent?.includes("中村 さくら"))!;
    expect(within(row).getByTestId("account-locked-badge")).toBeInTheDocument();
    await user.click(within(row).getByTestId("person-edit"));
    await user.click(await screen.findByTestId("account-unlock"));
    expect(await screen.findByTestId("account-status")).toHaveTextContent(message("ja", "ui-account-unlocked"));
    expect(screen.queryByTestId("account-unlock")).not.toBeInTheDocument();
  });
});

describe("団体・設定 and 情報資産の分類", () => {
  it("saves the profile and updates the header", async () => {
    const { user } = await open("org");
    const name = await screen.findByTestId("org-name-input");
    expect(name).toHaveValue("架空市");
    await user.clear(name);
    await user.type(name, "架空市役所");
    await user.clear(screen.getByTestId("org-idle-lock"));
    await user.type(screen.getByTestId("org-idle-lock"), "0");
    await user.click(screen.getByTestId("org-save"));
    await waitFor(() => expect(screen.getByTestId("org-idle-lock")).toHaveAttribute("aria-invalid", "true"));

    await user.clear(screen.getByTestId("org-idle-lock"));
    await user.type(screen.getByTestId("org-idle-lock"), "10");
    await user.click(screen.getByTestId("org-save"));
    expect(await screen.findByTestId("org-status")).toHaveTextContent(message("ja", "ui-saved"));
    expect(screen.getByTestId("header-org")).toHaveTextContent("架空市役所");
  });

  it("edits a level's name", async () => {
    const { user } = await open("classification");
    const rows = await screen.findAllByTestId("class-row");
    expect(rows[0]).toHaveTextContent("3A");
    await user.click(within(rows[0]!).getByTestId("class-edit"));
    const label = screen.getByTestId("class-label");
    await user.clear(label);
    await user.type(label, "機密性3A（秘密文書）");
    await user.click(screen.getByTestId("class-save"));
    expect(await screen.findByText("機密性3A（秘密文書）")).toBeInTheDocument();
  });
});

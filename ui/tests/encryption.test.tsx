import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { message, renderApp } from "./helpers";

describe("the organization's passphrase", () => {
  it("is chosen at first run before anything else, and a short or mistyped one is named at its field", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend();
    backend.withoutDatabase();
    renderApp(backend);
    const panel = await screen.findByTestId("db-create");
    expect(within(panel).getByRole("heading", { level: 1 })).toHaveTextContent(message("ja", "ui-db-create-title"));
    expect(screen.queryByTestId("first-run")).not.toBeInTheDocument();

    await user.type(screen.getByTestId("db-create-passphrase"), "みじかい");
    await user.type(screen.getByTestId("db-create-confirm"), "みじかい");
    await user.click(screen.getByTestId("db-create-submit"));
    expect(panel).toHaveTextContent("12 文字以上にしてください");
    expect(screen.getByTestId("db-create-passphrase")).toHaveFocus();

    await user.clear(screen.getByTestId("db-create-passphrase"));
    await user.type(screen.getByTestId("db-create-passphrase"), "春の架空市役所で災害に備える");
    await user.clear(screen.getByTestId("db-create-confirm"));
    await user.type(screen.getByTestId("db-create-confirm"), "春の架空市役所で災害に備えた");
    await user.click(screen.getByTestId("db-create-submit"));
    expect(panel).toHaveTextContent(message("ja", "ui-db-passphrase-mismatch"));
    expect(screen.getByTestId("db-create-confirm")).toHaveFocus();
    expect(screen.getByTestId("db-create-passphrase")).toHaveValue("春の架空市役所で災害に備える");

    await user.clear(screen.getByTestId("db-create-confirm"));
    await user.type(screen.getByTestId("db-create-confirm"), "春の架空市役所で災害に備える");
    await user.click(screen.getByTestId("db-create-submit"));
    expect(await screen.findByTestId("first-run")).toBeInTheDocument();
  });

  it("unlocks an encrypted database; a wrong passphrase says so at the field and keeps the screen", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend();
    await backend.loadDemo();
    backend.lockDatabase("春の架空市役所で災害に備える");
    renderApp(backend);
    await screen.findByTestId("db-unlock");
    await user.type(screen.getByTestId("db-unlock-passphrase"), "秋の架空市役所で災害に備える");
    await user.click(screen.getByTestId("db-unlock-submit"));
    expect(await screen.findByText(/パスフレーズが違います/)).toBeInTheDocument();
    expect(screen.getByTestId("db-unlock-passphrase")).toHaveFocus();
    await user.clear(screen.getByTestId("db-unlock-passphrase"));
    await user.type(screen.getByTestId("db-unlock-passphrase"), "春の架空市役所で災害に備える");
    await user.click(screen.getByTestId("db-unlock-submit"));
    expect(await screen.findByTestId("sign-in")).toBeInTheDocument();
  });
});

import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryBackend } from "../src/backend";
import { DEMO_PASSWORD } from "../src/backend/memory";
import { message, renderApp } from "./helpers";

describe("sign-in", () => {
  it("shows a wrong password clearly at the password field and keeps the login id", async () => {
    const user = userEvent.setup();
    renderApp(new MemoryBackend({ start: "demo" }));
    await user.type(await screen.findByTestId("sign-in-login"), "yamamoto");
    await user.type(screen.getByTestId("sign-in-password"), "machigai-1");
    await user.click(screen.getByTestId("sign-in-submit"));

    const alert = await screen.findByTestId("sign-in-error");
    expect(alert).toHaveAttribute("role", "alert");
    const failed = message("ja", "error-sign-in-failed", { remaining: 4 });
    expect(alert).toHaveTextContent(failed);
    const password = screen.getByTestId("sign-in-password");
    expect(password).toHaveAttribute("type", "password");
    expect(password).toHaveAttribute("aria-invalid", "true");
    expect(password).toHaveAccessibleDescription(failed);
    expect(password).toHaveFocus();
    expect(screen.getByTestId("sign-in-login")).toHaveValue("yamamoto");
    expect(screen.queryByTestId("home")).not.toBeInTheDocument();

    await user.type(password, DEMO_PASSWORD);
    await user.click(screen.getByTestId("sign-in-submit"));
    expect(await screen.findByTestId("home")).toBeInTheDocument();
    expect(screen.getByTestId("user-name")).toHaveTextContent("山本 大輔");
  });

  it("asks for both fields before calling the backend", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo" });
    renderApp(backend);
    await user.click(await screen.findByTestId("sign-in-submit"));
    expect(screen.getByTestId("sign-in-error")).toHaveTextContent(message("ja", "ui-sign-in-missing"));
    expect(backend.calls).not.toContain("signIn");
  });

  it("tells a locked-out user to ask an administrator", async () => {
    const user = userEvent.setup();
    renderApp(new MemoryBackend({ start: "demo" }));
    await user.type(await screen.findByTestId("sign-in-login"), "tanaka");
    for (let i = 0; i < 5; i++) {
      await user.clear(screen.getByTestId("sign-in-password"));
      await user.type(screen.getByTestId("sign-in-password"), `wrong-${i}`);
      await user.click(screen.getByTestId("sign-in-submit"));
      await screen.findByTestId("sign-in-error");
    }
    const alert = screen.getByTestId("sign-in-error");
    expect(alert).toHaveAttribute("data-error-code", "locked");
    expect(alert).toHaveTextContent(message("ja", "error-account-locked"));
  });

  it("forces a password change after signing in with an initial password", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto" });
    const ito = (await backend.listPeople()).find((p) => p.name === "伊藤 健太")!;
    await backend.setAccount({ personId: ito.id, loginId: "ito", initialPassword: "shoki-pass-1" });
    await backend.signOut();
    renderApp(backend);

    await user.type(await screen.findByTestId("sign-in-login"), "ito");
    await user.type(screen.getByTestId("sign-in-password"), "shoki-pass-1");
    await user.click(screen.getByTestId("sign-in-submit"));

    expect(await screen.findByTestId("change-password")).toHaveTextContent("伊藤 健太");
    expect(screen.queryByTestId("nav")).not.toBeInTheDocument();
    await user.type(screen.getByTestId("change-password-current"), "shoki-pass-1");
    await user.type(screen.getByTestId("change-password-new"), "jibun-2026");
    await user.type(screen.getByTestId("change-password-confirm"), "jibun-2026");
    await user.click(screen.getByTestId("change-password-submit"));
    expect(await screen.findByTestId("home")).toBeInTheDocument();
    expect(screen.getByTestId("user-name")).toHaveTextContent("伊藤 健太");
  });
});

describe("lock screen", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("appears when a call finds the session locked, and unlocking keeps what was typed", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto" });
    renderApp(backend);
    await user.click(await screen.findByTestId("nav-departments"));
    await user.click(await screen.findByTestId("dept-add"));
    await user.type(screen.getByTestId("dept-name"), "総務部 危機管理課");
    await user.type(screen.getByTestId("dept-short"), "危機");

    backend.lockNow();
    await user.click(screen.getByTestId("dept-save"));

    const lock = await screen.findByTestId("sign-in");
    expect(lock).toHaveAttribute("data-locked", "true");
    expect(lock).toHaveTextContent(message("ja", "ui-lock-title"));
    expect(screen.getByTestId("sign-in-login")).toHaveValue("yamamoto");
    expect(screen.getByTestId("sign-in-login")).toHaveAttribute("readonly");
    expect(screen.getByTestId("departments")).not.toBeVisible();

    await user.type(screen.getByTestId("sign-in-password"), DEMO_PASSWORD);
    await user.click(screen.getByTestId("sign-in-submit"));

    await waitFor(() => expect(screen.getByTestId("departments")).toBeVisible());
    expect(screen.getByTestId("dept-name")).toHaveValue("総務部 危機管理課");
    expect(screen.getByRole("alert")).toHaveTextContent(message("ja", "ui-error-signed-out"));
    await user.click(screen.getByTestId("dept-save"));
    expect(await screen.findByText("総務部 危機管理課")).toBeInTheDocument();
  });

  it("locks after the idle time without input", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto" });
    renderApp(backend);
    await screen.findByTestId("home");
    expect(screen.queryByTestId("sign-in")).not.toBeInTheDocument();

    // The backend counts from its last command (home also asks for open report drafts, a moment
    // after the timer started); the app asks again a minute later.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(16 * 60_000 + 2_000);
    });

    expect(await screen.findByTestId("sign-in")).toHaveAttribute("data-locked", "true");
    expect(screen.getByTestId("sign-in-login")).toHaveValue("yamamoto");
  });
});

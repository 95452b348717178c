import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend, type Backend } from "../src/backend";
import { DEMO_CASES } from "../src/backend/memory";
import type { SessionDto } from "../src/bindings/SessionDto";
import { BUNDLED_SOURCES, type LocaleSources } from "../src/l10n/locales";
import { deferred, message, renderApp } from "./helpers";

describe("first run", () => {
  it("explains Sonae and offers the demo or the setup wizard", async () => {
    renderApp(new MemoryBackend());
    const panel = await screen.findByTestId("first-run");
    expect(within(panel).getByRole("heading", { level: 1 })).toHaveTextContent(
      message("ja", "ui-first-run-title"),
    );
    expect(screen.getByTestId("load-demo")).toHaveTextContent("架空市のデモデータで試す");
    expect(screen.getByTestId("start-setup")).toHaveTextContent("組織を設定して始める");
    expect(screen.queryByTestId("start-empty")).not.toBeInTheDocument();
    expect(screen.queryByTestId("header-org")).not.toBeInTheDocument();
    expect(screen.queryByTestId("user-name")).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe("ja");
  });

  it("opens the wizard and can go back to the choice", async () => {
    const user = userEvent.setup();
    renderApp(new MemoryBackend());
    await user.click(await screen.findByTestId("start-setup"));
    expect(screen.getByTestId("setup-wizard")).toBeInTheDocument();
    await user.click(screen.getByTestId("wizard-back"));
    expect(screen.getByTestId("first-run")).toBeInTheDocument();
  });

  it("loads the demo, signs in 山本 大輔 and shows 架空市 with its cases", async () => {
    const user = userEvent.setup();
    renderApp(new MemoryBackend());
    await user.click(await screen.findByTestId("load-demo"));

    const home = await screen.findByTestId("home");
    expect(screen.queryByTestId("first-run")).not.toBeInTheDocument();
    expect(screen.getByTestId("user-name")).toHaveTextContent("山本 大輔");
    expect(screen.getByTestId("home-greeting")).toHaveTextContent("山本 大輔");
    expect(within(home).getByTestId("org-name")).toHaveTextContent("架空市");
    expect(await screen.findByTestId("header-org")).toHaveTextContent("架空市");
    expect(home).toHaveTextContent(message("ja", "org-kind-municipality"));

    const rows = screen.getAllByTestId("case-row");
    expect(rows).toHaveLength(DEMO_CASES.length);
    const first = rows[0]!;
    const firstCase = DEMO_CASES[0]!;
    expect(within(first).getByTestId("case-receipt-no")).toHaveTextContent(firstCase.receiptNo);
    expect(within(first).getByTestId("case-title")).toHaveTextContent(firstCase.title);
    expect(within(first).getByTestId("case-category")).toHaveTextContent(message("ja", "category-other"));
    expect(within(first).getByTestId("severity-unset")).toHaveTextContent("－");
    expect(within(first).getByTestId("case-state")).toHaveTextContent(message("ja", "case-state-received"));
    expect(within(first).getByTestId("case-created-at")).toHaveTextContent("2026/11/21 08:15");
    expect(within(first).queryByTestId("drill-badge")).not.toBeInTheDocument();

    const badges = screen.getAllByTestId("drill-badge");
    expect(badges).toHaveLength(DEMO_CASES.filter((c) => c.drill).length);
    for (const badge of badges) expect(badge).toHaveTextContent("訓練");

    const cards = screen.getAllByTestId("state-count");
    expect(cards).toHaveLength(7);
    for (const card of cards) {
      const real = DEMO_CASES.filter((c) => c.state === card.dataset.state && !c.drill);
      expect(within(card).getByTestId("state-count-value")).toHaveTextContent(String(real.length));
    }
  });

  it("disables the buttons while the demo loads", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend();
    const pending = deferred<SessionDto>();
    const slow: Backend = Object.assign(Object.create(backend) as Backend, {
      loadDemo: () => pending.promise,
    });
    renderApp(slow);
    await user.click(await screen.findByTestId("load-demo"));

    expect(screen.getByTestId("load-demo")).toBeDisabled();
    expect(screen.getByTestId("start-setup")).toBeDisabled();
    expect(screen.getByRole("status")).toHaveTextContent(message("ja", "ui-first-run-working"));

    pending.resolve(await backend.loadDemo());
    expect(await screen.findByTestId("home")).toBeInTheDocument();
  });
});

describe("signed in", () => {
  it("signs out to the sign-in screen, which lists the demo accounts", async () => {
    const user = userEvent.setup();
    renderApp(new MemoryBackend({ start: "demo", signedInAs: "yamamoto" }));
    await user.click(await screen.findByTestId("sign-out"));
    const signIn = await screen.findByTestId("sign-in");
    expect(signIn).toHaveTextContent(message("ja", "ui-sign-in-title"));
    expect(screen.getByTestId("demo-accounts")).toHaveTextContent("yamamoto");
    expect(screen.getByTestId("demo-accounts")).toHaveTextContent("kakuu-2026");
    expect(screen.queryByTestId("user-name")).not.toBeInTheDocument();
  });

  it("navigates by the menu and keeps the page in the URL hash", async () => {
    const user = userEvent.setup();
    renderApp(new MemoryBackend({ start: "demo", signedInAs: "yamamoto" }));
    await user.click(await screen.findByTestId("nav-departments"));
    expect(await screen.findByTestId("departments")).toBeInTheDocument();
    expect(window.location.hash).toBe("#/departments");
    expect(screen.getByTestId("nav-departments")).toHaveAttribute("aria-current", "page");
    await user.click(screen.getByTestId("nav-home"));
    expect(await screen.findByTestId("home")).toBeInTheDocument();
    window.location.hash = "";
  });
});

describe("errors", () => {
  it("shows a failed call inline from its message id and enables the buttons again", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend();
    renderApp(backend);
    await screen.findByTestId("first-run");
    backend.failWith({ code: "forbidden", messageId: "error-forbidden", args: {}, field: null });

    await user.click(screen.getByTestId("load-demo"));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(message("ja", "error-forbidden"));
    expect(alert).toHaveTextContent("forbidden");
    expect(within(screen.getByTestId("first-run")).getByRole("alert")).toBe(alert);
    expect(screen.getByTestId("load-demo")).toBeEnabled();
    expect(screen.getByTestId("start-setup")).toBeEnabled();
  });

  it("fills the message's arguments", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend();
    renderApp(backend);
    await screen.findByTestId("first-run");
    const args = { path: "C:\\Sonae\\sonae.db" };
    backend.failWith({ code: "notSonaeDatabase", messageId: "error-not-sonae-database", args, field: null });

    await user.click(screen.getByTestId("load-demo"));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(message("ja", "error-not-sonae-database", args));
  });

  it("falls back to a generic text for an unknown message id", async () => {
    const backend = new MemoryBackend({
      failWith: { code: "internal", messageId: "error-from-the-future", args: {}, field: null },
    });
    renderApp(backend);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(message("ja", "ui-error-unknown"));
    expect(alert).not.toHaveTextContent("error-from-the-future");
  });

  it("lets the user retry when the session cannot be read", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({
      failWith: { code: "storage", messageId: "error-storage", args: {}, field: null },
    });
    renderApp(backend);
    expect(await screen.findByRole("alert")).toHaveTextContent(message("ja", "error-storage"));

    backend.failWith(null);
    await user.click(screen.getByRole("button", { name: message("ja", "ui-retry") }));
    expect(await screen.findByTestId("first-run")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("uses a message id from whichever file holds it (test-only source)", async () => {
    const sources: LocaleSources = {
      ja: [...BUNDLED_SOURCES.ja, "test-only-error = 「{ $name }」を処理できませんでした。"],
      en: [...BUNDLED_SOURCES.en, "test-only-error = Could not process “{ $name }”."],
    };
    const backend = new MemoryBackend({
      failWith: { code: "validation", messageId: "test-only-error", args: { name: "件名" }, field: "title" },
    });
    renderApp(backend, { sources });
    expect(await screen.findByRole("alert")).toHaveTextContent("「件名」を処理できませんでした。");
  });
});

describe("language", () => {
  it("is Japanese by default and switches to English, remembering the choice", async () => {
    const user = userEvent.setup();
    const first = renderApp(new MemoryBackend({ start: "demo", signedInAs: "yamamoto" }));
    await screen.findByTestId("home");
    expect(screen.getByRole("heading", { level: 2, name: "事案一覧" })).toBeInTheDocument();
    expect(screen.getByTestId("lang-ja")).toHaveAttribute("aria-pressed", "true");

    await user.click(screen.getByTestId("lang-en"));

    expect(screen.getByTestId("lang-en")).toHaveAttribute("aria-pressed", "true");
    expect(
      screen.getByRole("heading", { level: 2, name: message("en", "ui-home-cases-title") }),
    ).toBeInTheDocument();
    expect(screen.queryByText("事案一覧")).not.toBeInTheDocument();
    expect(screen.getByTestId("nav-contacts")).toHaveTextContent(message("en", "ui-nav-contacts"));
    const row = screen.getAllByTestId("case-row")[0]!;
    expect(within(row).getByTestId("case-state")).toHaveTextContent(message("en", "case-state-received"));
    expect(document.documentElement.lang).toBe("en");
    await waitFor(() => expect(document.title).toBe(message("en", "ui-app-window-title")));
    expect(window.localStorage.getItem("sonae.locale")).toBe("en");

    first.unmount();
    renderApp(new MemoryBackend());
    expect(await screen.findByTestId("load-demo")).toHaveTextContent(message("en", "ui-first-run-demo"));
  });
});

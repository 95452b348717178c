import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend, type Backend } from "../src/backend";
import { DEMO_CASES } from "../src/backend/memory";
import type { HomeDto } from "../src/bindings/HomeDto";
import { BUNDLED_SOURCES, type LocaleSources } from "../src/l10n/locales";
import { deferred, message, renderApp } from "./helpers";

describe("first run", () => {
  it("explains Sonae and offers both ways to start", async () => {
    renderApp(new MemoryBackend());
    const panel = await screen.findByTestId("first-run");
    expect(within(panel).getByRole("heading", { level: 1 })).toHaveTextContent(
      message("ja", "ui-first-run-title"),
    );
    expect(screen.getByTestId("load-demo")).toHaveTextContent("架空市のデモデータで試す");
    expect(screen.getByTestId("start-empty")).toHaveTextContent(message("ja", "ui-first-run-empty"));
    expect(screen.getByTestId("load-demo")).toBeEnabled();
    expect(screen.getByTestId("start-empty")).toBeEnabled();
    expect(screen.queryByTestId("header-org")).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe("ja");
  });

  it("shows the demo organization and its cases after loading the demo", async () => {
    const user = userEvent.setup();
    renderApp(new MemoryBackend());
    await user.click(await screen.findByTestId("load-demo"));

    const home = await screen.findByTestId("home");
    expect(screen.queryByTestId("first-run")).not.toBeInTheDocument();
    expect(within(home).getByTestId("org-name")).toHaveTextContent("架空市");
    expect(screen.getByTestId("org-name")).toHaveFocus();
    expect(screen.getByTestId("header-org")).toHaveTextContent("架空市");
    expect(home).toHaveTextContent(message("ja", "org-kind-municipality"));

    const rows = screen.getAllByTestId("case-row");
    expect(rows).toHaveLength(DEMO_CASES.length);

    // The first demo case: received, no severity yet, not a drill.
    const first = rows[0]!;
    const firstCase = DEMO_CASES[0]!;
    expect(within(first).getByTestId("case-receipt-no")).toHaveTextContent(firstCase.receiptNo);
    expect(within(first).getByTestId("case-title")).toHaveTextContent(firstCase.title);
    expect(within(first).getByTestId("case-category")).toHaveTextContent(
      message("ja", "category-other"),
    );
    expect(within(first).getByTestId("severity-unset")).toHaveTextContent("—");
    expect(within(first).getByTestId("case-state")).toHaveTextContent(
      message("ja", "case-state-received"),
    );
    expect(within(first).getByTestId("case-created-at")).toHaveTextContent("2026/11/21 08:15");
    expect(within(first).queryByTestId("drill-badge")).not.toBeInTheDocument();

    // Exactly the drill cases carry the visible 訓練 badge.
    const badges = screen.getAllByTestId("drill-badge");
    expect(badges).toHaveLength(DEMO_CASES.filter((c) => c.drill).length);
    for (const badge of badges) expect(badge).toHaveTextContent("訓練");
    const drillRow = rows.find((r) => r.dataset.drill === "true")!;
    expect(within(drillRow).getByTestId("case-severity")).toHaveTextContent(
      message("ja", "severity-critical"),
    );

    // Counts per state, one card for each of the seven states; drill cases are not counted.
    const cards = screen.getAllByTestId("state-count");
    expect(cards).toHaveLength(7);
    for (const card of cards) {
      const real = DEMO_CASES.filter((c) => c.state === card.dataset.state && !c.drill);
      expect(within(card).getByTestId("state-count-value")).toHaveTextContent(String(real.length));
    }
    const drillState = DEMO_CASES.find((c) => c.drill)!.state;
    const drillCard = cards.find((c) => c.dataset.state === drillState)!;
    expect(within(drillCard).getByTestId("state-count-value")).toHaveTextContent(
      String(DEMO_CASES.filter((c) => c.state === drillState && !c.drill).length),
    );
  });

  it("shows an honest empty home after an empty start", async () => {
    const user = userEvent.setup();
    renderApp(new MemoryBackend());
    await user.click(await screen.findByTestId("start-empty"));

    await screen.findByTestId("home");
    expect(screen.queryByTestId("org-name")).not.toBeInTheDocument();
    expect(screen.getByTestId("org-unset")).toHaveTextContent(message("ja", "ui-home-org-unset-title"));
    expect(screen.getByTestId("cases-empty")).toHaveTextContent(message("ja", "ui-home-cases-empty"));
    expect(screen.queryAllByTestId("case-row")).toHaveLength(0);
    for (const value of screen.getAllByTestId("state-count-value")) {
      expect(value).toHaveTextContent("0");
    }
  });

  it("disables both buttons while the call runs", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend();
    const pending = deferred<HomeDto>();
    const slow: Backend = {
      home: () => backend.home(),
      loadDemo: () => pending.promise,
      startEmpty: () => backend.startEmpty(),
    };
    renderApp(slow);
    await user.click(await screen.findByTestId("load-demo"));

    expect(screen.getByTestId("load-demo")).toBeDisabled();
    expect(screen.getByTestId("start-empty")).toBeDisabled();
    expect(screen.getByRole("status")).toHaveTextContent(message("ja", "ui-first-run-working"));

    pending.resolve(await backend.loadDemo());
    expect(await screen.findByTestId("home")).toBeInTheDocument();
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
    expect(screen.getByTestId("start-empty")).toBeEnabled();
  });

  it("fills the message's arguments", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend();
    renderApp(backend);
    await screen.findByTestId("first-run");
    const args = { path: "C:\\Sonae\\sonae.db" };
    backend.failWith({ code: "notSonaeDatabase", messageId: "error-not-sonae-database", args, field: null });

    await user.click(screen.getByTestId("start-empty"));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(message("ja", "error-not-sonae-database", args));
    expect(alert).toHaveTextContent("C:\\Sonae\\sonae.db");
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

  it("lets the user retry when the home state cannot be loaded", async () => {
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
    const first = renderApp(new MemoryBackend({ start: "demo" }));
    await screen.findByTestId("home");
    expect(screen.getByRole("heading", { level: 2, name: "事案一覧" })).toBeInTheDocument();
    expect(screen.getByTestId("lang-ja")).toHaveAttribute("aria-pressed", "true");

    await user.click(screen.getByTestId("lang-en"));

    expect(screen.getByTestId("lang-en")).toHaveAttribute("aria-pressed", "true");
    expect(
      screen.getByRole("heading", { level: 2, name: message("en", "ui-home-cases-title") }),
    ).toBeInTheDocument();
    expect(screen.queryByText("事案一覧")).not.toBeInTheDocument();
    const row = screen.getAllByTestId("case-row")[0]!;
    expect(within(row).getByTestId("case-state")).toHaveTextContent(message("en", "case-state-received"));
    expect(document.documentElement.lang).toBe("en");
    await waitFor(() => expect(document.title).toBe(message("en", "ui-app-window-title")));
    expect(window.localStorage.getItem("sonae.locale")).toBe("en");

    // A new start of the app keeps English.
    first.unmount();
    renderApp(new MemoryBackend());
    expect(await screen.findByTestId("load-demo")).toHaveTextContent(message("en", "ui-first-run-demo"));
  });
});

import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { message, renderApp } from "./helpers";

describe("role-based display", () => {
  it("shows the organization settings to an administrator", async () => {
    renderApp(new MemoryBackend({ start: "demo", signedInAs: "yamamoto" }));
    await screen.findByTestId("home");
    const settings = screen.getByTestId("nav-settings");
    for (const page of ["org", "classification", "departments", "people", "systems"]) {
      expect(within(settings).getByTestId(`nav-${page}`)).toBeInTheDocument();
    }
    expect(screen.getByTestId("nav-contacts")).toBeInTheDocument();
  });

  it("hides settings and edit controls from a staff member", async () => {
    const user = userEvent.setup();
    renderApp(new MemoryBackend({ start: "demo", signedInAs: "nakamura" }));
    await screen.findByTestId("home");
    expect(screen.getByTestId("user-name")).toHaveTextContent("中村 さくら");
    expect(screen.queryByTestId("nav-settings")).not.toBeInTheDocument();
    expect(screen.queryByTestId("nav-departments")).not.toBeInTheDocument();
    expect(screen.getByTestId("cases-restricted")).toHaveTextContent(message("ja", "ui-home-cases-restricted"));

    await user.click(screen.getByTestId("nav-contacts"));
    await screen.findByTestId("contacts-outside");
    expect(screen.queryByTestId("contact-add")).not.toBeInTheDocument();
    expect(screen.queryByTestId("contact-edit")).not.toBeInTheDocument();
    expect(screen.getByTestId("contacts-export")).toBeInTheDocument();
  });

  it("sends a non-administrator who opens a settings page by URL to home", async () => {
    window.location.hash = "#/departments";
    renderApp(new MemoryBackend({ start: "demo", signedInAs: "tanaka" }));
    expect(await screen.findByTestId("home")).toBeInTheDocument();
    expect(screen.queryByTestId("departments")).not.toBeInTheDocument();
    expect(screen.queryByTestId("nav-departments")).not.toBeInTheDocument();
    // A CSIRT lead's settings pages are the 事故対応手順書 and データの保全 (backups, bundles).
    const settings = screen.getByTestId("nav-settings");
    expect(within(settings).getAllByRole("link").map((a) => a.dataset.testid)).toEqual(["nav-playbooks", "nav-safety"]);
    expect(screen.queryByTestId("cases-restricted")).not.toBeInTheDocument();
  });

  it("shows the backend's refusal if a save is forbidden anyway", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend({ start: "demo", signedInAs: "yamamoto" });
    renderApp(backend);
    await user.click(await screen.findByTestId("nav-systems"));
    await user.click(await screen.findByTestId("system-add"));
    await user.type(screen.getByTestId("system-name"), "文書管理システム");
    backend.failWith({ code: "forbidden", messageId: "error-forbidden", args: {}, field: null });
    await user.click(screen.getByTestId("system-save"));
    expect(await screen.findByRole("alert")).toHaveTextContent(message("ja", "error-forbidden"));
    expect(screen.getByTestId("system-name")).toHaveValue("文書管理システム");
  });
});

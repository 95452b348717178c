import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend, type Backend } from "../src/backend";
import { message, renderApp } from "./helpers";

async function openWizard(user: UserEvent, backend: Backend = new MemoryBackend()) {
  renderApp(backend);
  await user.click(await screen.findByTestId("start-setup"));
  return screen.getByTestId("setup-wizard");
}

function step() {
  return screen.getByTestId("setup-wizard").dataset.step;
}

async function fillAll(user: UserEvent, overrides: { docFormat?: string; password?: string } = {}) {
  await user.type(screen.getByTestId("wizard-org-name"), "見本町");
  await user.selectOptions(screen.getByTestId("wizard-prefecture"), "長野県");
  await user.clear(screen.getByTestId("wizard-head-title"));
  await user.type(screen.getByTestId("wizard-head-title"), "町長");
  await user.click(screen.getByTestId("wizard-next"));

  expect(step()).toBe("ciso");
  expect(screen.getByTestId("wizard-ciso-title")).toHaveValue("副市長");
  expect(screen.getByTestId("wizard-ciso-target")).toHaveValue("60");
  await user.type(screen.getByTestId("wizard-ciso-name"), "鈴木　一郎");
  await user.click(screen.getByTestId("wizard-next"));

  expect(step()).toBe("docs");
  await user.click(screen.getByTestId("wizard-honorific-dono"));
  if (overrides.docFormat !== undefined) {
    await user.clear(screen.getByTestId("wizard-doc-format"));
    await user.type(screen.getByTestId("wizard-doc-format"), overrides.docFormat.replaceAll("{", "{{"));
  }
  await user.click(screen.getByTestId("wizard-ordinance-no"));
  await user.click(screen.getByTestId("wizard-next"));

  expect(step()).toBe("classification");
  await user.click(screen.getByTestId("wizard-preset-kubun"));
  await user.click(screen.getByTestId("wizard-next"));

  expect(step()).toBe("admin");
  await user.type(screen.getByTestId("wizard-admin-name"), "佐々木　花子");
  await user.type(screen.getByTestId("wizard-admin-dept"), "総務課");
  await user.type(screen.getByTestId("wizard-admin-dept-short"), "総務");
  await user.type(screen.getByTestId("wizard-admin-login"), "sasaki");
  const password = overrides.password ?? "mihon-2026";
  await user.type(screen.getByTestId("wizard-admin-password"), password);
  await user.type(screen.getByTestId("wizard-admin-password-confirm"), password);
  await user.click(screen.getByTestId("wizard-next"));
  expect(step()).toBe("confirm");
}

describe("setup wizard", () => {
  it("shows the steps and checks the required fields of each step before going on", async () => {
    const user = userEvent.setup();
    await openWizard(user);
    const steps = within(screen.getByTestId("wizard-steps")).getAllByRole("listitem");
    expect(steps).toHaveLength(6);
    expect(steps[0]).toHaveAttribute("aria-current", "step");
    expect(screen.getByTestId("wizard-head-title")).toHaveValue("市長");

    await user.click(screen.getByTestId("wizard-next"));

    expect(step()).toBe("org");
    const orgName = screen.getByTestId("wizard-org-name");
    expect(orgName).toHaveAttribute("aria-invalid", "true");
    expect(orgName).toHaveAccessibleDescription(
      expect.stringContaining(message("ja", "ui-form-required-message", { field: message("ja", "ui-wizard-org-name") })),
    );
    expect(screen.getByTestId("wizard-prefecture")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("wizard-error-summary")).toHaveTextContent(message("ja", "ui-form-check-errors"));
    await waitFor(() => expect(orgName).toHaveFocus());

    await user.type(orgName, "見本町");
    await user.selectOptions(screen.getByTestId("wizard-prefecture"), "長野県");
    await user.click(screen.getByTestId("wizard-next"));
    expect(step()).toBe("ciso");
    expect(steps[0]).toHaveAttribute("data-state", "done");

    await user.click(screen.getByTestId("wizard-back"));
    expect(screen.getByTestId("wizard-org-name")).toHaveValue("見本町");
  });

  it("asks for a yes/no on the ordinance and previews the document number", async () => {
    const user = userEvent.setup();
    await openWizard(user);
    await user.type(screen.getByTestId("wizard-org-name"), "見本町");
    await user.selectOptions(screen.getByTestId("wizard-prefecture"), "長野県");
    await user.click(screen.getByTestId("wizard-next"));
    await user.type(screen.getByTestId("wizard-ciso-name"), "鈴木　一郎");
    await user.clear(screen.getByTestId("wizard-ciso-target"));
    await user.type(screen.getByTestId("wizard-ciso-target"), "一時間");
    await user.click(screen.getByTestId("wizard-next"));
    expect(step()).toBe("ciso");
    expect(screen.getByTestId("wizard-ciso-target")).toHaveAttribute("aria-invalid", "true");
    await user.clear(screen.getByTestId("wizard-ciso-target"));
    await user.type(screen.getByTestId("wizard-ciso-target"), "30");
    await user.click(screen.getByTestId("wizard-next"));

    expect(step()).toBe("docs");
    expect(screen.getByTestId("wizard-doc-preview")).toHaveTextContent("情政第12号");
    await user.click(screen.getByTestId("wizard-next"));
    expect(step()).toBe("docs");
    expect(screen.getByText(message("ja", "ui-form-choose", { field: message("ja", "ui-wizard-ordinance") }))).toBeInTheDocument();
  });

  it("completes the setup and lands on home signed in as the administrator", async () => {
    const user = userEvent.setup();
    const backend = new MemoryBackend();
    await openWizard(user, backend);
    await fillAll(user);
    const review = screen.getByTestId("wizard-review");
    expect(review).toHaveTextContent("見本町");
    expect(review).toHaveTextContent("長野県");
    expect(review).toHaveTextContent(message("ja", "ui-scheme-info-category-4"));
    expect(review).not.toHaveTextContent("mihon-2026");

    await user.click(screen.getByTestId("wizard-submit"));

    expect(await screen.findByTestId("home")).toBeInTheDocument();
    expect(screen.getByTestId("user-name")).toHaveTextContent(/佐々木\s花子/);
    expect(await screen.findByTestId("org-name")).toHaveTextContent("見本町");
    expect(window.sessionStorage.getItem("sonae.setup-wizard")).toBeNull();
    const setup = await backend.orgSetup();
    expect(setup.organization).toMatchObject({ honorific: "dono", ordinanceSensitiveInfo: false, headTitle: "町長" });
    expect(setup.classification.scheme).toBe("infoCategory4");
  });

  it("shows a server error at its field on the right step and keeps what was typed", async () => {
    const user = userEvent.setup();
    await openWizard(user);
    await fillAll(user, { docFormat: "{課略称}第号" });

    await user.click(screen.getByTestId("wizard-submit"));

    await waitFor(() => expect(step()).toBe("docs"));
    const format = screen.getByTestId("wizard-doc-format");
    expect(format).toHaveValue("{課略称}第号");
    expect(format).toHaveAttribute("aria-invalid", "true");
    expect(format).toHaveAccessibleDescription(
      expect.stringContaining(message("ja", "error-doc-number-format", { field: message("ja", "ui-wizard-doc-format") })),
    );
    await waitFor(() => expect(format).toHaveFocus());
    expect(screen.getByTestId("wizard-honorific-dono")).toBeChecked();

    // Everything else is still there, the password included (it lives in memory, not storage).
    await user.clear(format);
    await user.type(format, "{{課略称}第{{n}号");
    await user.click(screen.getByTestId("wizard-next"));
    await user.click(screen.getByTestId("wizard-next"));
    expect(screen.getByTestId("wizard-admin-login")).toHaveValue("sasaki");
    expect(screen.getByTestId("wizard-admin-password")).toHaveValue("mihon-2026");
    await user.click(screen.getByTestId("wizard-next"));
    await user.click(screen.getByTestId("wizard-submit"));
    expect(await screen.findByTestId("home")).toBeInTheDocument();
  });

  it("maps a password error back to the administrator step", async () => {
    const user = userEvent.setup();
    await openWizard(user);
    await fillAll(user, { password: "short" });
    await user.click(screen.getByTestId("wizard-submit"));
    await waitFor(() => expect(step()).toBe("admin"));
    const password = screen.getByTestId("wizard-admin-password");
    expect(password).toHaveAttribute("aria-invalid", "true");
    expect(password).toHaveAccessibleDescription(expect.stringContaining(message("ja", "error-password-too-short")));
    expect(screen.getByTestId("wizard-admin-name")).toHaveValue("佐々木　花子");
  });

  it("refuses different passwords", async () => {
    const user = userEvent.setup();
    await openWizard(user);
    await user.type(screen.getByTestId("wizard-org-name"), "見本町");
    await user.selectOptions(screen.getByTestId("wizard-prefecture"), "長野県");
    await user.click(screen.getByTestId("wizard-next"));
    await user.type(screen.getByTestId("wizard-ciso-name"), "鈴木　一郎");
    await user.click(screen.getByTestId("wizard-next"));
    await user.click(screen.getByTestId("wizard-ordinance-yes"));
    await user.click(screen.getByTestId("wizard-next"));
    await user.click(screen.getByTestId("wizard-next"));
    await user.type(screen.getByTestId("wizard-admin-name"), "佐々木　花子");
    await user.type(screen.getByTestId("wizard-admin-dept"), "総務課");
    await user.type(screen.getByTestId("wizard-admin-dept-short"), "総務");
    await user.type(screen.getByTestId("wizard-admin-login"), "sasaki");
    await user.type(screen.getByTestId("wizard-admin-password"), "mihon-2026");
    await user.type(screen.getByTestId("wizard-admin-password-confirm"), "mihon-2027");
    await user.click(screen.getByTestId("wizard-next"));
    expect(step()).toBe("admin");
    expect(screen.getByText(message("ja", "ui-wizard-password-mismatch"))).toBeInTheDocument();
  });

  it("keeps the typed data across a reload, but never the password", async () => {
    const user = userEvent.setup();
    const first = renderApp(new MemoryBackend());
    await user.click(await screen.findByTestId("start-setup"));
    await user.type(screen.getByTestId("wizard-org-name"), "見本町");
    await user.selectOptions(screen.getByTestId("wizard-prefecture"), "長野県");
    await user.click(screen.getByTestId("wizard-next"));
    await user.type(screen.getByTestId("wizard-ciso-name"), "鈴木　一郎");
    expect(window.sessionStorage.getItem("sonae.setup-wizard")).toContain("鈴木");
    first.unmount();

    // A reload: the wizard is open again at the same step with the same data.
    renderApp(new MemoryBackend());
    expect(await screen.findByTestId("setup-wizard")).toHaveAttribute("data-step", "ciso");
    expect(screen.getByTestId("wizard-ciso-name")).toHaveValue("鈴木　一郎");
    await user.click(screen.getByTestId("wizard-back"));
    expect(screen.getByTestId("wizard-org-name")).toHaveValue("見本町");
    expect(window.sessionStorage.getItem("sonae.setup-wizard")).not.toMatch(/password/i);
  });
});

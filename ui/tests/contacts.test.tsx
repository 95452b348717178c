import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { message, renderApp } from "./helpers";

async function openContacts(login = "yamamoto") {
  const user = userEvent.setup();
  const backend = new MemoryBackend({ start: "demo", signedInAs: login });
  renderApp(backend);
  await user.click(await screen.findByTestId("nav-contacts"));
  await screen.findByTestId("contacts-outside");
  return { user, backend };
}

describe("緊急連絡網", () => {
  it("lists staff with a response role, with roles and phones, and all staff on request", async () => {
    const { user } = await openContacts();
    const staff = screen.getByTestId("contacts-staff");
    const rows = within(staff).getAllByTestId("contact-person-row");
    // The CISO comes first; 職員-only people are left out.
    expect(rows[0]).toHaveTextContent("佐藤 一郎");
    expect(rows[0]).toHaveTextContent(message("ja", "role-ciso"));
    expect(staff).toHaveTextContent("田中 美穂");
    expect(staff).toHaveTextContent(message("ja", "role-csirt-lead"));
    expect(staff).toHaveTextContent("090-0000-0003");
    expect(staff).toHaveTextContent("携帯に連絡可（22時まで）");
    expect(staff).not.toHaveTextContent("中村 さくら");

    await user.click(screen.getByTestId("contacts-all-staff"));
    expect(screen.getByTestId("contacts-staff")).toHaveTextContent("中村 さくら");
  });

  it("lists outside bodies and contractors", async () => {
    await openContacts();
    const outside = screen.getByTestId("contacts-outside");
    expect(outside).toHaveTextContent("個人情報保護委員会");
    expect(outside).toHaveTextContent("埼玉県警察");
    expect(outside).toHaveTextContent(message("ja", "contact-kind-contractor"));
  });

  it("adds a contact, showing a bad phone number at its field first", async () => {
    const { user } = await openContacts();
    await user.click(screen.getByTestId("contact-add"));
    await user.selectOptions(screen.getByTestId("contact-kind"), "contractor");
    await user.type(screen.getByTestId("contact-org"), "架空ネットワーク株式会社");
    await user.type(screen.getByTestId("contact-section"), "保守窓口");
    await user.type(screen.getByTestId("contact-phone"), "内線123");
    await user.click(screen.getByTestId("contact-save"));

    const phone = screen.getByTestId("contact-phone");
    await waitFor(() => expect(phone).toHaveAttribute("aria-invalid", "true"));
    expect(phone).toHaveAccessibleDescription(
      expect.stringContaining(message("ja", "error-phone-format", { field: message("ja", "field-phone") })),
    );
    await waitFor(() => expect(phone).toHaveFocus());
    expect(screen.getByTestId("contact-org")).toHaveValue("架空ネットワーク株式会社");

    await user.clear(phone);
    await user.type(phone, "048-000-7777");
    await user.type(screen.getByTestId("contact-after-hours"), "090-0000-7777");
    await user.type(screen.getByTestId("contact-email"), "hoshu@kakuu-net.example.jp");
    await user.type(screen.getByTestId("contact-note"), "LGWAN回線の保守");
    await user.click(screen.getByTestId("contact-save"));

    expect(await screen.findByTestId("contact-status")).toHaveTextContent(message("ja", "ui-saved"));
    const row = screen.getAllByTestId("contact-row").find((r) => r.textContent?.includes("架空ネットワーク株式会社"))!;
    expect(row).toHaveTextContent("048-000-7777");
    expect(row).toHaveTextContent("090-0000-7777");
    expect(row).toHaveTextContent(message("ja", "contact-kind-contractor"));
    expect(screen.queryByTestId("contact-form")).not.toBeInTheDocument();
  });

  it("exports the list as CSV and shows where it was written", async () => {
    const { user } = await openContacts("nakamura");
    await user.click(screen.getByTestId("contacts-export"));
    expect(await screen.findByTestId("contacts-export-path")).toHaveTextContent(/exports\/.+\.csv$/);
    expect(screen.getByTestId("contacts-export-result")).toHaveTextContent(message("ja", "ui-contacts-exported"));
  });
});

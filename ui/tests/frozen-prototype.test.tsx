// The desktop shell runs with Tauri's `freezePrototype`; the app must work with a frozen
// Object.prototype. Vitest runs each test file in its own worker, so the freeze stays here.

import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, it } from "vitest";
import { MemoryBackend } from "../src/backend";
import { renderApp } from "./helpers";

it("starts and loads the demo with Object.prototype frozen", async () => {
  Object.freeze(Object.prototype);
  const user = userEvent.setup();
  renderApp(new MemoryBackend());
  await user.click(await screen.findByTestId("load-demo"));
  expect(await screen.findByTestId("org-name")).toHaveTextContent("架空市");
  await user.click(screen.getByTestId("lang-en"));
  expect(screen.getByTestId("lang-en")).toHaveAttribute("aria-pressed", "true");
});

import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => {
  // Source-scanning tests run in the node environment, without a DOM.
  if (typeof window === "undefined") return;
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  if (window.location.hash) window.history.replaceState(null, "", window.location.pathname);
  document.documentElement.lang = "";
});

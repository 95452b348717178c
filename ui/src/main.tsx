// Entry point: picks the backend, provides Fluent, renders the app.

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createBackend } from "./backend";
import { L10nProvider } from "./l10n/L10nProvider";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <L10nProvider>
      <App backend={createBackend()} />
    </L10nProvider>
  </StrictMode>,
);

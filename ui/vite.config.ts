// Vite (build, dev server) and Vitest configuration for the UI. Run from the repository root:
// npm run ui:dev | ui:build | ui:test.

import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const uiRoot = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root: uiRoot,
  // Relative asset URLs: the built files are served by Tauri's own protocol.
  base: "./",
  plugins: [react(), tailwindcss()],
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    // The Fluent files live in ../locales, shared with the Rust side.
    fs: { allow: [repoRoot] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
  test: {
    environment: "jsdom",
    include: ["tests/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/setup.ts"],
    // Tests that type whole forms with user-event take 3–6 s on a 2-core CI machine running
    // the suite in parallel; 5 s (the default) made them fail by load, not by behaviour.
    testTimeout: 20_000,
  },
});

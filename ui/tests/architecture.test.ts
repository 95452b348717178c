// @vitest-environment node
// Architecture invariants of the UI, checked on the source text.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL("../src", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("architecture", () => {
  it("only ui/src/backend/ imports @tauri-apps/*", () => {
    const offenders = sourceFiles(srcDir)
      .filter((f) => !relative(srcDir, f).startsWith(`backend${sep}`))
      .filter((f) => /from\s+["']@tauri-apps\/|import\(\s*["']@tauri-apps\//.test(readFileSync(f, "utf8")))
      .map((f) => relative(srcDir, f));
    expect(offenders).toEqual([]);
  });

  it("uses no inline style attributes (the CSP forbids them)", () => {
    const offenders = sourceFiles(srcDir)
      .filter((f) => /\bstyle=\{/.test(readFileSync(f, "utf8")))
      .map((f) => relative(srcDir, f));
    expect(offenders).toEqual([]);
  });
});

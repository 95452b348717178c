// @vitest-environment node
// Every message id the UI uses exists in both languages, in ui.ftl, common.ftl, report.ftl, case.ftl, playbook.ftl or obligation.ftl.
//
// Ids are found in the source the way useT.ts asks them to be written: string literals passed to
// `t(…)`, `<Localized id="…">`, the values of the label tables in l10n/labels.ts, and constants
// named `…_ID`. Any `t(…)` call whose argument is not one of these forms fails the test, so an id
// cannot hide from the check.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../src/l10n/locales";

const uiDir = fileURLToPath(new URL("..", import.meta.url));
const srcDir = join(uiDir, "src");
const localesDir = join(uiDir, "..", "locales");
const FILES = ["ui.ftl", "common.ftl", "report.ftl", "case.ftl", "playbook.ftl", "obligation.ftl", "drill.ftl", "stats.ftl", "exchange.ftl"] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Message ids defined in a .ftl file, read with Fluent's own parser. */
function ftlIds(path: string): Set<string> {
  const resource = new FluentResource(readFileSync(path, "utf8"));
  return new Set(resource.body.map((entry) => entry.id).filter((id) => !id.startsWith("-")));
}

/** Ids a .ftl file appears to define, by line; more than `ftlIds` finds means a syntax error. */
function ftlIdsByLine(path: string): Set<string> {
  const ids = readFileSync(path, "utf8").matchAll(/^([a-zA-Z][\w-]*)\s*=/gm);
  return new Set(Array.from(ids, (m) => m[1]!));
}

const LITERAL_T = /\bt\(\s*"([^"]+)"/g;
const LOCALIZED = /<Localized\b[^>]*\bid="([^"]+)"/g;
const ID_CONST = /\b[A-Z][A-Z0-9_]*_ID\s*=\s*"([^"]+)"/g;
const TABLE_VALUE = /^\s*\w+:\s*"([^"]+)",?\s*$/gm;
/** `t(` followed by what is allowed when not a literal: a lookup in a label table. */
const ANY_T = /\bt\(\s*([^)]*)/g;
const TABLE_LOOKUP = /^[A-Z][A-Z_]*_IDS\[[^\]]+\]/;

/** Source text without comments, so that examples in comments are not taken for uses. */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|\s)\/\/[^\n]*/g, "$1");
}

function usedIds(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const add = (id: string, where: string) => used.set(id, [...(used.get(id) ?? []), where]);
  for (const file of sourceFiles(srcDir)) {
    const text = code(file);
    const where = relative(uiDir, file);
    for (const pattern of [LITERAL_T, LOCALIZED, ID_CONST]) {
      for (const m of text.matchAll(pattern)) add(m[1]!, where);
    }
    if (file.endsWith(join("l10n", "labels.ts"))) {
      for (const m of text.matchAll(TABLE_VALUE)) add(m[1]!, where);
    }
  }
  return used;
}

describe("message ids", () => {
  const used = usedIds();

  it("finds the ids the source uses", () => {
    // Guards the scanner itself: these are used today and must be found.
    for (const id of ["ui-first-run-demo", "case-state-not-incident", "org-kind-assembly", "ui-error-unknown"]) {
      expect(used.has(id), `scanner did not find ${id}`).toBe(true);
    }
  });

  it("every t(…) call names its id in a form the scan can see", () => {
    const hidden: string[] = [];
    for (const file of sourceFiles(srcDir)) {
      const text = code(file);
      for (const m of text.matchAll(ANY_T)) {
        const arg = m[1]!.trim();
        if (!arg.startsWith('"') && !TABLE_LOOKUP.test(arg)) {
          hidden.push(`${relative(uiDir, file)}: t(${arg})`);
        }
      }
    }
    expect(hidden, "use a string literal or a *_IDS table from l10n/labels.ts").toEqual([]);
  });

  for (const locale of LOCALES) {
    it(`every used id exists in locales/${locale}/ui.ftl, common.ftl, report.ftl, case.ftl, playbook.ftl or obligation.ftl`, () => {
      const defined = new Set<string>();
      for (const file of FILES) {
        const path = join(localesDir, locale, file);
        if (existsSync(path)) for (const id of ftlIds(path)) defined.add(id);
      }
      const missing = [...used]
        .filter(([id]) => !defined.has(id))
        .map(([id, where]) => `${id} (used in ${[...new Set(where)].join(", ")})`);
      const absent = FILES.filter((f) => !existsSync(join(localesDir, locale, f)));
      const note = absent.length ? ` [absent: ${absent.join(", ")}]` : "";
      expect(missing, `ids missing from locales/${locale}/{ui,common,report,case,playbook,obligation}.ftl${note}`).toEqual([]);
    });

    it(`locales/${locale}/ui.ftl parses cleanly and keeps to the ui- namespace`, () => {
      const path = join(localesDir, locale, "ui.ftl");
      const parsed = ftlIds(path);
      expect([...ftlIdsByLine(path)].filter((id) => !parsed.has(id)), "unparsable entries").toEqual([]);
      expect([...parsed].filter((id) => !id.startsWith("ui-")), "ids without ui- prefix").toEqual([]);
    });
  }

  it("ja and en ui.ftl define the same ids", () => {
    const ja = ftlIds(join(localesDir, "ja", "ui.ftl"));
    const en = ftlIds(join(localesDir, "en", "ui.ftl"));
    expect([...ja].filter((id) => !en.has(id)), "only in ja").toEqual([]);
    expect([...en].filter((id) => !ja.has(id)), "only in en").toEqual([]);
  });
});

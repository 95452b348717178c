// Which languages exist, which one is used, and where the Fluent sources come from.

import { FluentBundle, FluentResource } from "@fluent/bundle";

export const LOCALES = ["ja", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ja";

/** Fluent sources per locale, in the order they are added to the bundle. */
export type LocaleSources = Record<Locale, readonly string[]>;

const STORAGE_KEY = "sonae.locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The shared `locales/<lang>/common.ftl` (enum labels, error messages; also used by Rust) and the
 * UI's own `locales/<lang>/ui.ftl`, bundled as raw text at build time. A missing file is simply
 * absent here; the message-id test reports the ids that are then missing.
 */
const files = import.meta.glob<string>("../../../locales/*/{common,ui,report,case,playbook,obligation,forms,drill,stats,exchange}.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

function sourcesFromFiles(found: Record<string, string>): LocaleSources {
  const sources: Record<Locale, string[]> = { ja: [], en: [] };
  for (const path of Object.keys(found).sort()) {
    const match = /locales\/([^/]+)\/[^/]+\.ftl$/.exec(path);
    const locale = match?.[1];
    if (isLocale(locale)) sources[locale].push(found[path] ?? "");
  }
  return sources;
}

export const BUNDLED_SOURCES: LocaleSources = sourcesFromFiles(files);

export function buildBundle(locale: Locale, sources: readonly string[]): FluentBundle {
  // Isolation marks (U+2068/U+2069) around placeables only help right-to-left scripts; both of our
  // languages are left-to-right, and the marks would travel along when a user copies a receipt
  // number or a message into a report.
  const bundle = new FluentBundle(locale, { useIsolating: false });
  for (const source of sources) {
    const errors = bundle.addResource(new FluentResource(source));
    for (const error of errors) console.warn(`[l10n:${locale}]`, error.message);
  }
  return bundle;
}

/** The chosen locale first, then the others as a fallback for messages not yet translated. */
export function bundleChain(
  bundles: Record<Locale, FluentBundle>,
  locale: Locale,
): FluentBundle[] {
  return [bundles[locale], ...LOCALES.filter((l) => l !== locale).map((l) => bundles[l])];
}

export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage can be unavailable (private mode, locked-down profile); the choice then lasts
    // for this session only.
  }
}

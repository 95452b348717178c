// Rendering the app against a MemoryBackend, and reading messages the way the app does.

import { render } from "@testing-library/react";
import { App } from "../src/App";
import type { Backend } from "../src/backend";
import { L10nProvider } from "../src/l10n/L10nProvider";
import {
  BUNDLED_SOURCES,
  buildBundle,
  type Locale,
  type LocaleSources,
} from "../src/l10n/locales";

export function renderApp(
  backend: Backend,
  options: { locale?: Locale; sources?: LocaleSources } = {},
) {
  return render(
    <L10nProvider sources={options.sources ?? BUNDLED_SOURCES} initialLocale={options.locale}>
      <App backend={backend} />
    </L10nProvider>,
  );
}

/** The text the app shows for `id`, formatted from the same locales/ files. */
export function message(
  locale: Locale,
  id: string,
  args?: Record<string, string | number>,
  sources: LocaleSources = BUNDLED_SOURCES,
): string {
  const bundle = buildBundle(locale, sources[locale]);
  const msg = bundle.getMessage(id);
  if (!msg?.value) throw new Error(`no message ${id} in ${locale}`);
  return bundle.formatPattern(msg.value, args);
}

/** A promise with its resolve and reject handles, to hold a backend call open. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

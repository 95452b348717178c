// Provides Fluent to the component tree and the current language with a way to change it.

import { LocalizationProvider, ReactLocalization } from "@fluent/react";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import {
  BUNDLED_SOURCES,
  buildBundle,
  bundleChain,
  LOCALES,
  readStoredLocale,
  storeLocale,
  type Locale,
  type LocaleSources,
} from "./locales";

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState | null>(null);

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error("useLocale must be used inside <L10nProvider>");
  return state;
}

interface Props {
  children: ReactNode;
  /** Fluent sources; tests pass their own, the app uses the bundled `locales/` files. */
  sources?: LocaleSources;
  /** Overrides the remembered choice (tests). */
  initialLocale?: Locale;
}

export function L10nProvider({ children, sources = BUNDLED_SOURCES, initialLocale }: Props) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());

  const bundles = useMemo(() => {
    const built = {} as Record<Locale, ReturnType<typeof buildBundle>>;
    for (const l of LOCALES) built[l] = buildBundle(l, sources[l]);
    return built;
  }, [sources]);

  const l10n = useMemo(
    () => new ReactLocalization(bundleChain(bundles, locale)),
    [bundles, locale],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    storeLocale(next);
  }, []);

  const state = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);

  return (
    <LocaleContext.Provider value={state}>
      <LocalizationProvider l10n={l10n}>{children}</LocalizationProvider>
    </LocaleContext.Provider>
  );
}

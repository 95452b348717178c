// 日本語 / English. Each option is named in its own language.

import { useId } from "react";
import { LOCALES, type Locale } from "../l10n/locales";
import { useLocale } from "../l10n/L10nProvider";
import { useT } from "../l10n/useT";

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const labelId = useId();
  const names: Record<Locale, string> = { ja: t("ui-lang-ja"), en: t("ui-lang-en") };
  return (
    <div className="flex items-center gap-3">
      <span id={labelId} className="text-dns-14N-130 text-solid-gray-700">
        {t("ui-lang-switch-label")}
      </span>
      <div role="group" aria-labelledby={labelId} className="flex">
        {LOCALES.map((l, i) => {
          const selected = l === locale;
          return (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={selected}
              data-testid={`lang-${l}`}
              onClick={() => setLocale(l)}
              className={
                "min-h-9 border border-blue-900 px-3 py-1.5 text-oln-14B-100 " +
                (i === 0 ? "rounded-l-6 " : "-ml-px rounded-r-6 ") +
                (selected
                  ? "bg-blue-900 text-white"
                  : "bg-white text-blue-900 hover:bg-blue-100 hover:underline")
              }
            >
              {names[l]}
            </button>
          );
        })}
      </div>
    </div>
  );
}

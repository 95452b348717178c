// The one way components turn a message id into text.
//
// The message-id test (ui/tests/message-ids.test.ts) finds ids by looking for `t("…")` calls with a
// string literal and for the values of the tables in `labels.ts`; keep ids literal so it can.

import type { FluentVariable } from "@fluent/bundle";
import { useLocalization } from "@fluent/react";
import { useCallback } from "react";
import type { ApiError } from "../bindings/ApiError";
import { UNKNOWN_ERROR_ID } from "../backend/errors";

export type MessageArgs = Record<string, FluentVariable>;
export type Translate = (id: string, args?: MessageArgs) => string;

export function useT(): Translate {
  const { l10n } = useLocalization();
  return useCallback((id: string, args?: MessageArgs) => l10n.getString(id, args ?? null), [l10n]);
}

/** Localised text for an error; a message id the bundles do not know falls back to a generic text. */
export function useErrorText(): (error: ApiError) => string {
  const { l10n } = useLocalization();
  return useCallback(
    (error: ApiError) => {
      if (!l10n.getBundle(error.messageId)) return l10n.getString(UNKNOWN_ERROR_ID);
      const args: MessageArgs = {};
      for (const [key, value] of Object.entries(error.args)) {
        if (value !== undefined) args[key] = value;
      }
      return l10n.getString(error.messageId, args);
    },
    [l10n],
  );
}

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

/**
 * Localised text for an error; a message id the bundles do not know falls back to a generic text.
 *
 * Validation errors name their field by the Fluent id of its label in `args.fieldId`
 * (`field-org-name`); it is resolved into the `field` argument the messages use. When no bundle
 * knows that id, `fieldLabel` (the label the form shows) stands in.
 */
export function useErrorText(): (error: ApiError, fieldLabel?: string) => string {
  const { l10n } = useLocalization();
  return useCallback(
    (error: ApiError, fieldLabel?: string) => {
      if (!l10n.getBundle(error.messageId)) return l10n.getString(UNKNOWN_ERROR_ID);
      const args: MessageArgs = {};
      for (const [key, value] of Object.entries(error.args)) {
        if (value !== undefined) args[key] = value;
      }
      if (args.field === undefined) {
        const fieldId = error.args.fieldId;
        if (fieldId && l10n.getBundle(fieldId)) args.field = l10n.getString(fieldId);
        else if (fieldLabel !== undefined) args.field = fieldLabel;
      }
      return l10n.getString(error.messageId, args);
    },
    [l10n],
  );
}

// The organization's own names for the four 重要度 levels (団体・設定). Every screen shows a
// severity through `useSeverityLabel`, so a renamed level reads the same everywhere.

import { createContext, useCallback, useContext } from "react";
import type { Severity } from "../bindings/Severity";
import type { SeverityLabelDto } from "../bindings/SeverityLabelDto";
import { SEVERITY_IDS } from "./labels";
import { useT } from "./useT";

export const SeverityLabelsContext = createContext<readonly SeverityLabelDto[]>([]);

/** The label of a 重要度 level: the organization's name for it, else the standard one. */
export function useSeverityLabel(): (severity: Severity) => string {
  const t = useT();
  const custom = useContext(SeverityLabelsContext);
  return useCallback(
    (severity: Severity) => custom.find((l) => l.severity === severity)?.label.trim() || t(SEVERITY_IDS[severity]),
    [custom, t],
  );
}

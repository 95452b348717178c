// First-response guidance (初動対応の案内): short numbered steps for the chosen category, from the
// organization's own text when it has rewritten it, otherwise from Fluent (`guidance-<category>`).

import { useId } from "react";
import type { Category } from "../../bindings/Category";
import type { GuidanceDto } from "../../bindings/GuidanceDto";
import { CATEGORY_IDS, GUIDANCE_IDS } from "../../l10n/labels";
import { useT, type Translate } from "../../l10n/useT";
import { customGuidance, guidanceLines } from "./form";

/** The steps shown for `category`. */
export function guidanceSteps(t: Translate, guidance: readonly GuidanceDto[], category: Category): string[] {
  return customGuidance(guidance, category) ?? guidanceLines(t(GUIDANCE_IDS[category]));
}

interface Props {
  category: Category;
  guidance: readonly GuidanceDto[];
  testId: string;
  /** Heading level of the panel's title (the receipt puts it under an h2). */
  level?: 2 | 3;
}

/** The steps and the note without a frame (inside the collapsible box of narrow windows). */
export function GuidanceBody({ category, guidance, testId }: Omit<Props, "level">) {
  const t = useT();
  return (
    <div data-testid={testId} data-category={category}>
      <GuidanceSteps steps={guidanceSteps(t, guidance, category)} compact />
      <p className="mt-2 text-dns-14N-130 text-solid-gray-800">{t("ui-report-guidance-note")}</p>
    </div>
  );
}

/** The panel: a heading that says "do this now", the category, and the numbered steps. */
export function GuidancePanel({ category, guidance, testId, level = 2 }: Props) {
  const t = useT();
  const titleId = useId();
  const steps = guidanceSteps(t, guidance, category);
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section
      aria-labelledby={titleId}
      data-testid={testId}
      data-category={category}
      className="rounded-12 border-2 border-orange-800 bg-orange-50 p-5"
    >
      <Heading id={titleId} className="text-std-20B-150 text-solid-gray-900">
        {t("ui-report-guidance-title")}
      </Heading>
      <p className="mt-1 text-dns-16N-130 text-solid-gray-800">
        {t("ui-report-guidance-category", { category: t(CATEGORY_IDS[category]) })}
      </p>
      <GuidanceSteps steps={steps} />
      <p className="mt-3 text-dns-14N-130 text-solid-gray-800">{t("ui-report-guidance-note")}</p>
    </section>
  );
}

export function GuidanceSteps({ steps, compact = false }: { steps: readonly string[]; compact?: boolean }) {
  return (
    <ol data-testid="guidance-steps" className={compact ? "space-y-1" : "mt-3 space-y-2"}>
      {steps.map((s, i) => (
        <li
          key={i}
          data-testid="guidance-step"
          className={`flex gap-3 text-solid-gray-900 ${compact ? "text-dns-16N-130" : "text-std-16N-170"}`}
        >
          <span
            aria-hidden="true"
            className={`flex shrink-0 items-center justify-center rounded-full bg-orange-900 text-dns-14B-120 text-white tabular-nums ${compact ? "size-6" : "size-7"}`}
          >
            {i + 1}
          </span>
          <span data-testid="guidance-step-text" className="min-w-0">{s}</span>
        </li>
      ))}
    </ol>
  );
}

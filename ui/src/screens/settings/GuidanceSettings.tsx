// 初動対応の案内: the first-response steps the report wizard shows for each category. The default
// text comes with Sonae (Fluent); an organization may write its own, one step per line.

import { useCallback, useId, useRef, useState } from "react";
import type { Backend } from "../../backend";
import type { Category } from "../../bindings/Category";
import type { GuidanceDto } from "../../bindings/GuidanceDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextAreaField, useFocusRequest } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { Badge, LinkButton, PageTitle, StatusLine } from "../../components/Page";
import { useFormErrors } from "../../components/useFormErrors";
import { useLoad } from "../../components/useLoad";
import { CATEGORIES, CATEGORY_HINT_IDS, CATEGORY_IDS, GUIDANCE_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { customGuidance, guidanceLines } from "../report/form";
import { GuidanceSteps } from "../report/Guidance";

interface Props {
  backend: Backend;
  canEdit: boolean;
}

export function GuidanceSettings({ backend, canEdit }: Props) {
  const t = useT();
  const titleId = useId();
  const load = useCallback(() => backend.listGuidance(), [backend]);
  const loaded = useLoad(load);
  const [editing, setEditing] = useState<{ category: Category; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors();
  const root = useRef<HTMLDivElement>(null);
  const requestFocus = useFocusRequest(root);
  const labels = { steps: t("field-guidance-steps") };

  if (!loaded.data) {
    return (
      <div data-testid="guidance-settings" className="space-y-8">
        <PageTitle id={titleId} title={t("ui-nav-guidance")} />
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  const guidance: readonly GuidanceDto[] = loaded.data;
  const defaults = (c: Category) => guidanceLines(t(GUIDANCE_IDS[c]));

  function edit(category: Category) {
    errors.clear();
    setStatus(null);
    setEditing({ category, text: (customGuidance(guidance, category) ?? defaults(category)).join("\n") });
    requestFocus("steps");
  }

  async function save(category: Category, steps: string[]) {
    errors.clear();
    setSaving(true);
    try {
      loaded.setData(await backend.saveGuidance({ category, steps }));
      setEditing(null);
      setStatus(t("ui-saved"));
    } catch (e) {
      const field = errors.showError(e, labels);
      if (field) requestFocus(field);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div ref={root} data-testid="guidance-settings" className="space-y-8">
      <PageTitle id={titleId} title={t("ui-nav-guidance")} intro={t("ui-guidance-intro")} />
      <StatusLine message={status} testId="guidance-status" />
      <ul className="space-y-6">
        {CATEGORIES.map((c) => {
          const custom = customGuidance(guidance, c);
          const isEditing = editing?.category === c;
          const headingId = `${titleId}-${c}`;
          return (
            <li key={c} data-testid="guidance-category" data-category={c}>
              <section aria-labelledby={headingId} className="rounded-8 border border-solid-gray-420 px-5 py-4">
                <div className="flex flex-wrap items-baseline justify-between gap-3">
                  <h2 id={headingId} className="text-std-20B-150 text-solid-gray-900">
                    {t(CATEGORY_IDS[c])}
                    <span className="ml-3">
                      {custom ? (
                        <Badge tone="info" testId="guidance-custom">{t("ui-guidance-custom")}</Badge>
                      ) : (
                        <Badge>{t("ui-guidance-default")}</Badge>
                      )}
                    </span>
                  </h2>
                  {canEdit && !isEditing && (
                    <LinkButton
                      testId="guidance-edit"
                      label={t("ui-edit-named", { name: t(CATEGORY_IDS[c]) })}
                      onClick={() => edit(c)}
                    >
                      {t("ui-edit")}
                    </LinkButton>
                  )}
                </div>
                <p className="mt-1 text-dns-16N-130 text-solid-gray-700">{t(CATEGORY_HINT_IDS[c])}</p>
                {isEditing ? (
                  <form
                    noValidate
                    data-testid="guidance-form"
                    className="mt-4 space-y-4"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void save(c, editing.text.split("\n"));
                    }}
                  >
                    {errors.generalError && <ErrorAlert error={errors.generalError} />}
                    <TextAreaField
                      label={labels.steps}
                      field="steps"
                      data-testid="guidance-steps-input"
                      rows={8}
                      value={editing.text}
                      onValue={(text) => setEditing({ category: c, text })}
                      hint={t("ui-guidance-steps-hint")}
                      error={errors.fieldErrors.steps}
                    />
                    <div className="flex flex-wrap gap-4">
                      <Button type="submit" data-testid="guidance-save" disabled={saving} aria-busy={saving}>
                        {t("ui-save")}
                      </Button>
                      {custom && (
                        <Button variant="secondary" data-testid="guidance-restore" disabled={saving} onClick={() => void save(c, [])}>
                          {t("ui-guidance-restore")}
                        </Button>
                      )}
                      <Button variant="secondary" disabled={saving} onClick={() => setEditing(null)}>
                        {t("ui-cancel")}
                      </Button>
                    </div>
                  </form>
                ) : (
                  <GuidanceSteps steps={custom ?? defaults(c)} />
                )}
              </section>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

// 情報資産の分類: the levels of the organization's classification scheme. Codes are fixed (the
// rules refer to them); names and descriptions follow the organization's own policy wording.

import { useCallback, useId, useRef, useState } from "react";
import type { Backend } from "../../backend";
import type { ClassAxis } from "../../bindings/ClassAxis";
import type { ClassLevelDto } from "../../bindings/ClassLevelDto";
import type { ClassLevelInput } from "../../bindings/ClassLevelInput";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextAreaField, TextField, useFocusRequest } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { LinkButton, PageTitle, StatusLine, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { useFormErrors } from "../../components/useFormErrors";
import { useLoad } from "../../components/useLoad";
import { CLASS_AXIS_IDS, SCHEME_PRESET_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";

interface Props {
  backend: Backend;
  canEdit: boolean;
}

const AXES: readonly ClassAxis[] = ["category", "confidentiality", "integrity", "availability"];

export function Classification({ backend, canEdit }: Props) {
  const t = useT();
  const titleId = useId();
  const load = useCallback(() => backend.orgSetup(), [backend]);
  const loaded = useLoad(load);
  const [editing, setEditing] = useState<ClassLevelInput | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors();
  const root = useRef<HTMLDivElement>(null);
  const requestFocus = useFocusRequest(root);
  const labels = { label: t("ui-class-label"), description: t("ui-class-description") };

  function edit(level: ClassLevelDto) {
    errors.clear();
    setStatus(null);
    setEditing({ id: level.id, label: level.label, description: level.description });
    requestFocus("label");
  }

  async function save() {
    if (!editing) return;
    errors.clear();
    if (!editing.label.trim()) {
      errors.setFieldErrors({ label: t("ui-form-required-message", { field: labels.label }) });
      requestFocus("label");
      return;
    }
    setSaving(true);
    try {
      loaded.setData(await backend.updateClassLevel({ ...editing, label: editing.label.trim() }));
      setEditing(null);
      setStatus(t("ui-saved"));
    } catch (e) {
      const field = errors.showError(e, labels);
      if (field) requestFocus(field);
    } finally {
      setSaving(false);
    }
  }

  if (!loaded.data) {
    return (
      <div data-testid="classification" className="space-y-8">
        <PageTitle id={titleId} title={t("ui-nav-classification")} />
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  const { classification } = loaded.data;

  return (
    <div ref={root} data-testid="classification" className="space-y-8">
      <PageTitle id={titleId} title={t("ui-nav-classification")} intro={t("ui-class-intro")} />
      <p className="text-std-17B-170 text-solid-gray-900">
        {t("ui-class-scheme", { scheme: t(SCHEME_PRESET_IDS[classification.scheme]) })}
      </p>
      <StatusLine message={status} testId="class-status" />
      {AXES.map((axis) => {
        const levels = classification.levels.filter((l) => l.axis === axis).sort((a, b) => b.rank - a.rank);
        if (levels.length === 0) return null;
        return (
          <section key={axis} className="space-y-3">
            <h2 className="text-std-24B-150 text-solid-gray-900">{t(CLASS_AXIS_IDS[axis])}</h2>
            <Table caption={t(CLASS_AXIS_IDS[axis])}>
              <thead className={THEAD}>
                <tr>
                  <Th>{t("ui-class-code")}</Th>
                  <Th>{labels.label}</Th>
                  <Th>{labels.description}</Th>
                  {canEdit && <Th><span className="sr-only">{t("ui-actions")}</span></Th>}
                </tr>
              </thead>
              <tbody>
                {levels.map((level) =>
                  editing?.id === level.id ? (
                    <tr key={level.id} data-testid="class-row" className={`${TROW} bg-blue-50`}>
                      <Td className="whitespace-nowrap font-mono">{level.code}</Td>
                      <Td colSpan={canEdit ? 3 : 2}>
                        <form
                          noValidate
                          data-testid="class-form"
                          className="space-y-4"
                          onSubmit={(e) => {
                            e.preventDefault();
                            void save();
                          }}
                        >
                          {errors.generalError && <ErrorAlert error={errors.generalError} />}
                          <TextField
                            label={labels.label}
                            field="label"
                            data-testid="class-label"
                            required
                            value={editing.label}
                            onValue={(label) => setEditing({ ...editing, label })}
                            error={errors.fieldErrors.label}
                            className="max-w-[28em]"
                          />
                          <TextAreaField
                            label={labels.description}
                            field="description"
                            data-testid="class-description"
                            rows={4}
                            value={editing.description}
                            onValue={(description) => setEditing({ ...editing, description })}
                            error={errors.fieldErrors.description}
                          />
                          <div className="flex flex-wrap gap-4">
                            <Button type="submit" data-testid="class-save" disabled={saving} aria-busy={saving}>
                              {t("ui-save")}
                            </Button>
                            <Button variant="secondary" disabled={saving} onClick={() => setEditing(null)}>
                              {t("ui-cancel")}
                            </Button>
                          </div>
                        </form>
                      </Td>
                    </tr>
                  ) : (
                    <tr key={level.id} data-testid="class-row" className={TROW}>
                      <Td className="whitespace-nowrap font-mono">{level.code}</Td>
                      <Td className="whitespace-nowrap" data-testid="class-row-label">{level.label}</Td>
                      <Td className="min-w-[20em] text-dns-16N-130">{level.description}</Td>
                      {canEdit && (
                        <Td className="text-right">
                          <LinkButton testId="class-edit" label={t("ui-edit-named", { name: level.label })} onClick={() => edit(level)}>
                            {t("ui-edit")}
                          </LinkButton>
                        </Td>
                      )}
                    </tr>
                  ),
                )}
              </tbody>
            </Table>
          </section>
        );
      })}
    </div>
  );
}

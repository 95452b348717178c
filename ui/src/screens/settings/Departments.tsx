// 課等: the departments, each with its short name (for document numbers) and its
// 情報セキュリティ管理者 (usually the head of the department).

import { useCallback, useId, useRef, useState } from "react";
import type { Backend } from "../../backend";
import type { DepartmentDto } from "../../bindings/DepartmentDto";
import type { DepartmentInput } from "../../bindings/DepartmentInput";
import type { PersonDto } from "../../bindings/PersonDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextField, useFocusRequest } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { LinkButton, PageTitle, Panel, StatusLine, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { useFormErrors } from "../../components/useFormErrors";
import { useLoad } from "../../components/useLoad";
import { useT } from "../../l10n/useT";

interface Props {
  backend: Backend;
  canEdit: boolean;
}

const EMPTY: DepartmentInput = { id: null, name: "", shortName: "", managerPersonId: null };

export function Departments({ backend, canEdit }: Props) {
  const t = useT();
  const titleId = useId();
  const formTitleId = useId();
  const load = useCallback(() => Promise.all([backend.listDepartments(), backend.listPeople()]), [backend]);
  const loaded = useLoad(load);
  const [form, setForm] = useState<DepartmentInput | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors();
  const formRoot = useRef<HTMLDivElement>(null);
  const requestFocus = useFocusRequest(formRoot);

  const labels = {
    name: t("ui-dept-name"),
    shortName: t("ui-dept-short"),
    managerPersonId: t("ui-dept-manager"),
  };

  function open(input: DepartmentInput) {
    errors.clear();
    setStatus(null);
    setForm(input);
    requestFocus("name");
  }

  async function save() {
    if (!form) return;
    const found: Record<string, string> = {};
    if (!form.name.trim()) found.name = t("ui-form-required-message", { field: labels.name });
    if (!form.shortName.trim()) found.shortName = t("ui-form-required-message", { field: labels.shortName });
    errors.clear();
    const first = Object.keys(found)[0];
    if (first) {
      errors.setFieldErrors(found);
      requestFocus(first);
      return;
    }
    setSaving(true);
    try {
      const departments = await backend.saveDepartment({ ...form, name: form.name.trim(), shortName: form.shortName.trim() });
      loaded.setData([departments, loaded.data?.[1] ?? []]);
      setForm(null);
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
      <div data-testid="departments" className="space-y-8">
        <PageTitle id={titleId} title={t("ui-nav-departments")} />
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  const [departments, people] = loaded.data;

  return (
    <div data-testid="departments" className="space-y-8">
      <PageTitle id={titleId} title={t("ui-nav-departments")} intro={t("ui-dept-intro")}>
        {canEdit && form === null && (
          <Button data-testid="dept-add" onClick={() => open(EMPTY)}>
            {t("ui-dept-add")}
          </Button>
        )}
      </PageTitle>
      <StatusLine message={status} testId="dept-status" />

      {form && (
        <div ref={formRoot}>
          <Panel
            title={form.id ? t("ui-dept-edit-title") : t("ui-dept-add-title")}
            titleId={formTitleId}
            testId="dept-form"
          >
            <form
              noValidate
              className="space-y-6"
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              {errors.generalError && <ErrorAlert error={errors.generalError} />}
              <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
                <TextField
                  label={labels.name}
                  field="name"
                  data-testid="dept-name"
                  required
                  value={form.name}
                  onValue={(name) => setForm({ ...form, name })}
                  hint={t("ui-wizard-admin-dept-hint")}
                  error={errors.fieldErrors.name}
                />
                <TextField
                  label={labels.shortName}
                  field="shortName"
                  data-testid="dept-short"
                  required
                  value={form.shortName}
                  onValue={(shortName) => setForm({ ...form, shortName })}
                  hint={t("ui-wizard-admin-dept-short-hint")}
                  error={errors.fieldErrors.shortName}
                />
              </div>
              <SelectField
                label={labels.managerPersonId}
                field="managerPersonId"
                data-testid="dept-manager"
                value={form.managerPersonId ?? ""}
                onValue={(v) => setForm({ ...form, managerPersonId: v || null })}
                options={[{ value: "", label: t("ui-form-none") }, ...personOptions(people)]}
                hint={t("ui-dept-manager-hint")}
                error={errors.fieldErrors.managerPersonId}
                className="max-w-[32em]"
              />
              <div className="flex flex-wrap gap-4">
                <Button type="submit" data-testid="dept-save" disabled={saving} aria-busy={saving}>
                  {t("ui-save")}
                </Button>
                <Button variant="secondary" data-testid="dept-cancel" disabled={saving} onClick={() => setForm(null)}>
                  {t("ui-cancel")}
                </Button>
              </div>
            </form>
          </Panel>
        </div>
      )}

      {departments.length === 0 ? (
        <p className="rounded-8 border border-dashed border-solid-gray-420 px-6 py-10 text-center text-std-16N-170 text-solid-gray-700">
          {t("ui-dept-empty")}
        </p>
      ) : (
        <Table caption={t("ui-dept-caption", { count: departments.length })}>
          <thead className={THEAD}>
            <tr>
              <Th>{labels.name}</Th>
              <Th>{labels.shortName}</Th>
              <Th>{labels.managerPersonId}</Th>
              {canEdit && <Th><span className="sr-only">{t("ui-actions")}</span></Th>}
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.id} data-testid="dept-row" className={TROW}>
                <Td data-testid="dept-row-name">{d.name}</Td>
                <Td className="whitespace-nowrap">{d.shortName}</Td>
                <Td>{d.managerName ?? t("ui-not-set")}</Td>
                {canEdit && (
                  <Td className="text-right">
                    <LinkButton
                      testId="dept-edit"
                      label={t("ui-edit-named", { name: d.name })}
                      onClick={() => open(toInput(d))}
                    >
                      {t("ui-edit")}
                    </LinkButton>
                  </Td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}

function toInput(d: DepartmentDto): DepartmentInput {
  return { id: d.id, name: d.name, shortName: d.shortName, managerPersonId: d.managerPersonId };
}

export function personOptions(people: readonly PersonDto[]) {
  return people.map((p) => ({
    value: p.id,
    label: [p.name, p.departmentName, p.title].filter(Boolean).join("　"),
  }));
}

// 緊急連絡網: the people with a role in incident response (from the staff register) and the outside
// bodies and contractors to call. Everyone may read it and export it as CSV; administrators edit it.

import { useCallback, useId, useRef, useState } from "react";
import type { Backend } from "../../backend";
import { toApiError } from "../../backend";
import type { ApiError } from "../../bindings/ApiError";
import type { ContactDto } from "../../bindings/ContactDto";
import type { ContactInput } from "../../bindings/ContactInput";
import type { ContactKind } from "../../bindings/ContactKind";
import type { PersonDto } from "../../bindings/PersonDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Checkbox, SelectField, TextAreaField, TextField, useFocusRequest } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { Badge, LinkButton, PageTitle, Panel, StatusLine, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { useFormErrors } from "../../components/useFormErrors";
import { useLoad } from "../../components/useLoad";
import { CONTACT_KIND_IDS, CONTACT_KINDS, ROLE_IDS, ROLES } from "../../l10n/labels";
import { useT } from "../../l10n/useT";

interface Props {
  backend: Backend;
  canEdit: boolean;
}

const EMPTY: ContactInput = {
  id: null,
  kind: "external",
  organization: "",
  section: "",
  phone: "",
  afterHoursPhone: "",
  email: "",
  note: "",
};

/** People with a role beyond 職員, ordered by the most senior role they hold. */
function responders(people: readonly PersonDto[]): PersonDto[] {
  const rank = (p: PersonDto) => Math.min(...p.roles.map((r) => ROLES.indexOf(r)));
  return people.filter((p) => p.roles.some((r) => r !== "staff")).sort((a, b) => rank(a) - rank(b));
}

export function Contacts({ backend, canEdit }: Props) {
  const t = useT();
  const titleId = useId();
  const staffId = useId();
  const outsideId = useId();
  const formTitleId = useId();
  const load = useCallback(() => Promise.all([backend.listPeople(), backend.listContacts()]), [backend]);
  const loaded = useLoad(load);
  const [allStaff, setAllStaff] = useState(false);
  const [form, setForm] = useState<ContactInput | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportPath, setExportPath] = useState<string | null>(null);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const errors = useFormErrors();
  const formRoot = useRef<HTMLDivElement>(null);
  const requestFocus = useFocusRequest(formRoot);

  const labels = {
    kind: t("ui-contact-kind"),
    organization: t("ui-contact-org"),
    section: t("ui-contact-section"),
    phone: t("ui-contact-phone"),
    afterHoursPhone: t("ui-contact-after-hours"),
    email: t("ui-contact-email"),
    note: t("ui-contact-note"),
  };

  function open(input: ContactInput) {
    errors.clear();
    setStatus(null);
    setForm(input);
    requestFocus("kind");
  }

  async function save() {
    if (!form) return;
    errors.clear();
    if (!form.organization.trim()) {
      errors.setFieldErrors({ organization: t("ui-form-required-message", { field: labels.organization }) });
      requestFocus("organization");
      return;
    }
    setSaving(true);
    try {
      const contacts = await backend.saveContact({ ...form, organization: form.organization.trim() });
      loaded.setData([loaded.data?.[0] ?? [], contacts]);
      setForm(null);
      setStatus(t("ui-saved"));
    } catch (e) {
      const field = errors.showError(e, labels);
      if (field) requestFocus(field);
    } finally {
      setSaving(false);
    }
  }

  async function exportCsv() {
    setExporting(true);
    setExportError(null);
    setExportPath(null);
    try {
      setExportPath((await backend.exportContactsCsv()).path);
    } catch (e) {
      setExportError(toApiError(e));
    } finally {
      setExporting(false);
    }
  }

  const exportButton = (
    <Button variant="secondary" data-testid="contacts-export" onClick={() => void exportCsv()} disabled={exporting} aria-busy={exporting}>
      {t("ui-contacts-export")}
    </Button>
  );

  if (!loaded.data) {
    return (
      <div data-testid="contacts" className="space-y-8">
        <PageTitle id={titleId} title={t("ui-nav-contacts")} />
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  const [people, contacts] = loaded.data;
  const shownPeople = allStaff ? people : responders(people);
  const sortedContacts = [...contacts].sort((a, b) => a.sortOrder - b.sortOrder);

  return (
    <div data-testid="contacts" className="space-y-10">
      <PageTitle id={titleId} title={t("ui-nav-contacts")} intro={t("ui-contacts-intro")}>
        {exportButton}
      </PageTitle>
      <div aria-live="polite">
        {exportPath && (
          <div data-testid="contacts-export-result" className="rounded-8 border border-l-8 border-green-900 bg-green-50 px-6 py-4">
            <p className="text-std-16B-170 text-green-1100">{t("ui-contacts-exported")}</p>
            <p data-testid="contacts-export-path" className="mt-1 break-all font-mono text-mono-16N-150 text-solid-gray-900">
              {exportPath}
            </p>
          </div>
        )}
      </div>
      {exportError && <ErrorAlert error={exportError} />}

      <section aria-labelledby={staffId} className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 id={staffId} className="text-std-24B-150 text-solid-gray-900">
              {t("ui-contacts-staff-title")}
            </h2>
            <p className="mt-1 text-dns-16N-130 text-solid-gray-700">{t("ui-contacts-staff-note")}</p>
          </div>
          <Checkbox
            label={t("ui-contacts-show-all-staff")}
            data-testid="contacts-all-staff"
            checked={allStaff}
            onChecked={setAllStaff}
          />
        </div>
        {shownPeople.length === 0 ? (
          <p className="rounded-8 border border-dashed border-solid-gray-420 px-6 py-6 text-center text-std-16N-170 text-solid-gray-700">
            {t("ui-contacts-staff-empty")}
          </p>
        ) : (
          <Table caption={t("ui-contacts-staff-title")} testId="contacts-staff">
            <thead className={THEAD}>
              <tr>
                <Th>{t("ui-person-name")}</Th>
                <Th>{t("ui-contacts-col-dept-title")}</Th>
                <Th>{t("ui-person-roles")}</Th>
                <Th>{t("ui-person-office-phone")}</Th>
                <Th>{t("ui-person-mobile-phone")}</Th>
                <Th>{t("ui-person-email")}</Th>
                <Th>{t("ui-person-after-hours")}</Th>
              </tr>
            </thead>
            <tbody>
              {shownPeople.map((p) => (
                <tr key={p.id} data-testid="contact-person-row" className={TROW}>
                  <Td className="whitespace-nowrap">
                    <span className="block">{p.name}</span>
                    {p.nameKana && <span className="block text-dns-14N-130 text-solid-gray-700">{p.nameKana}</span>}
                  </Td>
                  <Td>
                    <span className="block">{p.departmentName ?? t("ui-not-set")}</span>
                    {p.title && <span className="block text-dns-14N-130 text-solid-gray-700">{p.title}</span>}
                  </Td>
                  <Td>
                    <RoleBadges roles={p.roles} />
                  </Td>
                  <Td className="whitespace-nowrap tabular-nums">{p.officePhone || t("ui-none-dash")}</Td>
                  <Td className="whitespace-nowrap tabular-nums">{p.mobilePhone || t("ui-none-dash")}</Td>
                  <Td className="break-all">{p.email || t("ui-none-dash")}</Td>
                  <Td>{p.afterHours || t("ui-none-dash")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby={outsideId} className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 id={outsideId} className="text-std-24B-150 text-solid-gray-900">
              {t("ui-contacts-outside-title")}
            </h2>
            <p className="mt-1 text-dns-16N-130 text-solid-gray-700">{t("ui-contacts-outside-note")}</p>
          </div>
          {canEdit && form === null && (
            <Button data-testid="contact-add" onClick={() => open(EMPTY)}>
              {t("ui-contact-add")}
            </Button>
          )}
        </div>
        <StatusLine message={status} testId="contact-status" />

        {form && (
          <div ref={formRoot}>
            <Panel title={form.id ? t("ui-contact-edit-title") : t("ui-contact-add-title")} titleId={formTitleId} testId="contact-form">
              <form
                noValidate
                className="space-y-6"
                onSubmit={(e) => {
                  e.preventDefault();
                  void save();
                }}
              >
                {errors.generalError && <ErrorAlert error={errors.generalError} />}
                <div className="grid gap-6 md:grid-cols-[1fr_2fr]">
                  <SelectField
                    label={labels.kind}
                    field="kind"
                    data-testid="contact-kind"
                    required
                    value={form.kind}
                    onValue={(v) => setForm({ ...form, kind: v as ContactKind })}
                    options={CONTACT_KINDS.map((k) => ({ value: k, label: t(CONTACT_KIND_IDS[k]) }))}
                    error={errors.fieldErrors.kind}
                  />
                  <TextField
                    label={labels.organization}
                    field="organization"
                    data-testid="contact-org"
                    required
                    value={form.organization}
                    onValue={(organization) => setForm({ ...form, organization })}
                    hint={t("ui-contact-org-hint")}
                    error={errors.fieldErrors.organization}
                  />
                </div>
                <TextField
                  label={labels.section}
                  field="section"
                  data-testid="contact-section"
                  value={form.section}
                  onValue={(section) => setForm({ ...form, section })}
                  error={errors.fieldErrors.section}
                />
                <div className="grid gap-6 md:grid-cols-2">
                  <TextField
                    label={labels.phone}
                    field="phone"
                    data-testid="contact-phone"
                    type="tel"
                    value={form.phone}
                    onValue={(phone) => setForm({ ...form, phone })}
                    hint={t("ui-phone-hint")}
                    error={errors.fieldErrors.phone}
                  />
                  <TextField
                    label={labels.afterHoursPhone}
                    field="afterHoursPhone"
                    data-testid="contact-after-hours"
                    type="tel"
                    value={form.afterHoursPhone}
                    onValue={(afterHoursPhone) => setForm({ ...form, afterHoursPhone })}
                    hint={t("ui-phone-hint")}
                    error={errors.fieldErrors.afterHoursPhone}
                  />
                </div>
                <TextField
                  label={labels.email}
                  field="email"
                  data-testid="contact-email"
                  type="email"
                  value={form.email}
                  onValue={(email) => setForm({ ...form, email })}
                  error={errors.fieldErrors.email}
                />
                <TextAreaField
                  label={labels.note}
                  field="note"
                  data-testid="contact-note"
                  value={form.note}
                  onValue={(note) => setForm({ ...form, note })}
                  error={errors.fieldErrors.note}
                />
                <div className="flex flex-wrap gap-4">
                  <Button type="submit" data-testid="contact-save" disabled={saving} aria-busy={saving}>
                    {t("ui-save")}
                  </Button>
                  <Button variant="secondary" data-testid="contact-cancel" disabled={saving} onClick={() => setForm(null)}>
                    {t("ui-cancel")}
                  </Button>
                </div>
              </form>
            </Panel>
          </div>
        )}

        {sortedContacts.length === 0 ? (
          <p className="rounded-8 border border-dashed border-solid-gray-420 px-6 py-6 text-center text-std-16N-170 text-solid-gray-700">
            {t("ui-contacts-outside-empty")}
          </p>
        ) : (
          <Table caption={t("ui-contacts-outside-title")} testId="contacts-outside">
            <thead className={THEAD}>
              <tr>
                <Th>{labels.kind}</Th>
                <Th>{labels.organization}</Th>
                <Th>{labels.phone}</Th>
                <Th>{labels.afterHoursPhone}</Th>
                <Th>{labels.email}</Th>
                <Th>{labels.note}</Th>
                {canEdit && <Th><span className="sr-only">{t("ui-actions")}</span></Th>}
              </tr>
            </thead>
            <tbody>
              {sortedContacts.map((c) => (
                <tr key={c.id} data-testid="contact-row" className={TROW}>
                  <Td className="whitespace-nowrap">
                    <Badge tone={c.kind === "contractor" ? "warning" : c.kind === "internal" ? "neutral" : "info"}>
                      {t(CONTACT_KIND_IDS[c.kind])}
                    </Badge>
                  </Td>
                  <Td>
                    <span data-testid="contact-row-org" className="block">{c.organization}</span>
                    {c.section && <span className="block text-dns-14N-130 text-solid-gray-700">{c.section}</span>}
                  </Td>
                  <Td className="whitespace-nowrap tabular-nums">{c.phone || t("ui-none-dash")}</Td>
                  <Td className="whitespace-nowrap tabular-nums">{c.afterHoursPhone || t("ui-none-dash")}</Td>
                  <Td className="break-all">{c.email || t("ui-none-dash")}</Td>
                  <Td className="min-w-[12em] text-dns-14N-130">{c.note}</Td>
                  {canEdit && (
                    <Td className="text-right">
                      <LinkButton testId="contact-edit" label={t("ui-edit-named", { name: c.organization })} onClick={() => open(toInput(c))}>
                        {t("ui-edit")}
                      </LinkButton>
                    </Td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </div>
  );
}

export function RoleBadges({ roles }: { roles: readonly string[] }) {
  const t = useT();
  const sorted = ROLES.filter((r) => roles.includes(r));
  return (
    <div className="flex flex-wrap gap-1.5">
      {sorted.map((r) => (
        <Badge key={r} tone={r === "staff" ? "neutral" : "info"}>
          {t(ROLE_IDS[r])}
        </Badge>
      ))}
    </div>
  );
}

function toInput(c: ContactDto): ContactInput {
  return {
    id: c.id,
    kind: c.kind,
    organization: c.organization,
    section: c.section,
    phone: c.phone,
    afterHoursPhone: c.afterHoursPhone,
    email: c.email,
    note: c.note,
  };
}

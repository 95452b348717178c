// 職員・アカウント: the staff register (roles, how to reach them) and their local accounts.
// An administrator sets a login id and an initial password; the person must change it at the
// first sign-in (004 第52条). A locked account (too many failed sign-ins) is unlocked here.

import { useCallback, useId, useRef, useState } from "react";
import type { Backend } from "../../backend";
import type { AccountInput } from "../../bindings/AccountInput";
import type { PersonDto } from "../../bindings/PersonDto";
import type { PersonInput } from "../../bindings/PersonInput";
import type { Role } from "../../bindings/Role";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Checkbox, FieldError, SelectField, TextField, useFocusRequest } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { Badge, LinkButton, PageTitle, Panel, StatusLine, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { useFormErrors } from "../../components/useFormErrors";
import { useLoad } from "../../components/useLoad";
import { ROLE_IDS, ROLES } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { RoleBadges } from "./Contacts";

interface Props {
  backend: Backend;
  canEdit: boolean;
}

const EMPTY: PersonInput = {
  id: null,
  name: "",
  nameKana: "",
  title: "",
  departmentId: null,
  roles: ["staff"],
  officePhone: "",
  mobilePhone: "",
  email: "",
  afterHours: "",
};

export function People({ backend, canEdit }: Props) {
  const t = useT();
  const titleId = useId();
  const formTitleId = useId();
  const load = useCallback(() => Promise.all([backend.listPeople(), backend.listDepartments()]), [backend]);
  const loaded = useLoad(load);
  const [form, setForm] = useState<PersonInput | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors();
  const formRoot = useRef<HTMLDivElement>(null);
  const requestFocus = useFocusRequest(formRoot);

  const labels = {
    name: t("ui-person-name"),
    nameKana: t("ui-person-kana"),
    title: t("ui-person-title"),
    departmentId: t("ui-person-dept"),
    roles: t("ui-person-roles"),
    officePhone: t("ui-person-office-phone"),
    mobilePhone: t("ui-person-mobile-phone"),
    email: t("ui-person-email"),
    afterHours: t("ui-person-after-hours"),
  };

  function open(input: PersonInput) {
    errors.clear();
    setStatus(null);
    setForm(input);
    requestFocus("name");
  }

  function toggleRole(role: Role, on: boolean) {
    if (!form) return;
    const roles = on ? [...form.roles, role] : form.roles.filter((r) => r !== role);
    setForm({ ...form, roles: ROLES.filter((r) => roles.includes(r)) });
  }

  function setPeople(people: PersonDto[]) {
    loaded.setData([people, loaded.data?.[1] ?? []]);
  }

  async function save() {
    if (!form) return;
    const found: Record<string, string> = {};
    if (!form.name.trim()) found.name = t("ui-form-required-message", { field: labels.name });
    if (form.roles.length === 0) found.roles = t("ui-form-choose", { field: labels.roles });
    errors.clear();
    const first = Object.keys(found)[0];
    if (first) {
      errors.setFieldErrors(found);
      requestFocus(first);
      return;
    }
    setSaving(true);
    try {
      const people = await backend.savePerson({ ...form, name: form.name.trim() });
      setPeople(people);
      // A new person stays open so that an account can be set up at once.
      const saved = form.id ? null : people.find((p) => p.name === form.name.trim() && !loaded.data?.[0].some((q) => q.id === p.id));
      setForm(saved ? toInput(saved) : null);
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
      <div data-testid="people" className="space-y-8">
        <PageTitle id={titleId} title={t("ui-nav-people")} />
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  const [people, departments] = loaded.data;
  const editing = form?.id ? people.find((p) => p.id === form.id) : undefined;

  return (
    <div data-testid="people" className="space-y-8">
      <PageTitle id={titleId} title={t("ui-nav-people")} intro={t("ui-person-intro")}>
        {canEdit && form === null && (
          <Button data-testid="person-add" onClick={() => open(EMPTY)}>
            {t("ui-person-add")}
          </Button>
        )}
      </PageTitle>
      <StatusLine message={status} testId="person-status" />

      {form && (
        <div ref={formRoot} className="space-y-6">
          <Panel title={form.id ? t("ui-person-edit-title") : t("ui-person-add-title")} titleId={formTitleId} testId="person-form">
            <form
              noValidate
              className="space-y-6"
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              {errors.generalError && <ErrorAlert error={errors.generalError} />}
              <div className="grid gap-6 md:grid-cols-2">
                <TextField
                  label={labels.name}
                  field="name"
                  data-testid="person-name"
                  required
                  value={form.name}
                  onValue={(name) => setForm({ ...form, name })}
                  hint={t("ui-person-name-hint")}
                  error={errors.fieldErrors.name}
                />
                <TextField
                  label={labels.nameKana}
                  field="nameKana"
                  data-testid="person-kana"
                  value={form.nameKana}
                  onValue={(nameKana) => setForm({ ...form, nameKana })}
                  error={errors.fieldErrors.nameKana}
                />
                <SelectField
                  label={labels.departmentId}
                  field="departmentId"
                  data-testid="person-dept"
                  value={form.departmentId ?? ""}
                  onValue={(v) => setForm({ ...form, departmentId: v || null })}
                  options={[{ value: "", label: t("ui-form-none") }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
                  error={errors.fieldErrors.departmentId}
                />
                <TextField
                  label={labels.title}
                  field="title"
                  data-testid="person-title"
                  value={form.title}
                  onValue={(title) => setForm({ ...form, title })}
                  hint={t("ui-person-title-hint")}
                  error={errors.fieldErrors.title}
                />
              </div>
              <fieldset aria-describedby={errors.fieldErrors.roles ? `${formTitleId}-roles` : undefined}>
                <legend className="text-std-16B-170 text-solid-gray-900">{labels.roles}</legend>
                <p className="mt-1 text-dns-16N-130 text-solid-gray-700">{t("ui-person-roles-hint")}</p>
                <div className="mt-2 grid gap-2 sm:grid-cols-2">
                  {ROLES.map((r, i) => (
                    <Checkbox
                      key={r}
                      label={t(ROLE_IDS[r])}
                      field={i === 0 ? "roles" : undefined}
                      data-testid={`person-role-${r}`}
                      checked={form.roles.includes(r)}
                      onChecked={(on) => toggleRole(r, on)}
                    />
                  ))}
                </div>
                <FieldError id={`${formTitleId}-roles`} message={errors.fieldErrors.roles} />
              </fieldset>
              <div className="grid gap-6 md:grid-cols-2">
                <TextField
                  label={labels.officePhone}
                  field="officePhone"
                  data-testid="person-office-phone"
                  type="tel"
                  value={form.officePhone}
                  onValue={(officePhone) => setForm({ ...form, officePhone })}
                  hint={t("ui-phone-hint")}
                  error={errors.fieldErrors.officePhone}
                />
                <TextField
                  label={labels.mobilePhone}
                  field="mobilePhone"
                  data-testid="person-mobile-phone"
                  type="tel"
                  value={form.mobilePhone}
                  onValue={(mobilePhone) => setForm({ ...form, mobilePhone })}
                  hint={t("ui-phone-hint")}
                  error={errors.fieldErrors.mobilePhone}
                />
              </div>
              <TextField
                label={labels.email}
                field="email"
                data-testid="person-email"
                type="email"
                value={form.email}
                onValue={(email) => setForm({ ...form, email })}
                error={errors.fieldErrors.email}
              />
              <TextField
                label={labels.afterHours}
                field="afterHours"
                data-testid="person-after-hours"
                value={form.afterHours}
                onValue={(afterHours) => setForm({ ...form, afterHours })}
                hint={t("ui-person-after-hours-hint")}
                error={errors.fieldErrors.afterHours}
              />
              <div className="flex flex-wrap gap-4">
                <Button type="submit" data-testid="person-save" disabled={saving} aria-busy={saving}>
                  {t("ui-save")}
                </Button>
                <Button variant="secondary" data-testid="person-cancel" disabled={saving} onClick={() => setForm(null)}>
                  {form.id ? t("ui-close") : t("ui-cancel")}
                </Button>
              </div>
            </form>
          </Panel>
          {editing && <AccountPanel key={editing.id} backend={backend} person={editing} onPeople={setPeople} />}
        </div>
      )}

      <Table caption={t("ui-person-caption", { count: people.length })}>
        <thead className={THEAD}>
          <tr>
            <Th>{labels.name}</Th>
            <Th>{t("ui-contacts-col-dept-title")}</Th>
            <Th>{labels.roles}</Th>
            <Th>{t("ui-account")}</Th>
            {canEdit && <Th><span className="sr-only">{t("ui-actions")}</span></Th>}
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} data-testid="person-row" className={TROW}>
              <Td className="whitespace-nowrap">
                <span data-testid="person-row-name" className="block">{p.name}</span>
                {p.nameKana && <span className="block text-dns-14N-130 text-solid-gray-700">{p.nameKana}</span>}
              </Td>
              <Td>
                <span className="block">{p.departmentName ?? t("ui-not-set")}</span>
                {p.title && <span className="block text-dns-14N-130 text-solid-gray-700">{p.title}</span>}
              </Td>
              <Td>
                <RoleBadges roles={p.roles} />
              </Td>
              <Td>
                <AccountSummary person={p} />
              </Td>
              {canEdit && (
                <Td className="text-right">
                  <LinkButton testId="person-edit" label={t("ui-edit-named", { name: p.name })} onClick={() => open(toInput(p))}>
                    {t("ui-edit")}
                  </LinkButton>
                </Td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

function AccountSummary({ person }: { person: PersonDto }) {
  const t = useT();
  const a = person.account;
  if (!a) return <span className="text-solid-gray-700">{t("ui-account-none")}</span>;
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <span className="font-mono text-mono-16N-150">{a.loginId}</span>
      {a.locked && <Badge tone="danger" testId="account-locked-badge">{t("ui-account-locked")}</Badge>}
      {!a.locked && a.mustChangePassword && <Badge tone="warning">{t("ui-account-must-change")}</Badge>}
    </div>
  );
}

function AccountPanel({
  backend,
  person,
  onPeople,
}: {
  backend: Backend;
  person: PersonDto;
  onPeople: (people: PersonDto[]) => void;
}) {
  const t = useT();
  const titleId = useId();
  const [input, setInput] = useState<AccountInput>({
    personId: person.id,
    loginId: person.account?.loginId ?? "",
    initialPassword: "",
  });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors();
  const root = useRef<HTMLDivElement>(null);
  const requestFocus = useFocusRequest(root);
  const labels = {
    loginId: t("ui-account-login"),
    initialPassword: t("ui-account-initial-password"),
    password: t("ui-account-initial-password"),
  };
  const a = person.account;

  async function save() {
    const found: Record<string, string> = {};
    if (!input.loginId.trim()) found.loginId = t("ui-form-required-message", { field: labels.loginId });
    if (!input.initialPassword) found.initialPassword = t("ui-form-required-message", { field: labels.initialPassword });
    errors.clear();
    setStatus(null);
    const first = Object.keys(found)[0];
    if (first) {
      errors.setFieldErrors(found);
      requestFocus(first);
      return;
    }
    setBusy(true);
    try {
      onPeople(await backend.setAccount({ ...input, loginId: input.loginId.trim() }));
      setInput({ ...input, initialPassword: "" });
      setStatus(t("ui-account-saved"));
    } catch (e) {
      const field = errors.showError(e, labels);
      if (field) requestFocus(field === "password" ? "initialPassword" : field);
    } finally {
      setBusy(false);
    }
  }

  async function unlock() {
    errors.clear();
    setStatus(null);
    setBusy(true);
    try {
      onPeople(await backend.unlockAccount({ personId: person.id }));
      setStatus(t("ui-account-unlocked"));
    } catch (e) {
      errors.showError(e, {});
    } finally {
      setBusy(false);
    }
  }

  return (
    <div ref={root}>
      <Panel title={t("ui-account-title", { name: person.name })} titleId={titleId} testId="account-panel">
        <div className="space-y-6">
          <p className="text-std-16N-170 text-solid-gray-800">
            {a ? t("ui-account-intro-existing") : t("ui-account-intro-new")}
          </p>
          {a && (
            <dl className="grid gap-x-6 gap-y-1 text-std-16N-170 sm:grid-cols-[10em_1fr]">
              <dt className="text-solid-gray-700">{t("ui-account-login")}</dt>
              <dd className="font-mono">{a.loginId}</dd>
              <dt className="text-solid-gray-700">{t("ui-account-state")}</dt>
              <dd data-testid="account-state">
                {a.locked
                  ? t("ui-account-state-locked", { count: a.failedAttempts })
                  : a.mustChangePassword
                    ? t("ui-account-state-must-change")
                    : t("ui-account-state-active")}
              </dd>
            </dl>
          )}
          {a?.locked && (
            <div className="rounded-8 border border-l-8 border-red-900 bg-red-50 px-6 py-4">
              <p className="text-std-16N-170 text-solid-gray-900">{t("ui-account-locked-note")}</p>
              <Button className="mt-3" data-testid="account-unlock" onClick={() => void unlock()} disabled={busy}>
                {t("ui-account-unlock")}
              </Button>
            </div>
          )}
          <form
            noValidate
            className="space-y-6"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            {errors.generalError && <ErrorAlert error={errors.generalError} />}
            <div className="grid gap-6 md:grid-cols-2">
              <TextField
                label={labels.loginId}
                field="loginId"
                data-testid="account-login"
                required
                value={input.loginId}
                onValue={(loginId) => setInput({ ...input, loginId })}
                hint={t("ui-login-id-rule")}
                error={errors.fieldErrors.loginId}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
              />
              <TextField
                label={labels.initialPassword}
                field="initialPassword"
                data-testid="account-password"
                type="password"
                required
                value={input.initialPassword}
                onValue={(initialPassword) => setInput({ ...input, initialPassword })}
                hint={t("ui-account-initial-password-hint")}
                error={errors.fieldErrors.initialPassword ?? errors.fieldErrors.password}
                autoComplete="new-password"
              />
            </div>
            <Button type="submit" data-testid="account-save" disabled={busy} aria-busy={busy}>
              {a ? t("ui-account-reset") : t("ui-account-create")}
            </Button>
          </form>
          <StatusLine message={status} testId="account-status" />
        </div>
      </Panel>
    </div>
  );
}

function toInput(p: PersonDto): PersonInput {
  return {
    id: p.id,
    name: p.name,
    nameKana: p.nameKana,
    title: p.title,
    departmentId: p.departmentId,
    roles: [...p.roles],
    officePhone: p.officePhone,
    mobilePhone: p.mobilePhone,
    email: p.email,
    afterHours: p.afterHours,
  };
}

// 情報システム台帳: the information systems, their network segment (三層の対策) and whether they
// hold personal information or My Number (特定個人情報), which decides the reporting rules later.

import { useCallback, useId, useRef, useState } from "react";
import type { Backend } from "../../backend";
import type { NetworkSegment } from "../../bindings/NetworkSegment";
import type { SystemDto } from "../../bindings/SystemDto";
import type { SystemInput } from "../../bindings/SystemInput";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Checkbox, FieldError, SelectField, TextField, useFocusRequest } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { Badge, LinkButton, PageTitle, Panel, StatusLine, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import type { BadgeTone } from "../../components/Page";
import { useFormErrors } from "../../components/useFormErrors";
import { useLoad } from "../../components/useLoad";
import { NETWORK_SEGMENT_IDS, NETWORK_SEGMENTS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";

interface Props {
  backend: Backend;
  canEdit: boolean;
}

const EMPTY: SystemInput = {
  id: null,
  name: "",
  departmentId: null,
  segment: "lgwan",
  holdsPersonalInfo: false,
  holdsMyNumber: false,
  myNumberAffairs: false,
  infoProvisionNetwork: false,
  contractor: "",
};

const SEGMENT_TONE: Record<NetworkSegment, BadgeTone> = {
  myNumber: "danger",
  lgwan: "info",
  internet: "warning",
};

export function SegmentBadge({ segment }: { segment: NetworkSegment }) {
  const t = useT();
  return (
    <Badge tone={SEGMENT_TONE[segment]} testId="segment-badge">
      {t(NETWORK_SEGMENT_IDS[segment])}
    </Badge>
  );
}

export function Systems({ backend, canEdit }: Props) {
  const t = useT();
  const titleId = useId();
  const formTitleId = useId();
  const load = useCallback(() => Promise.all([backend.listSystems(), backend.listDepartments()]), [backend]);
  const loaded = useLoad(load);
  const [form, setForm] = useState<SystemInput | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors();
  const formRoot = useRef<HTMLDivElement>(null);
  const requestFocus = useFocusRequest(formRoot);

  const labels = {
    name: t("ui-system-name"),
    departmentId: t("ui-system-dept"),
    segment: t("ui-system-segment"),
    holdsPersonalInfo: t("ui-system-personal"),
    holdsMyNumber: t("ui-system-mynumber"),
    myNumberAffairs: t("ui-system-mynumber-affairs"),
    infoProvisionNetwork: t("ui-system-provision-network"),
    contractor: t("ui-system-contractor"),
  };

  function open(input: SystemInput) {
    errors.clear();
    setStatus(null);
    setForm(input);
    requestFocus("name");
  }

  /** Keeps the My Number flags consistent as the backend requires. */
  function setFlag(key: "holdsPersonalInfo" | "holdsMyNumber" | "myNumberAffairs" | "infoProvisionNetwork", value: boolean) {
    if (!form) return;
    const next = { ...form, [key]: value };
    if ((key === "myNumberAffairs" || key === "infoProvisionNetwork") && value) next.holdsMyNumber = true;
    if (key === "holdsMyNumber" && !value) {
      next.myNumberAffairs = false;
      next.infoProvisionNetwork = false;
    }
    if (next.holdsMyNumber) next.holdsPersonalInfo = true;
    setForm(next);
  }

  async function save() {
    if (!form) return;
    errors.clear();
    if (!form.name.trim()) {
      errors.setFieldErrors({ name: t("ui-form-required-message", { field: labels.name }) });
      requestFocus("name");
      return;
    }
    setSaving(true);
    try {
      const systems = await backend.saveSystem({ ...form, name: form.name.trim(), contractor: form.contractor.trim() });
      loaded.setData([systems, loaded.data?.[1] ?? []]);
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
      <div data-testid="systems" className="space-y-8">
        <PageTitle id={titleId} title={t("ui-nav-systems")} />
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  const [systems, departments] = loaded.data;

  return (
    <div data-testid="systems" className="space-y-8">
      <PageTitle id={titleId} title={t("ui-nav-systems")} intro={t("ui-system-intro")}>
        {canEdit && form === null && (
          <Button data-testid="system-add" onClick={() => open(EMPTY)}>
            {t("ui-system-add")}
          </Button>
        )}
      </PageTitle>
      <StatusLine message={status} testId="system-status" />

      {form && (
        <div ref={formRoot}>
          <Panel title={form.id ? t("ui-system-edit-title") : t("ui-system-add-title")} titleId={formTitleId} testId="system-form">
            <form
              noValidate
              className="space-y-6"
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              {errors.generalError && <ErrorAlert error={errors.generalError} />}
              <TextField
                label={labels.name}
                field="name"
                data-testid="system-name"
                required
                value={form.name}
                onValue={(name) => setForm({ ...form, name })}
                hint={t("ui-system-name-hint")}
                error={errors.fieldErrors.name}
              />
              <div className="grid gap-6 md:grid-cols-2">
                <SelectField
                  label={labels.departmentId}
                  field="departmentId"
                  data-testid="system-dept"
                  value={form.departmentId ?? ""}
                  onValue={(v) => setForm({ ...form, departmentId: v || null })}
                  options={[
                    { value: "", label: t("ui-form-none") },
                    ...departments.map((d) => ({ value: d.id, label: d.name })),
                  ]}
                  error={errors.fieldErrors.departmentId}
                />
                <SelectField
                  label={labels.segment}
                  field="segment"
                  data-testid="system-segment"
                  required
                  value={form.segment}
                  onValue={(v) => setForm({ ...form, segment: v as NetworkSegment })}
                  options={NETWORK_SEGMENTS.map((s) => ({ value: s, label: t(NETWORK_SEGMENT_IDS[s]) }))}
                  hint={t("ui-system-segment-hint")}
                  error={errors.fieldErrors.segment}
                />
              </div>
              <fieldset>
                <legend className="text-std-16B-170 text-solid-gray-900">{t("ui-system-info-legend")}</legend>
                <div className="mt-2 space-y-3">
                  <Checkbox
                    label={labels.holdsPersonalInfo}
                    field="holdsPersonalInfo"
                    data-testid="system-personal"
                    checked={form.holdsPersonalInfo}
                    disabled={form.holdsMyNumber}
                    onChecked={(v) => setFlag("holdsPersonalInfo", v)}
                  />
                  <Checkbox
                    label={labels.holdsMyNumber}
                    field="holdsMyNumber"
                    data-testid="system-mynumber"
                    checked={form.holdsMyNumber}
                    onChecked={(v) => setFlag("holdsMyNumber", v)}
                    hint={t("ui-system-mynumber-hint")}
                  />
                  <Checkbox
                    label={labels.myNumberAffairs}
                    field="myNumberAffairs"
                    data-testid="system-mynumber-affairs"
                    checked={form.myNumberAffairs}
                    onChecked={(v) => setFlag("myNumberAffairs", v)}
                  />
                  <Checkbox
                    label={labels.infoProvisionNetwork}
                    field="infoProvisionNetwork"
                    data-testid="system-provision-network"
                    checked={form.infoProvisionNetwork}
                    onChecked={(v) => setFlag("infoProvisionNetwork", v)}
                  />
                </div>
                <FieldError
                  id={`${formTitleId}-flags`}
                  message={
                    errors.fieldErrors.holdsMyNumber ??
                    errors.fieldErrors.holdsPersonalInfo ??
                    errors.fieldErrors.myNumberAffairs ??
                    errors.fieldErrors.infoProvisionNetwork
                  }
                />
              </fieldset>
              <TextField
                label={labels.contractor}
                field="contractor"
                data-testid="system-contractor"
                value={form.contractor}
                onValue={(contractor) => setForm({ ...form, contractor })}
                hint={t("ui-system-contractor-hint")}
                error={errors.fieldErrors.contractor}
              />
              <div className="flex flex-wrap gap-4">
                <Button type="submit" data-testid="system-save" disabled={saving} aria-busy={saving}>
                  {t("ui-save")}
                </Button>
                <Button variant="secondary" data-testid="system-cancel" disabled={saving} onClick={() => setForm(null)}>
                  {t("ui-cancel")}
                </Button>
              </div>
            </form>
          </Panel>
        </div>
      )}

      {systems.length === 0 ? (
        <p className="rounded-8 border border-dashed border-solid-gray-420 px-6 py-10 text-center text-std-16N-170 text-solid-gray-700">
          {t("ui-system-empty")}
        </p>
      ) : (
        <Table caption={t("ui-system-caption", { count: systems.length })}>
          <thead className={THEAD}>
            <tr>
              <Th>{labels.name}</Th>
              <Th>{labels.departmentId}</Th>
              <Th>{labels.segment}</Th>
              <Th>{t("ui-system-col-info")}</Th>
              <Th>{labels.contractor}</Th>
              {canEdit && <Th><span className="sr-only">{t("ui-actions")}</span></Th>}
            </tr>
          </thead>
          <tbody>
            {systems.map((s) => (
              <tr key={s.id} data-testid="system-row" className={TROW}>
                <Td data-testid="system-row-name">{s.name}</Td>
                <Td>{s.departmentName ?? t("ui-not-set")}</Td>
                <Td className="whitespace-nowrap">
                  <SegmentBadge segment={s.segment} />
                </Td>
                <Td>
                  <InfoBadges system={s} />
                </Td>
                <Td>{s.contractor || t("ui-none-dash")}</Td>
                {canEdit && (
                  <Td className="text-right">
                    <LinkButton testId="system-edit" label={t("ui-edit-named", { name: s.name })} onClick={() => open(toInput(s))}>
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

function InfoBadges({ system: s }: { system: SystemDto }) {
  const t = useT();
  const any = s.holdsPersonalInfo || s.holdsMyNumber || s.myNumberAffairs || s.infoProvisionNetwork;
  if (!any) return <span className="text-solid-gray-700">{t("ui-none-dash")}</span>;
  return (
    <div className="flex flex-wrap gap-1.5">
      {s.holdsMyNumber ? (
        <Badge tone="danger" testId="badge-mynumber">{t("ui-system-badge-mynumber")}</Badge>
      ) : (
        s.holdsPersonalInfo && <Badge tone="warning" testId="badge-personal">{t("ui-system-badge-personal")}</Badge>
      )}
      {s.myNumberAffairs && <Badge tone="danger" testId="badge-mynumber-affairs">{t("ui-system-badge-mynumber-affairs")}</Badge>}
      {s.infoProvisionNetwork && <Badge tone="danger" testId="badge-provision-network">{t("ui-system-badge-provision-network")}</Badge>}
    </div>
  );
}

function toInput(s: SystemDto): SystemInput {
  return {
    id: s.id,
    name: s.name,
    departmentId: s.departmentId,
    segment: s.segment,
    holdsPersonalInfo: s.holdsPersonalInfo,
    holdsMyNumber: s.holdsMyNumber,
    myNumberAffairs: s.myNumberAffairs,
    infoProvisionNetwork: s.infoProvisionNetwork,
    contractor: s.contractor,
  };
}

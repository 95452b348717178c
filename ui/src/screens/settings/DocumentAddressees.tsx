// 文書の宛先: whom the documents to outside bodies are addressed to — the 個人情報保護委員会, 総務省,
// the 都道府県 office and the police (regulatory.md §1, §6). The organization's 様/殿 is added to
// each. An emptied line goes back to its default.
//
// data-testid: document-addressees, addressee-<ppc|soumu|prefecture|police>, addressees-save,
// addressees-status

import { useCallback, useId, useState } from "react";
import type { Backend } from "../../backend";
import type { AddresseesDto } from "../../bindings/AddresseesDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextField } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { useFormErrors } from "../../components/useFormErrors";
import { useLoad } from "../../components/useLoad";
import { useT } from "../../l10n/useT";

interface Props {
  backend: Backend;
  canEdit: boolean;
}

export function DocumentAddressees({ backend, canEdit }: Props) {
  const load = useCallback(() => backend.documentAddressees(), [backend]);
  const loaded = useLoad(load);
  if (!loaded.data) return loaded.error ? <LoadState error={loaded.error} onRetry={loaded.reload} /> : null;
  return <AddresseesForm backend={backend} canEdit={canEdit} initial={loaded.data} />;
}

function AddresseesForm({ backend, canEdit, initial }: Props & { initial: AddresseesDto }) {
  const t = useT();
  const titleId = useId();
  const errors = useFormErrors();
  const [value, setValue] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const labels: Record<keyof AddresseesDto, string> = {
    ppc: t("ui-addressee-ppc"),
    soumu: t("ui-addressee-soumu"),
    prefecture: t("ui-addressee-prefecture"),
    police: t("ui-addressee-police"),
  };

  function save() {
    errors.clear();
    setStatus(null);
    setBusy(true);
    backend
      .saveDocumentAddressees(value)
      .then((saved) => {
        setValue(saved);
        setStatus(t("ui-saved"));
      })
      .catch((err: unknown) => errors.showError(err, labels))
      .finally(() => setBusy(false));
  }

  const field = (key: keyof AddresseesDto) => (
    <TextField
      label={labels[key]}
      field={key}
      data-testid={`addressee-${key}`}
      value={value[key]}
      onValue={(v) => setValue((x) => ({ ...x, [key]: v }))}
      error={errors.fieldErrors[key]}
    />
  );

  return (
    <section aria-labelledby={titleId} data-testid="document-addressees" className="mt-12 space-y-4">
      <h2 id={titleId} className="text-std-24B-150 text-solid-gray-900">
        {t("ui-addressees-title")}
      </h2>
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-addressees-intro")}</p>
      <form
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {errors.generalError && <ErrorAlert error={errors.generalError} />}
        <fieldset disabled={!canEdit} className="space-y-4">
          {field("ppc")}
          {field("soumu")}
          {field("prefecture")}
          {field("police")}
        </fieldset>
        {canEdit && (
          <Button type="submit" data-testid="addressees-save" disabled={busy} aria-busy={busy}>
            {t("ui-addressees-save")}
          </Button>
        )}
        {status && (
          <p data-testid="addressees-status" role="status" className="text-std-16N-170 text-success-2">
            {status}
          </p>
        )}
      </form>
    </section>
  );
}

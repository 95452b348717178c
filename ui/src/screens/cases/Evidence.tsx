// 証拠 (004 第70条4(3), 000 §6.5(3)): items of evidence with where they came from, who collected
// them and when, where they are kept and who holds them now; attached files with their full
// SHA-256; the chain of custody; and a re-check that re-hashes every stored file.
//
// data-testid:
//   case-evidence                 the section; evidence-add opens evidence-form
//   evidence-form                 evidence-description, evidence-source, evidence-source-detail,
//                                 evidence-collected-by, evidence-collected-at, evidence-storage-place,
//                                 evidence-save, evidence-cancel
//   evidence-empty                no evidence yet
//   evidence-<id>                 one item; evidence-holder-<id> its current holder
//   evidence-file-<fileId>        one file: evidence-file-name-<fileId>, evidence-file-size-<fileId>,
//                                 evidence-file-sha-<fileId> (the full SHA-256, monospace, selectable)
//   evidence-attach-input-<id>    the <input type="file">; evidence-attach-<id> sends it
//   custody-<custodyId>           one transfer of the custody history (custody-list-<id>)
//   custody-open-<id>             opens custody-form: custody-from, custody-to, custody-at,
//                                 custody-purpose, custody-save, custody-cancel
//   evidence-recheck              the 再確認 button
//   recheck-result                the result (data-ok): "n件すべて一致" or the mismatches
//   recheck-mismatch-<fileId>     one mismatch: file name, expected, actual (or missing)

import { useId, useRef, useState } from "react";
import type { ReactNode } from "react";
import { toApiError } from "../../backend";
import type { ApiError } from "../../bindings/ApiError";
import type { EvidenceCheckDto } from "../../bindings/EvidenceCheckDto";
import type { EvidenceDto } from "../../bindings/EvidenceDto";
import type { EvidenceInput } from "../../bindings/EvidenceInput";
import type { EvidenceSource } from "../../bindings/EvidenceSource";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { FieldShell, SelectField, TextAreaField, TextField } from "../../components/Form";
import { Panel } from "../../components/Page";
import { EVIDENCE_SOURCE_IDS, EVIDENCE_SOURCES } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { Block, FileSize, nowLocal, SmallButton, Time, useCaseForm, type SectionProps } from "./shared";

/** The largest file the app accepts (the backend checks it too). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Base64 of `bytes`, encoded in chunks (a multiple of 3 bytes each) to keep strings small. */
export function toBase64(bytes: Uint8Array): string {
  const CHUNK = 3 * 8192;
  let out = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const chunk = bytes.subarray(i, i + CHUNK);
    let binary = "";
    for (let j = 0; j < chunk.length; j++) binary += String.fromCharCode(chunk[j]!);
    out += btoa(binary);
  }
  return out;
}

/** The file's bytes (File.arrayBuffer where there is one, else a FileReader). */
async function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export function Evidence(props: SectionProps) {
  const { backend, detail, editable, userName } = props;
  const t = useT();
  const titleId = useId();
  const [adding, setAdding] = useState(false);
  const [check, setCheck] = useState<EvidenceCheckDto | null>(null);
  const [checkError, setCheckError] = useState<ApiError | null>(null);
  const [checking, setChecking] = useState(false);
  const fileCount = detail.evidence.reduce((n, e) => n + e.files.length, 0);

  async function recheck() {
    setChecking(true);
    setCheckError(null);
    try {
      setCheck(await backend.recheckEvidence(detail.summary.id));
      // The re-check writes a timeline line: fetch the case again.
      props.onChange(await backend.getCase(detail.summary.id));
    } catch (e) {
      setCheckError(toApiError(e));
    } finally {
      setChecking(false);
    }
  }

  return (
    <div data-testid="case-evidence" className="space-y-8">
      <Block
        title={t("ui-case-evidence-title")}
        titleId={titleId}
        actions={
          <>
            {props.detail.permissions.handle && fileCount > 0 && (
              <Button variant="secondary" data-testid="evidence-recheck" disabled={checking} aria-busy={checking} onClick={() => void recheck()}>
                {t("ui-case-evidence-recheck")}
              </Button>
            )}
            {editable && !adding && (
              <Button data-testid="evidence-add" onClick={() => setAdding(true)}>
                {t("ui-case-evidence-add")}
              </Button>
            )}
          </>
        }
      >
        <p className="text-std-16N-170 text-solid-gray-800">{t("ui-case-evidence-intro")}</p>
      </Block>

      {checkError && <ErrorAlert error={checkError} />}
      {check && <RecheckResult check={check} />}

      {adding && <EvidenceForm {...props} userName={userName} onClose={() => setAdding(false)} />}

      {detail.evidence.length === 0 ? (
        <p data-testid="evidence-empty" className="rounded-8 border border-dashed border-solid-gray-420 px-6 py-8 text-center text-std-16N-170 text-solid-gray-700">
          {t("ui-case-evidence-empty")}
        </p>
      ) : (
        <ul className="space-y-6">
          {detail.evidence.map((e) => (
            <EvidenceItem key={e.id} {...props} evidence={e} />
          ))}
        </ul>
      )}
    </div>
  );
}

function RecheckResult({ check }: { check: EvidenceCheckDto }) {
  const t = useT();
  const ok = check.mismatches.length === 0;
  return (
    <div
      data-testid="recheck-result"
      data-ok={ok}
      role={ok ? "status" : "alert"}
      className={"rounded-8 border-2 px-6 py-4 " + (ok ? "border-green-900 bg-green-50" : "border-error-1 bg-red-50")}
    >
      <p className={"text-std-20B-150 " + (ok ? "text-green-1100" : "text-error-2")}>
        {ok ? t("ui-case-recheck-ok", { count: check.checked }) : t("ui-case-recheck-failed", { count: check.checked, bad: check.mismatches.length })}
      </p>
      <p className="mt-1 text-dns-14N-130 text-solid-gray-800">
        {t("ui-case-recheck-at")} <Time at={check.checkedAt} />
      </p>
      {!ok && (
        <ul className="mt-3 space-y-3">
          {check.mismatches.map((m) => (
            <li key={m.fileId} data-testid={`recheck-mismatch-${m.fileId}`} className="rounded-6 border border-error-1 bg-white px-4 py-3">
              <p className="text-std-16B-170 text-solid-gray-900">{m.fileName}</p>
              <dl className="mt-1 space-y-1 text-dns-14N-130">
                <div>
                  <dt className="text-solid-gray-700">{t("ui-case-recheck-expected")}</dt>
                  <dd className="break-all font-mono select-all">{m.expected}</dd>
                </div>
                <div>
                  <dt className="text-solid-gray-700">{t("ui-case-recheck-actual")}</dt>
                  <dd className="break-all font-mono font-bold text-error-1 select-all">{m.actual ?? t("ui-case-recheck-missing")}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function EvidenceForm({ backend, detail, onChange, onStatus, userName, onClose }: SectionProps & { onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [value, setValue] = useState<EvidenceInput>(() => ({
    caseId: detail.summary.id,
    description: "",
    source: "device",
    sourceDetail: "",
    collectedBy: userName,
    collectedAt: nowLocal(),
    storagePlace: "",
  }));
  const labels = {
    description: t("ui-case-evidence-description"),
    source: t("ui-case-evidence-source"),
    sourceDetail: t("ui-case-evidence-source-detail"),
    collectedBy: t("ui-case-evidence-collected-by"),
    collectedAt: t("ui-case-evidence-collected-at"),
    storagePlace: t("ui-case-evidence-storage-place"),
  };
  const set = (patch: Partial<EvidenceInput>) => setValue({ ...value, ...patch });
  return (
    <div ref={form.root}>
      <Panel title={t("ui-case-evidence-add-title")} titleId={titleId} testId="evidence-form">
        <form
          noValidate
          className="space-y-6"
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit(() => backend.addEvidence(value), labels, (next) => {
              onChange(next);
              onStatus(t("ui-saved"));
              onClose();
            });
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <TextAreaField
            label={labels.description}
            field="description"
            data-testid="evidence-description"
            required
            rows={2}
            value={value.description}
            onValue={(description) => set({ description })}
            hint={t("ui-case-evidence-description-hint")}
            error={form.errors.fieldErrors.description}
            autoFocus
          />
          <div className="grid gap-6 md:grid-cols-2">
            <SelectField
              label={labels.source}
              field="source"
              data-testid="evidence-source"
              required
              value={value.source}
              onValue={(v) => set({ source: v as EvidenceSource })}
              options={EVIDENCE_SOURCES.map((s) => ({ value: s, label: t(EVIDENCE_SOURCE_IDS[s]) }))}
              error={form.errors.fieldErrors.source}
            />
            <TextField
              label={labels.sourceDetail}
              field="sourceDetail"
              data-testid="evidence-source-detail"
              value={value.sourceDetail}
              onValue={(sourceDetail) => set({ sourceDetail })}
              hint={t("ui-case-evidence-source-detail-hint")}
              error={form.errors.fieldErrors.sourceDetail}
            />
            <TextField
              label={labels.collectedBy}
              field="collectedBy"
              data-testid="evidence-collected-by"
              required
              value={value.collectedBy}
              onValue={(collectedBy) => set({ collectedBy })}
              error={form.errors.fieldErrors.collectedBy}
            />
            <TextField
              label={labels.collectedAt}
              field="collectedAt"
              type="datetime-local"
              data-testid="evidence-collected-at"
              required
              value={value.collectedAt}
              onValue={(collectedAt) => set({ collectedAt })}
              error={form.errors.fieldErrors.collectedAt}
            />
          </div>
          <TextField
            label={labels.storagePlace}
            field="storagePlace"
            data-testid="evidence-storage-place"
            required
            value={value.storagePlace}
            onValue={(storagePlace) => set({ storagePlace })}
            hint={t("ui-case-evidence-storage-place-hint")}
            error={form.errors.fieldErrors.storagePlace}
          />
          <div className="flex flex-wrap gap-4">
            <Button type="submit" data-testid="evidence-save" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-save")}
            </Button>
            <Button variant="secondary" data-testid="evidence-cancel" disabled={form.busy} onClick={onClose}>
              {t("ui-cancel")}
            </Button>
          </div>
        </form>
      </Panel>
    </div>
  );
}

function EvidenceItem(props: SectionProps & { evidence: EvidenceDto }) {
  const { evidence: e, editable } = props;
  const t = useT();
  const titleId = useId();
  const [transferring, setTransferring] = useState(false);
  return (
    <li data-testid={`evidence-${e.id}`} className="rounded-8 border border-solid-gray-420 p-4 sm:p-6">
      <article aria-labelledby={titleId} className="space-y-4">
        <h4 id={titleId} className="text-std-17B-170 text-solid-gray-900">
          {e.description}
        </h4>
        <dl className="grid gap-x-6 gap-y-2 text-dns-16N-130 sm:grid-cols-2">
          <Item label={t("ui-case-evidence-source")}>
            {t(EVIDENCE_SOURCE_IDS[e.source])}
            {e.sourceDetail && `（${e.sourceDetail}）`}
          </Item>
          <Item label={t("ui-case-evidence-collected")}>
            {e.collectedBy}・<Time at={e.collectedAt} />
          </Item>
          <Item label={t("ui-case-evidence-storage-place")}>{e.storagePlace}</Item>
          <Item label={t("ui-case-evidence-holder")}>
            <span data-testid={`evidence-holder-${e.id}`} className="font-bold">
              {e.currentHolder}
            </span>
          </Item>
          <Item label={t("ui-case-evidence-recorded-by")}>{e.recordedBy}</Item>
        </dl>

        <section aria-label={t("ui-case-evidence-files")}>
          <h5 className="text-std-16B-170 text-solid-gray-900">{t("ui-case-evidence-files")}</h5>
          {e.files.length === 0 ? (
            <p className="mt-1 text-dns-14N-130 text-solid-gray-700">{t("ui-case-evidence-no-files")}</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {e.files.map((f) => (
                <li key={f.id} data-testid={`evidence-file-${f.id}`} className="rounded-6 border border-solid-gray-200 bg-solid-gray-50 px-3 py-2">
                  <p className="text-dns-16B-130 text-solid-gray-900">
                    <span data-testid={`evidence-file-name-${f.id}`}>{f.fileName}</span>
                    <span data-testid={`evidence-file-size-${f.id}`} className="ml-3 text-dns-14N-130 text-solid-gray-700">
                      <FileSize bytes={f.size} />
                    </span>
                  </p>
                  <p className="mt-1 text-dns-14N-130 text-solid-gray-700">
                    SHA-256{" "}
                    <code data-testid={`evidence-file-sha-${f.id}`} className="break-all font-mono text-solid-gray-900 select-all">
                      {f.sha256}
                    </code>
                  </p>
                  <p className="text-dns-14N-130 text-solid-gray-700">
                    {t("ui-case-evidence-file-added", { name: f.addedBy })} <Time at={f.addedAt} />
                  </p>
                </li>
              ))}
            </ul>
          )}
          {editable && <AttachFile {...props} />}
        </section>

        <section aria-label={t("ui-case-custody-title")}>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h5 className="text-std-16B-170 text-solid-gray-900">{t("ui-case-custody-title")}</h5>
            {editable && !transferring && (
              <SmallButton testId={`custody-open-${e.id}`} label={t("ui-case-custody-open-named", { name: e.description })} onClick={() => setTransferring(true)}>
                {t("ui-case-custody-open")}
              </SmallButton>
            )}
          </div>
          {e.custody.length === 0 ? (
            <p className="mt-1 text-dns-14N-130 text-solid-gray-700">{t("ui-case-custody-none", { name: e.collectedBy })}</p>
          ) : (
            <ol data-testid={`custody-list-${e.id}`} className="mt-2 space-y-2">
              {e.custody.map((c) => (
                <li key={c.id} data-testid={`custody-${c.id}`} className="text-dns-16N-130 text-solid-gray-900">
                  <Time at={c.at} /> {t("ui-case-custody-line", { from: c.from, to: c.to, purpose: c.purpose })}
                  <span className="ml-2 text-dns-14N-130 text-solid-gray-700">{t("ui-case-recorded-by", { name: c.recordedBy })}</span>
                </li>
              ))}
            </ol>
          )}
          {transferring && <CustodyForm {...props} onClose={() => setTransferring(false)} />}
        </section>
      </article>
    </li>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-dns-14N-130 text-solid-gray-700">{label}</dt>
      <dd className="text-solid-gray-900">{children}</dd>
    </div>
  );
}

function AttachFile({ backend, detail, onChange, onStatus, evidence }: SectionProps & { evidence: EvidenceDto }) {
  const t = useT();
  const form = useCaseForm();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const labels = { file: t("ui-case-evidence-file"), fileName: t("ui-case-evidence-file") };

  async function attach() {
    if (!file) {
      form.fieldError("file", t("ui-case-evidence-file-choose"));
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      form.fieldError("file", t("ui-case-evidence-file-too-large", { maxMb: 50 }));
      return;
    }
    let contentBase64: string;
    try {
      contentBase64 = toBase64(await readBytes(file));
    } catch {
      form.fieldError("file", t("ui-case-evidence-file-unreadable"));
      return;
    }
    await form.submit(
      () => backend.attachEvidenceFile({ caseId: detail.summary.id, evidenceId: evidence.id, fileName: file.name, contentBase64 }),
      labels,
      (next) => {
        onChange(next);
        onStatus(t("ui-case-evidence-file-attached", { name: file.name }));
        setFile(null);
        if (input.current) input.current.value = "";
      },
    );
  }

  return (
    <div ref={form.root} className="mt-3">
      <form
        noValidate
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void attach();
        }}
      >
        {form.errors.generalError && (
          <div className="w-full">
            <ErrorAlert error={form.errors.generalError} />
          </div>
        )}
        <FieldShell
          label={t("ui-case-evidence-file")}
          hint={t("ui-case-evidence-file-hint")}
          error={form.errors.fieldErrors.file ?? form.errors.fieldErrors.fileName}
          className="min-w-0 flex-1"
        >
          {({ id, describedBy }) => (
            // The native control would speak the webview's language ("Choose File"): it stays
            // focusable but hidden, and a Japanese button-like label opens it.
            <div className="flex flex-wrap items-center gap-3">
              <input
                id={id}
                ref={input}
                type="file"
                data-field="file"
                data-testid={`evidence-attach-input-${evidence.id}`}
                aria-describedby={describedBy}
                aria-invalid={form.errors.fieldErrors.file ? true : undefined}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                className="peer sr-only"
              />
              <label
                htmlFor={id}
                aria-hidden="true"
                className="cursor-pointer rounded-6 border border-blue-900 bg-white px-3 py-1.5 text-oln-16B-100 text-blue-900 hover:bg-blue-50 peer-focus-visible:outline peer-focus-visible:outline-4 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-black"
              >
                {t("ui-case-evidence-file-pick")}
              </label>
              <span data-testid={`evidence-attach-chosen-${evidence.id}`} className="min-w-0 break-all text-std-16N-170 text-solid-gray-800">
                {file ? file.name : t("ui-case-evidence-file-none")}
              </span>
            </div>
          )}
        </FieldShell>
        <SmallButton type="submit" tone="primary" testId={`evidence-attach-${evidence.id}`} disabled={form.busy}>
          {form.busy ? t("ui-case-evidence-attaching") : t("ui-case-evidence-attach")}
        </SmallButton>
      </form>
    </div>
  );
}

function CustodyForm({ backend, detail, onChange, onStatus, evidence, onClose }: SectionProps & { evidence: EvidenceDto; onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [from, setFrom] = useState(evidence.currentHolder);
  const [to, setTo] = useState("");
  const [at, setAt] = useState(() => nowLocal());
  const [purpose, setPurpose] = useState("");
  const labels = {
    from: t("ui-case-custody-from"),
    to: t("ui-case-custody-to"),
    at: t("ui-case-custody-at"),
    purpose: t("ui-case-custody-purpose"),
  };
  return (
    <div ref={form.root} className="mt-4">
      <Panel title={t("ui-case-custody-form-title")} titleId={titleId} testId="custody-form">
        <form
          noValidate
          className="space-y-6"
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit(
              () => backend.transferCustody({ caseId: detail.summary.id, evidenceId: evidence.id, from, to, at, purpose }),
              labels,
              (next) => {
                onChange(next);
                onStatus(t("ui-saved"));
                onClose();
              },
            );
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <div className="grid gap-6 md:grid-cols-2">
            <TextField label={labels.from} field="from" data-testid="custody-from" required value={from} onValue={setFrom} error={form.errors.fieldErrors.from} />
            <TextField label={labels.to} field="to" data-testid="custody-to" required value={to} onValue={setTo} error={form.errors.fieldErrors.to} autoFocus />
            <TextField
              label={labels.at}
              field="at"
              type="datetime-local"
              data-testid="custody-at"
              required
              value={at}
              onValue={setAt}
              error={form.errors.fieldErrors.at}
            />
            <TextField
              label={labels.purpose}
              field="purpose"
              data-testid="custody-purpose"
              required
              value={purpose}
              onValue={setPurpose}
              hint={t("ui-case-custody-purpose-hint")}
              error={form.errors.fieldErrors.purpose}
            />
          </div>
          <div className="flex flex-wrap gap-4">
            <Button type="submit" data-testid="custody-save" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-case-custody-save")}
            </Button>
            <Button variant="secondary" data-testid="custody-cancel" disabled={form.busy} onClick={onClose}>
              {t("ui-cancel")}
            </Button>
          </div>
        </form>
      </Panel>
    </div>
  );
}

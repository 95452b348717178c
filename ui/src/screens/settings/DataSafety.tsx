// データの保全 (issue 9): backups made now (with a progress bar), the backups in the data folder,
// verifying an archive (what its manifest says), how to restore (the CLI, app closed), and the
// offline exchange — this installation's key, the trusted keys, exporting a case bundle, importing
// a case or report bundle. Each part shows for the roles that may use it (role.rs):
// backups MakeBackups (管理者, CSIRT責任者), keys ManageOrganization (管理者), import HandleCases.

import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { ReactNode } from "react";
import type { Backend } from "../../backend";
import type { BackupListDto } from "../../bindings/BackupListDto";
import type { BackupSummaryDto } from "../../bindings/BackupSummaryDto";
import type { ImportResultDto } from "../../bindings/ImportResultDto";
import type { KeyInfoDto } from "../../bindings/KeyInfoDto";
import type { Role } from "../../bindings/Role";
import type { TrustedKeyDto } from "../../bindings/TrustedKeyDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextField, useFocusRequest } from "../../components/Form";
import { Badge, PageTitle, Table, Td, Th, THEAD, TROW } from "../../components/Page";
import { useFormErrors } from "../../components/useFormErrors";
import { formatJst } from "../../format/datetime";
import { useT } from "../../l10n/useT";
import { BundleExport, PathForm, useLongCall } from "./DataSafetyParts";

export const MAKE_BACKUPS: readonly Role[] = ["administrator", "csirtLead"];
export const MANAGE_ORGANIZATION: readonly Role[] = ["administrator"];
export const HANDLE_CASES: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer"];
/** Who sees the page at all. */
export const DATA_SAFETY_ROLES: readonly Role[] = [...new Set([...MAKE_BACKUPS, ...MANAGE_ORGANIZATION, ...HANDLE_CASES])];

interface Props {
  backend: Backend;
  roles: readonly Role[];
}

function has(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return roles.some((r) => allowed.includes(r));
}

/** Bytes as KB / MB for people. */
function useSize(): (bytes: number) => string {
  const t = useT();
  return (bytes) =>
    bytes >= 1024 * 1024
      ? t("ui-safety-size-mb", { size: (bytes / (1024 * 1024)).toFixed(1) })
      : t("ui-safety-size-kb", { size: Math.max(1, Math.round(bytes / 1024)) });
}

export function DataSafety({ backend, roles }: Props) {
  const t = useT();
  const titleId = useId();
  return (
    <div data-testid="data-safety" className="space-y-12">
      <PageTitle id={titleId} title={t("ui-nav-safety")} intro={t("ui-safety-intro")} />
      {has(roles, MAKE_BACKUPS) && <Backups backend={backend} />}
      {has(roles, MANAGE_ORGANIZATION) && <Keys backend={backend} />}
      {has(roles, HANDLE_CASES) && <CaseExport backend={backend} />}
      {has(roles, HANDLE_CASES) && <Import backend={backend} />}
    </div>
  );
}

function Section({ title, intro, testId, children }: { title: string; intro?: string; testId: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} data-testid={testId} className="space-y-5">
      <div>
        <h2 id={id} className="text-std-24B-150 text-solid-gray-900">
          {title}
        </h2>
        {intro && <p className="mt-2 max-w-[50em] text-std-16N-170 text-solid-gray-800">{intro}</p>}
      </div>
      {children}
    </section>
  );
}

function Summary({ summary, testId }: { summary: BackupSummaryDto; testId: string }) {
  const t = useT();
  const size = useSize();
  const rows: [string, string, string][] = [
    [t("ui-safety-summary-created"), formatJst(summary.createdAt), "created"],
    [t("ui-safety-summary-cases"), t("ui-safety-count", { count: summary.cases }), "cases"],
    [t("ui-safety-summary-audit"), t("ui-safety-count", { count: summary.auditEntries }), "audit"],
    [t("ui-safety-summary-evidence"), t("ui-safety-count", { count: summary.evidenceFiles }), "evidence"],
    [t("ui-safety-summary-size"), size(summary.size), "size"],
  ];
  return (
    <dl data-testid={testId} className="grid max-w-[560px] grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-std-16N-170">
      {rows.map(([label, value, key]) => (
        <div key={key} className="contents">
          <dt className="text-solid-gray-700">{label}</dt>
          <dd data-testid={`${testId}-${key}`} className="tabular-nums text-solid-gray-900">
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Backups({ backend }: { backend: Backend }) {
  const t = useT();
  const size = useSize();
  const [list, setList] = useState<BackupListDto | null>(null);
  const [path, setPath] = useState("");
  const [made, setMade] = useState<BackupSummaryDto | null>(null);
  const [verifyPath, setVerifyPath] = useState("");
  const [verified, setVerified] = useState<BackupSummaryDto | null>(null);
  const errors = useFormErrors();
  const verifyErrors = useFormErrors();
  const long = useLongCall(backend);
  const verifying = useLongCall(backend);
  const root = useRef<HTMLElement>(null);
  const requestFocus = useFocusRequest(root);
  const labels = { backupPath: t("ui-safety-backup-path") };

  const reload = useCallback(
    (prefill: boolean) =>
      backend.listBackups().then(
        (l) => {
          setList(l);
          if (prefill) setPath(l.suggestedPath);
        },
        (e: unknown) => errors.showError(e, {}),
      ),
    [backend],
  );
  useEffect(() => {
    void reload(true);
  }, [reload]);

  async function make() {
    errors.clear();
    setMade(null);
    if (!path.trim()) {
      errors.setFieldErrors({ backupPath: t("ui-form-required-message", { field: labels.backupPath }) });
      requestFocus("backupPath");
      return;
    }
    try {
      const summary = await long.run("make_backup", () => backend.makeBackup(path.trim()));
      setMade(summary);
      setVerifyPath(summary.path);
      const l = await backend.listBackups();
      setList(l);
      setPath(l.suggestedPath === summary.path ? path : l.suggestedPath);
    } catch (e) {
      const field = errors.showError(e, labels);
      if (field) requestFocus(field);
    }
  }

  async function verify(target: string) {
    verifyErrors.clear();
    setVerified(null);
    setVerifyPath(target);
    if (!target.trim()) {
      verifyErrors.setFieldErrors({ backupPath: t("ui-form-required-message", { field: labels.backupPath }) });
      return;
    }
    try {
      setVerified(await verifying.run("check_backup", () => backend.checkBackup(target.trim())));
    } catch (e) {
      verifyErrors.showError(e, labels);
    }
  }

  const restoreCommand = list ? t("ui-safety-restore-command", { db: list.database, file: verifyPath || t("ui-safety-restore-file") }) : "";

  return (
    <section ref={root} className="space-y-12">
      <Section title={t("ui-safety-backup-title")} intro={t("ui-safety-backup-intro")} testId="safety-backup">
        <PathForm
          testId="safety-backup"
          className="max-w-[720px] space-y-5 rounded-12 border border-solid-gray-420 bg-white p-6"
          errors={errors}
          field="backupPath"
          label={labels.backupPath}
          value={path}
          onValue={setPath}
          hint={t("ui-safety-backup-path-hint")}
          long={long}
          progressLabel={t("ui-safety-backup-progress")}
          done={
            made && (
              <>
                <p className="text-std-16B-170 text-green-1100">{t("ui-safety-backup-done")}</p>
                <p data-testid="safety-backup-done-path" className="break-all font-mono text-mono-16N-150 text-solid-gray-900">
                  {made.path}
                </p>
                <Summary summary={made} testId="safety-backup-summary" />
              </>
            )
          }
          submitLabel={t("ui-safety-backup-submit")}
          onSubmit={() => void make()}
        />
      </Section>

      <Section title={t("ui-safety-list-title")} intro={list ? t("ui-safety-list-intro", { folder: list.folder }) : undefined} testId="safety-list">
        {list && list.files.length === 0 && (
          <p data-testid="safety-list-empty" className="text-std-16N-170 text-solid-gray-700">
            {t("ui-safety-list-empty")}
          </p>
        )}
        {list && list.files.length > 0 && (
          <Table caption={t("ui-safety-list-caption", { count: list.files.length })} testId="safety-list-table">
            <thead className={THEAD}>
              <tr>
                <Th>{t("ui-safety-col-file")}</Th>
                <Th>{t("ui-safety-col-kind")}</Th>
                <Th>{t("ui-safety-col-size")}</Th>
                <Th>{t("ui-safety-col-date")}</Th>
                <Th>
                  <span className="sr-only">{t("ui-safety-col-actions")}</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {list.files.map((f) => (
                <tr key={f.path} data-testid="safety-list-row" className={TROW}>
                  <Td className="break-all font-mono text-mono-16N-150" data-testid="safety-list-name">
                    {f.fileName}
                  </Td>
                  <Td className="whitespace-nowrap">
                    <Badge tone={f.automatic ? "neutral" : "info"}>{f.automatic ? t("ui-safety-kind-auto") : t("ui-safety-kind-manual")}</Badge>
                  </Td>
                  <Td className="whitespace-nowrap tabular-nums" data-testid="safety-list-size">
                    {size(f.size)}
                  </Td>
                  <Td className="whitespace-nowrap tabular-nums">
                    <time dateTime={f.modifiedAt}>{formatJst(f.modifiedAt)}</time>
                  </Td>
                  <Td>
                    <Button variant="secondary" data-testid="safety-list-verify" disabled={verifying.busy} onClick={() => void verify(f.path)}>
                      {t("ui-safety-verify-submit")}
                    </Button>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>

      <Section title={t("ui-safety-verify-title")} intro={t("ui-safety-verify-intro")} testId="safety-verify">
        <PathForm
          testId="safety-verify"
          className="max-w-[720px] space-y-5 rounded-12 border border-solid-gray-420 bg-white p-6"
          errors={verifyErrors}
          field="backupPath"
          label={labels.backupPath}
          value={verifyPath}
          onValue={setVerifyPath}
          long={verifying}
          progressLabel={t("ui-safety-verify-progress")}
          done={
            verified && (
              <>
                <p className="text-std-16B-170 text-green-1100">{t("ui-safety-verify-done")}</p>
                <Summary summary={verified} testId="safety-verify-summary" />
              </>
            )
          }
          submitLabel={t("ui-safety-verify-submit")}
          onSubmit={() => void verify(verifyPath)}
        />
        <div data-testid="safety-restore" className="max-w-[720px] space-y-2 rounded-8 border border-l-8 border-yellow-700 bg-yellow-50 px-6 py-4">
          <p className="text-std-16B-170 text-solid-gray-900">{t("ui-safety-restore-title")}</p>
          <p className="text-std-16N-170 text-solid-gray-800">{t("ui-safety-restore-intro")}</p>
          <pre data-testid="safety-restore-command" className="overflow-x-auto whitespace-pre-wrap break-all rounded-6 bg-white p-3 font-mono text-mono-16N-150 text-solid-gray-900">
            {restoreCommand}
          </pre>
        </div>
      </Section>
    </section>
  );
}

function Keys({ backend }: { backend: Backend }) {
  const t = useT();
  const [key, setKey] = useState<KeyInfoDto | null>(null);
  const [keys, setKeys] = useState<TrustedKeyDto[] | null>(null);
  const [name, setName] = useState("");
  const [publicKey, setPublicKey] = useState("");
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<TrustedKeyDto | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const errors = useFormErrors();
  const loadErrors = useFormErrors();
  const root = useRef<HTMLFormElement>(null);
  const requestFocus = useFocusRequest(root);
  const labels = { keyName: t("ui-safety-key-name"), publicKey: t("ui-safety-public-key") };

  useEffect(() => {
    Promise.all([backend.installationKey(), backend.listTrustedKeys()]).then(
      ([k, list]) => {
        setKey(k);
        setKeys(list);
      },
      (e: unknown) => loadErrors.showError(e, {}),
    );
    // Loaded once per page.
  }, [backend]);

  async function add() {
    errors.clear();
    setAdded(null);
    const found: Record<string, string> = {};
    if (!name.trim()) found.keyName = t("ui-form-required-message", { field: labels.keyName });
    if (!publicKey.trim()) found.publicKey = t("ui-form-required-message", { field: labels.publicKey });
    const first = Object.keys(found)[0];
    if (first) {
      errors.setFieldErrors(found);
      requestFocus(first);
      return;
    }
    setBusy(true);
    try {
      const row = await backend.trustKey(name, publicKey);
      setKeys(await backend.listTrustedKeys());
      setAdded(row);
      setName("");
      setPublicKey("");
    } catch (e) {
      const field = errors.showError(e, labels);
      if (field) requestFocus(field);
    } finally {
      setBusy(false);
    }
  }

  async function revoke(fingerprint: string) {
    setBusy(true);
    try {
      await backend.revokeKey(fingerprint);
      setKeys(await backend.listTrustedKeys());
      setRevoking(null);
    } catch (e) {
      loadErrors.showError(e, {});
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t("ui-safety-keys-title")} intro={t("ui-safety-keys-intro")} testId="safety-keys">
      {loadErrors.generalError && <ErrorAlert error={loadErrors.generalError} />}
      {key && (
        <dl data-testid="safety-own-key" className="max-w-[720px] space-y-2 rounded-12 border border-solid-gray-420 bg-white p-6">
          <dt className="text-std-16B-170 text-solid-gray-900">{t("ui-safety-own-fingerprint")}</dt>
          <dd data-testid="safety-own-fingerprint" className="font-mono text-std-20B-150 tracking-wider text-solid-gray-900">
            {key.fingerprint}
          </dd>
          <dt className="pt-2 text-std-16B-170 text-solid-gray-900">{t("ui-safety-own-public-key")}</dt>
          <dd data-testid="safety-own-public-key" className="select-all break-all font-mono text-mono-16N-150 text-solid-gray-900">
            {key.publicKey}
          </dd>
          <dd className="pt-1 text-std-16N-170 text-solid-gray-700">{t("ui-safety-own-key-hint")}</dd>
        </dl>
      )}
      {keys && keys.length === 0 && (
        <p data-testid="safety-keys-empty" className="text-std-16N-170 text-solid-gray-700">
          {t("ui-safety-keys-empty")}
        </p>
      )}
      {keys && keys.length > 0 && (
        <Table caption={t("ui-safety-keys-caption", { count: keys.length })} testId="safety-keys-table">
          <thead className={THEAD}>
            <tr>
              <Th>{t("ui-safety-key-name")}</Th>
              <Th>{t("ui-safety-col-fingerprint")}</Th>
              <Th>{t("ui-safety-col-added")}</Th>
              <Th>{t("ui-safety-col-state")}</Th>
              <Th>
                <span className="sr-only">{t("ui-safety-col-actions")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.fingerprint} data-testid="safety-key-row" className={TROW}>
                <Td data-testid="safety-key-name">{k.name}</Td>
                <Td className="whitespace-nowrap font-mono" data-testid="safety-key-fingerprint">
                  {k.fingerprint}
                </Td>
                <Td className="whitespace-nowrap tabular-nums">
                  <time dateTime={k.addedAt}>{formatJst(k.addedAt)}</time>
                </Td>
                <Td className="whitespace-nowrap" data-testid="safety-key-state">
                  {k.revokedAt ? (
                    <Badge tone="danger">{t("ui-safety-key-revoked", { at: formatJst(k.revokedAt) })}</Badge>
                  ) : (
                    <Badge tone="success">{t("ui-safety-key-valid")}</Badge>
                  )}
                </Td>
                <Td>
                  {!k.revokedAt && revoking !== k.fingerprint && (
                    <Button variant="secondary" data-testid="safety-key-revoke" onClick={() => setRevoking(k.fingerprint)}>
                      {t("ui-safety-key-revoke")}
                    </Button>
                  )}
                  {revoking === k.fingerprint && (
                    <div role="group" aria-label={t("ui-safety-key-revoke-confirm", { name: k.name })} className="space-y-2">
                      <p className="text-std-16N-170 text-solid-gray-900">{t("ui-safety-key-revoke-confirm", { name: k.name })}</p>
                      <div className="flex flex-wrap gap-2">
                        <Button data-testid="safety-key-revoke-confirm" disabled={busy} onClick={() => void revoke(k.fingerprint)}>
                          {t("ui-safety-key-revoke-yes")}
                        </Button>
                        <Button variant="secondary" data-testid="safety-key-revoke-cancel" onClick={() => setRevoking(null)}>
                          {t("ui-safety-key-revoke-no")}
                        </Button>
                      </div>
                    </div>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <form
        ref={root}
        noValidate
        data-testid="safety-key-form"
        className="max-w-[720px] space-y-5 rounded-12 border border-solid-gray-420 bg-white p-6"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <h3 className="text-std-20B-150 text-solid-gray-900">{t("ui-safety-key-add-title")}</h3>
        {errors.generalError && <ErrorAlert error={errors.generalError} />}
        {added && (
          <p role="status" data-testid="safety-key-added" className="text-std-16N-170 text-success-2">
            {t("ui-safety-key-added", { name: added.name, fingerprint: added.fingerprint })}
          </p>
        )}
        <TextField
          label={labels.keyName}
          field="keyName"
          data-testid="safety-key-name-input"
          required
          value={name}
          onValue={setName}
          hint={t("ui-safety-key-name-hint")}
          error={errors.fieldErrors.keyName ?? null}
        />
        <TextField
          label={labels.publicKey}
          field="publicKey"
          data-testid="safety-key-public-input"
          required
          value={publicKey}
          onValue={setPublicKey}
          hint={t("ui-safety-public-key-hint")}
          error={errors.fieldErrors.publicKey ?? null}
          inputClassName="font-mono"
          spellCheck={false}
        />
        <Button type="submit" data-testid="safety-key-submit" disabled={busy} aria-busy={busy}>
          {t("ui-safety-key-submit")}
        </Button>
      </form>
    </Section>
  );
}

function CaseExport({ backend }: { backend: Backend }) {
  const t = useT();
  const [receipt, setReceipt] = useState("");
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <Section title={t("ui-safety-export-title")} intro={t("ui-safety-export-intro")} testId="safety-export">
      <form
        noValidate
        className="flex max-w-[720px] flex-wrap items-end gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          setChosen(receipt.trim() || null);
        }}
      >
        <TextField
          label={t("ui-safety-export-receipt")}
          field="receiptNo"
          data-testid="safety-export-receipt"
          value={receipt}
          onValue={setReceipt}
          hint={t("ui-safety-export-receipt-hint")}
          className="min-w-[16em] flex-1"
        />
        <Button type="submit" variant="secondary" data-testid="safety-export-choose">
          {t("ui-safety-export-choose")}
        </Button>
      </form>
      {chosen && <BundleExport key={chosen} backend={backend} kind="case" id={chosen} receiptNo={chosen} testId="safety-export-form" />}
    </Section>
  );
}

function Import({ backend }: { backend: Backend }) {
  const t = useT();
  const [path, setPath] = useState("");
  const [result, setResult] = useState<ImportResultDto | null>(null);
  const errors = useFormErrors();
  const long = useLongCall(backend);
  const root = useRef<HTMLFormElement>(null);
  const requestFocus = useFocusRequest(root);
  const labels = { bundlePath: t("ui-safety-bundle-path") };

  async function submit() {
    errors.clear();
    setResult(null);
    if (!path.trim()) {
      errors.setFieldErrors({ bundlePath: t("ui-form-required-message", { field: labels.bundlePath }) });
      requestFocus("bundlePath");
      return;
    }
    try {
      setResult(await long.run("import_bundle", () => backend.importBundle(path.trim())));
    } catch (e) {
      const field = errors.showError(e, labels);
      if (field) requestFocus(field);
    }
  }

  return (
    <Section title={t("ui-safety-import-title")} intro={t("ui-safety-import-intro")} testId="safety-import">
      <PathForm
        testId="safety-import"
        formRef={root}
        className="max-w-[720px] space-y-5 rounded-12 border border-solid-gray-420 bg-white p-6"
        errors={errors}
        field="bundlePath"
        label={labels.bundlePath}
        value={path}
        onValue={setPath}
        long={long}
        progressLabel={t("ui-safety-import-progress")}
        done={
          result && (
            <>
              <p className="text-std-16B-170 text-green-1100" data-testid="safety-import-headline">
                {result.inserted === 0
                  ? t("ui-safety-import-unchanged", { receipt: result.receiptNo })
                  : result.kind === "report"
                    ? t("ui-safety-import-report-done", { receipt: result.receiptNo })
                    : t("ui-safety-import-case-done", { receipt: result.receiptNo })}
              </p>
              <p className="text-std-16N-170 text-solid-gray-800">
                {t("ui-safety-import-from", { name: result.exporterName, fingerprint: result.exporter })}
              </p>
              <dl className="grid max-w-[480px] grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-std-16N-170">
                <dt className="text-solid-gray-700">{t("ui-safety-import-new")}</dt>
                <dd data-testid="safety-import-new" className="tabular-nums">
                  {t("ui-safety-count", { count: result.inserted })}
                </dd>
                <dt className="text-solid-gray-700">{t("ui-safety-import-skipped")}</dt>
                <dd data-testid="safety-import-skipped" className="tabular-nums">
                  {t("ui-safety-count", { count: result.unchanged })}
                </dd>
                <dt className="text-solid-gray-700">{t("ui-safety-import-conflicts")}</dt>
                <dd data-testid="safety-import-conflicts">{t("ui-safety-import-no-conflicts")}</dd>
                <dt className="text-solid-gray-700">{t("ui-safety-summary-evidence")}</dt>
                <dd className="tabular-nums">{t("ui-safety-count", { count: result.evidenceFiles })}</dd>
              </dl>
              <p>
                <a
                  href={`#/cases/${encodeURIComponent(result.caseId)}`}
                  data-testid="safety-import-open"
                  className="text-std-16N-170 text-blue-1000 underline underline-offset-[calc(3/16*1rem)]"
                >
                  {t("ui-safety-import-open", { receipt: result.receiptNo })}
                </a>
              </p>
            </>
          )
        }
        submitLabel={t("ui-safety-import-submit")}
        onSubmit={() => void submit()}
      />
    </Section>
  );
}

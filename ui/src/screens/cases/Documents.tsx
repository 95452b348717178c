// 文書: the case's regulator-ready documents (issue 7). Each of the nine kinds says whether it
// makes sense for this case and, if not, why. A document previews here exactly as the PDF says it
// (the same model the PDF is drawn from), saves to a file the user chooses, and can be recorded as
// submitted: that exact version's bytes and SHA-256 are kept with the case, never to change; a
// later version (追完) follows it. PPC reports also give the text to paste into the PPC online form,
// field by field. The 報告事項 (what the reports say beyond the obligation facts) are edited here.
//
// data-testid:
//   case-documents                the section
//   doc-kind-<kind>               one kind (data-available); doc-reason-<kind> why not
//   doc-ppc-kind-<kind>           PPC report kind (速報/確報/速報兼確報/追完)
//   doc-preview-<kind>            shows the preview; doc-save-<kind> opens the save form
//   doc-preview                   the preview (data-kind, data-drill); doc-preview-close
//   doc-paste-open                PPC paste fields; doc-paste-fields, doc-paste-<n> (a read-only text)
//   doc-save-form                 doc-save-path, doc-save-overwrite, doc-save (save a copy),
//                                 doc-record (record as submitted and save), doc-save-cancel
//   doc-saved                     what was written (path and SHA-256)
//   particulars-form              particulars-<field>, particulars-save
//   doc-submissions               the recorded versions; doc-submission-<id> (data-superseded),
//                                 doc-submission-save-<id> saves that exact version again

import { useCallback, useEffect, useId, useState } from "react";
import type { CaseDocumentsDto } from "../../bindings/CaseDocumentsDto";
import type { DocumentKindDto } from "../../bindings/DocumentKindDto";
import type { DocumentPreviewDto } from "../../bindings/DocumentPreviewDto";
import type { ParticularsDto } from "../../bindings/ParticularsDto";
import type { PasteFieldDto } from "../../bindings/PasteFieldDto";
import type { PreviewBlockDto } from "../../bindings/PreviewBlockDto";
import type { SubmissionDto } from "../../bindings/SubmissionDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextAreaField, TextField } from "../../components/Form";
import { LoadState } from "../../components/LoadState";
import { useLoad } from "../../components/useLoad";
import { DOCUMENT_KIND_IDS, NOT_APPLICABLE_IDS, PARTICULARS_TRI_IDS, PPC_KIND_IDS, PPC_KINDS, PUBLICATION_STATUS_IDS, SUBJECT_RESPONSE_IDS } from "../../l10n/labels";
import { useT } from "../../l10n/useT";
import { Block, SmallButton, Time, useCaseForm, type SectionProps } from "./shared";

/** What the save form is saving: a fresh rendering of a kind, or a recorded version. */
type SaveTarget = { kind: string; ppcKind: string | null; fileName: string | null } | { submission: SubmissionDto };

export function Documents(props: SectionProps) {
  const { backend, detail } = props;
  const load = useCallback(() => backend.caseDocuments(detail.summary.id), [backend, detail.summary.id]);
  const loaded = useLoad(load);
  return (
    <div data-testid="case-documents" className="space-y-10">
      {loaded.data ? (
        <Loaded {...props} data={loaded.data} onData={loaded.setData} />
      ) : (
        loaded.error && <LoadState error={loaded.error} onRetry={loaded.reload} />
      )}
    </div>
  );
}

function Loaded({ backend, detail, onStatus, editable, data, onData }: SectionProps & { data: CaseDocumentsDto; onData: (d: CaseDocumentsDto) => void }) {
  const t = useT();
  const kindsTitle = useId();
  const subsTitle = useId();
  const [ppcKinds, setPpcKinds] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<DocumentPreviewDto | null>(null);
  const [paste, setPaste] = useState<PasteFieldDto[] | null>(null);
  const [saving, setSaving] = useState<SaveTarget | null>(null);
  const [saved, setSaved] = useState<{ path: string; sha256: string } | null>(null);
  const [folder, setFolder] = useState("");
  const action = useCaseForm();
  const caseId = detail.summary.id;

  useEffect(() => {
    let current = true;
    backend.documentFolder().then(
      (f) => current && setFolder(f),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [backend]);

  const ppcKindOf = (k: DocumentKindDto) => (k.suggestedPpcKind === null ? null : (ppcKinds[k.kind] ?? k.suggestedPpcKind));

  function showPreview(k: DocumentKindDto) {
    setPaste(null);
    setSaving(null);
    void action.submit(() => backend.documentPreview({ caseId, kind: k.kind, ppcKind: ppcKindOf(k) }), {}, setPreview);
  }

  function showPaste() {
    if (!preview) return;
    void action.submit(() => backend.ppcPasteText({ caseId, kind: preview.kind, ppcKind: preview.ppcKind }), {}, setPaste);
  }

  return (
    <>
      <Block title={t("ui-doc-kinds-title")} titleId={kindsTitle} testId="doc-kinds">
        <p className="text-std-16N-170 text-solid-gray-800">{data.drill ? t("ui-doc-kinds-intro-drill") : t("ui-doc-kinds-intro")}</p>
        {action.errors.generalError && <ErrorAlert error={action.errors.generalError} />}
        <ul className="divide-y divide-solid-gray-420 rounded-8 border border-solid-gray-420">
          {data.kinds.map((k) => (
            <li key={k.kind} data-testid={`doc-kind-${k.kind}`} data-available={k.available} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <span className="min-w-[16rem] flex-1 text-std-16B-170">{t(DOCUMENT_KIND_IDS[k.kind] ?? k.kind)}</span>
              {k.available ? (
                <span className="flex flex-wrap items-center gap-2">
                  {k.suggestedPpcKind !== null && (
                    <label className="flex items-center gap-2 text-dns-16N-130">
                      {t("ui-doc-ppc-kind")}
                      <select
                        data-testid={`doc-ppc-kind-${k.kind}`}
                        value={ppcKindOf(k) ?? ""}
                        onChange={(e) => setPpcKinds((m) => ({ ...m, [k.kind]: e.target.value }))}
                        className="rounded-4 border border-solid-gray-600 px-2 py-1"
                      >
                        {PPC_KINDS.map((p) => (
                          <option key={p} value={p}>
                            {t(PPC_KIND_IDS[p] ?? p)}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                  <SmallButton testId={`doc-preview-${k.kind}`} onClick={() => showPreview(k)} disabled={action.busy}>
                    {t("ui-doc-preview")}
                  </SmallButton>
                  <SmallButton
                    testId={`doc-save-${k.kind}`}
                    onClick={() => {
                      setSaved(null);
                      setSaving({ kind: k.kind, ppcKind: ppcKindOf(k), fileName: k.fileName });
                    }}
                  >
                    {t("ui-doc-save")}
                  </SmallButton>
                </span>
              ) : (
                <span data-testid={`doc-reason-${k.kind}`} className="flex-[2] text-dns-14N-130 text-solid-gray-700">
                  {k.reason ? t(NOT_APPLICABLE_IDS[k.reason] ?? k.reason) : ""}
                </span>
              )}
            </li>
          ))}
        </ul>
      </Block>

      {saved && (
        <p data-testid="doc-saved" role="status" className="rounded-6 border-l-4 border-success-2 bg-success-1/10 px-4 py-2 text-std-16N-170 break-all">
          {t("ui-doc-saved", { path: saved.path, sha256: saved.sha256 })}
        </p>
      )}

      {saving && (
        <SaveForm
          key={"submission" in saving ? saving.submission.id : `${saving.kind}-${saving.ppcKind ?? ""}`}
          backend={backend}
          caseId={caseId}
          target={saving}
          folder={folder}
          fileName={"submission" in saving ? saving.submission.fileName : (saving.fileName ?? defaultName(detail.summary.receiptNo, data.drill, t(DOCUMENT_KIND_IDS[saving.kind] ?? saving.kind)))}
          mayRecord={editable}
          onCancel={() => setSaving(null)}
          onSaved={(result) => {
            onData(result.documents);
            setSaved({ path: result.path, sha256: result.sha256 });
            setSaving(null);
            onStatus(result.submissionId && !("submission" in saving) ? t("ui-doc-recorded-status") : t("ui-doc-saved-status"));
          }}
        />
      )}

      {preview && (
        <Preview
          preview={preview}
          onClose={() => {
            setPreview(null);
            setPaste(null);
          }}
          onPaste={preview.kind.startsWith("ppc-") ? showPaste : undefined}
          paste={paste}
        />
      )}

      <ParticularsForm backend={backend} caseId={caseId} data={data} editable={editable} onData={onData} onStatus={onStatus} />

      <Block title={t("ui-doc-submissions-title")} titleId={subsTitle} testId="doc-submissions">
        {data.submissions.length === 0 ? (
          <p className="text-std-16N-170 text-solid-gray-700">{t("ui-doc-submissions-empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-dns-16N-130">
              <thead>
                <tr className="border-b-2 border-solid-gray-600">
                  <th className="px-2 py-2">{t("ui-doc-col-document")}</th>
                  <th className="px-2 py-2">{t("ui-doc-col-recorded")}</th>
                  <th className="px-2 py-2">{t("ui-doc-col-sha256")}</th>
                  <th className="px-2 py-2">
                    <span className="sr-only">{t("ui-doc-col-actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.submissions.map((s) => (
                  <tr key={s.id} data-testid={`doc-submission-${s.id}`} data-superseded={s.superseded} className="border-b border-solid-gray-420 align-top">
                    <td className="px-2 py-2">
                      <span className="text-std-16B-170">{t(DOCUMENT_KIND_IDS[s.kind] ?? s.kind)}</span>
                      {s.ppcKind && <span className="ml-2">{t(PPC_KIND_IDS[s.ppcKind] ?? s.ppcKind)}</span>}
                      {s.superseded && <span className="ml-2 rounded-4 bg-solid-gray-100 px-1.5 text-dns-14N-120">{t("ui-doc-superseded")}</span>}
                      <div className="text-dns-14N-130 text-solid-gray-700 break-all">{s.fileName}</div>
                    </td>
                    <td className="px-2 py-2">
                      <Time at={s.recordedAt} />
                    </td>
                    <td className="px-2 py-2 font-mono text-dns-14N-130 break-all">{s.sha256}</td>
                    <td className="px-2 py-2">
                      <SmallButton
                        testId={`doc-submission-save-${s.id}`}
                        onClick={() => {
                          setSaved(null);
                          setSaving({ submission: s });
                        }}
                      >
                        {t("ui-doc-save-version")}
                      </SmallButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Block>
    </>
  );
}

/** `2026-0005_情報セキュリティインシデント報告書（第一報）.pdf`, 訓練_ first for a drill. */
function defaultName(receiptNo: string, drill: boolean, label: string): string {
  const safe = label.replace(/[\\/:*?"<>|]/g, "_");
  return `${drill ? "訓練_" : ""}${receiptNo}_${safe}.pdf`;
}

function joinPath(folder: string, name: string): string {
  if (!folder) return name;
  return folder.endsWith("/") || folder.endsWith("\\") ? folder + name : `${folder}/${name}`;
}

function SaveForm({
  backend,
  caseId,
  target,
  folder,
  fileName,
  mayRecord,
  onCancel,
  onSaved,
}: {
  backend: SectionProps["backend"];
  caseId: string;
  target: SaveTarget;
  folder: string;
  fileName: string;
  mayRecord: boolean;
  onCancel: () => void;
  onSaved: (result: Awaited<ReturnType<SectionProps["backend"]["saveDocument"]>>) => void;
}) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [path, setPath] = useState(joinPath(folder, fileName));
  const [overwrite, setOverwrite] = useState(false);
  const labels = { path: t("ui-doc-save-path") };
  const version = "submission" in target;

  function save(record: boolean) {
    const call =
      "submission" in target
        ? () => backend.saveSubmission({ caseId, submissionId: target.submission.id, path, overwrite })
        : () => backend.saveDocument({ caseId, kind: target.kind, ppcKind: target.ppcKind, path, record, overwrite });
    void form.submit(call, labels, onSaved);
  }

  return (
    <Block title={version ? t("ui-doc-save-version-title") : t("ui-doc-save-title")} titleId={titleId} testId="doc-save-block">
      <div ref={form.root}>
        <form
          data-testid="doc-save-form"
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            save(false);
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <TextField
            label={labels.path}
            field="path"
            data-testid="doc-save-path"
            value={path}
            onValue={setPath}
            hint={t("ui-doc-save-path-hint")}
            required
            error={form.errors.fieldErrors.path}
          />
          <label className="flex items-start gap-2 text-std-16N-170">
            <input type="checkbox" data-testid="doc-save-overwrite" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} className="mt-1.5 size-5" />
            <span>{t("ui-doc-save-overwrite")}</span>
          </label>
          {!version && mayRecord && <p className="text-dns-14N-130 text-solid-gray-800">{t("ui-doc-record-hint")}</p>}
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant={version || !mayRecord ? "primary" : "secondary"} data-testid="doc-save" disabled={form.busy} aria-busy={form.busy}>
              {version ? t("ui-doc-save-version") : t("ui-doc-save-copy")}
            </Button>
            {!version && mayRecord && (
              <Button type="button" data-testid="doc-record" onClick={() => save(true)} disabled={form.busy} aria-busy={form.busy}>
                {t("ui-doc-record")}
              </Button>
            )}
            <Button type="button" variant="secondary" data-testid="doc-save-cancel" onClick={onCancel}>
              {t("ui-cancel")}
            </Button>
          </div>
        </form>
      </div>
    </Block>
  );
}

function BlockView({ block }: { block: PreviewBlockDto }) {
  if (block.kind === "paragraph") return <p className="whitespace-pre-wrap">{block.text}</p>;
  if (block.kind === "fields") {
    return (
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {block.fields.map((f, i) => (
          <div key={i} className="contents">
            <dt className="text-solid-gray-800">{f.label}</dt>
            <dd className="whitespace-pre-wrap">{f.value}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <table className="w-full border-collapse text-dns-14N-130">
      <thead>
        <tr>
          {block.columns.map((c, i) => (
            <th key={i} className="border border-solid-gray-600 bg-solid-gray-50 px-1.5 py-1 text-center">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, r) => (
          <tr key={r}>
            {block.columns.map((_, i) => (
              <td key={i} className="border border-solid-gray-600 px-1.5 py-1 align-top whitespace-pre-wrap break-all">
                {row[i] ?? ""}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The document as an A4-like sheet: the same words, in the same order, as the PDF. */
function Preview({
  preview,
  onClose,
  onPaste,
  paste,
}: {
  preview: DocumentPreviewDto;
  onClose: () => void;
  onPaste?: () => void;
  paste: PasteFieldDto[] | null;
}) {
  const t = useT();
  const titleId = useId();
  const letter = preview.style === "letter";
  return (
    <Block
      title={t("ui-doc-preview-title", { title: preview.title })}
      titleId={titleId}
      testId="doc-preview-block"
      actions={
        <>
          {onPaste && (
            <SmallButton testId="doc-paste-open" onClick={onPaste}>
              {t("ui-doc-paste")}
            </SmallButton>
          )}
          <SmallButton testId="doc-preview-close" onClick={onClose}>
            {t("ui-doc-preview-close")}
          </SmallButton>
        </>
      }
    >
      <article
        data-testid="doc-preview"
        data-kind={preview.kind}
        data-drill={preview.drill}
        lang="ja"
        className="relative mx-auto max-w-[48rem] space-y-4 overflow-hidden border border-solid-gray-420 bg-white px-12 py-10 font-serif text-[15px] leading-relaxed shadow-1"
      >
        {preview.drill && (
          <>
            <p className="border-2 border-error-1 px-3 py-1 text-center font-sans font-bold text-error-1">{t("ui-doc-drill-banner")}</p>
            <div aria-hidden="true" className="pointer-events-none absolute inset-0 flex items-center justify-center">
              <span className="-rotate-45 font-sans text-[10rem] font-bold text-solid-gray-900/10">{t("ui-doc-drill-watermark")}</span>
            </div>
          </>
        )}
        <div className="text-right">
          {preview.docNumber && <p>{preview.docNumber}</p>}
          {preview.date && <p>{preview.date}</p>}
        </div>
        {preview.addressee.length > 0 && (
          <div>
            {preview.addressee.map((l, i) => (
              <p key={i}>{l}</p>
            ))}
          </div>
        )}
        {preview.sender.length > 0 && (
          <div className="ml-auto w-fit">
            {preview.sender.map((l, i) => (
              <p key={i}>{l}</p>
            ))}
          </div>
        )}
        <h4 className={"text-center font-sans font-bold " + (letter ? "text-[17px]" : "text-[21px]")}>
          {preview.subject}
          {preview.kindMarks.join("")}
        </h4>
        {preview.preamble.map((p, i) => (
          <p key={i} className="whitespace-pre-wrap">
            {p}
          </p>
        ))}
        {letter && <p className="text-center">{t("ui-doc-ki")}</p>}
        <ol className="space-y-3">
          {preview.items.map((item, n) => (
            <li key={n} className="space-y-1">
              <p className="font-sans font-bold">{n < preview.unnumbered ? item.heading : `${n + 1 - preview.unnumbered}　${item.heading}`}</p>
              <div className="space-y-2 pl-4">
                {item.blocks.map((b, i) => (
                  <BlockView key={i} block={b} />
                ))}
              </div>
            </li>
          ))}
        </ol>
        {letter && <p className="text-right">{t("ui-doc-ijou")}</p>}
        {preview.contact.length > 0 && (
          <div className="ml-auto w-fit border border-solid-gray-800 px-3 py-2">
            {preview.contact.map((l, i) => (
              <p key={i}>{l}</p>
            ))}
          </div>
        )}
      </article>
      {paste && (
        <section data-testid="doc-paste-fields" aria-label={t("ui-doc-paste")} className="space-y-3">
          <p className="text-std-16N-170 text-solid-gray-800">{t("ui-doc-paste-intro")}</p>
          {paste.map((f, i) => (
            <label key={i} className="block space-y-1">
              <span className="text-std-16B-170">{f.label}</span>
              <textarea
                readOnly
                data-testid={`doc-paste-${i}`}
                value={f.text}
                rows={Math.min(8, Math.max(1, f.text.split("\n").length))}
                onFocus={(e) => e.currentTarget.select()}
                className="w-full rounded-8 border border-solid-gray-600 px-3 py-2 text-std-16N-170"
              />
            </label>
          ))}
        </section>
      )}
    </Block>
  );
}

const SEGMENTS = ["my_number", "lgwan", "internet"] as const;
const SEGMENT_IDS: Record<(typeof SEGMENTS)[number], string> = {
  my_number: "ui-doc-segment-my-number",
  lgwan: "ui-doc-segment-lgwan",
  internet: "ui-doc-segment-internet",
};

function ParticularsForm({
  backend,
  caseId,
  data,
  editable,
  onData,
  onStatus,
}: {
  backend: SectionProps["backend"];
  caseId: string;
  data: CaseDocumentsDto;
  editable: boolean;
  onData: (d: CaseDocumentsDto) => void;
  onStatus: (m: string) => void;
}) {
  const t = useT();
  const titleId = useId();
  const form = useCaseForm();
  const [p, setP] = useState<ParticularsDto>(data.particulars);
  const set = (patch: Partial<ParticularsDto>) => setP((x) => ({ ...x, ...patch }));
  const labels: Record<keyof ParticularsDto, string> = {
    discoveredBy: t("ui-doc-p-discovered-by"),
    contractor: t("ui-doc-p-contractor"),
    dataItems: t("ui-doc-p-data-items"),
    dataKind: t("ui-doc-p-data-kind"),
    confirmedPersons: t("ui-doc-p-confirmed-persons"),
    personsCountedAt: t("ui-doc-p-persons-counted-at"),
    causeActor: t("ui-doc-p-cause-actor"),
    secondaryDamage: t("ui-doc-p-secondary-damage"),
    secondaryDamageDetail: t("ui-doc-p-secondary-damage-detail"),
    subjectResponse: t("ui-doc-p-subject-response"),
    subjectResponseDetail: t("ui-doc-p-subject-response-detail"),
    publication: t("ui-doc-p-publication"),
    publicationDetail: t("ui-doc-p-publication-detail"),
    other: t("ui-doc-p-other"),
    networkSegments: t("ui-doc-p-network-segments"),
    affectedServices: t("ui-doc-p-affected-services"),
    inquiryDesk: t("ui-doc-p-inquiry-desk"),
  };
  const err = form.errors.fieldErrors;
  const text = (field: keyof ParticularsDto, area = false, hint?: string) => {
    const common = {
      label: labels[field],
      field,
      "data-testid": `particulars-${field}`,
      value: p[field] as string,
      onValue: (v: string) => set({ [field]: v } as Partial<ParticularsDto>),
      error: err[field],
      hint,
    };
    return area ? <TextAreaField {...common} rows={3} /> : <TextField {...common} />;
  };
  const options = {
    secondaryDamage: Object.keys(PARTICULARS_TRI_IDS).map((v) => ({ value: v, label: t(PARTICULARS_TRI_IDS[v] ?? v) })),
    subjectResponse: Object.keys(SUBJECT_RESPONSE_IDS).map((v) => ({ value: v, label: t(SUBJECT_RESPONSE_IDS[v] ?? v) })),
    publication: Object.keys(PUBLICATION_STATUS_IDS).map((v) => ({ value: v, label: t(PUBLICATION_STATUS_IDS[v] ?? v) })),
  };
  const choice = (field: "secondaryDamage" | "subjectResponse" | "publication") => (
    <SelectField
      label={labels[field]}
      field={field}
      data-testid={`particulars-${field}`}
      value={p[field]}
      onValue={(v) => set({ [field]: v } as Partial<ParticularsDto>)}
      options={[{ value: "", label: t("ui-not-set") }, ...options[field]]}
      error={err[field]}
    />
  );
  function save() {
    void form.submit(() => backend.saveParticulars({ caseId, particulars: p }), labels, (next) => {
      onData(next);
      setP(next.particulars);
      onStatus(t("ui-doc-particulars-saved"));
    });
  }
  return (
    <Block title={t("ui-doc-particulars-title")} titleId={titleId} testId="doc-particulars">
      <p className="text-std-16N-170 text-solid-gray-800">{t("ui-doc-particulars-intro")}</p>
      <div ref={form.root}>
        <form
          data-testid="particulars-form"
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {form.errors.generalError && <ErrorAlert error={form.errors.generalError} />}
          <fieldset disabled={!editable} className="grid gap-4 md:grid-cols-2">
            {text("discoveredBy")}
            {text("contractor")}
            {text("dataItems", true, t("ui-doc-p-data-items-hint"))}
            {text("dataKind")}
            {text("confirmedPersons", false, t("ui-doc-p-confirmed-persons-hint"))}
            <TextField
              label={labels.personsCountedAt}
              field="personsCountedAt"
              type="datetime-local"
              data-testid="particulars-personsCountedAt"
              value={p.personsCountedAt}
              onValue={(v) => set({ personsCountedAt: v })}
              error={err.personsCountedAt}
            />
            {text("causeActor")}
            {choice("secondaryDamage")}
            {text("secondaryDamageDetail", true)}
            {choice("subjectResponse")}
            {text("subjectResponseDetail", true)}
            {choice("publication")}
            {text("publicationDetail", true)}
            <fieldset className="space-y-1" data-field="networkSegments">
              <legend className="text-std-16B-170">{labels.networkSegments}</legend>
              {SEGMENTS.map((s) => (
                <label key={s} className="flex items-center gap-2 text-std-16N-170">
                  <input
                    type="checkbox"
                    data-testid={`particulars-segment-${s}`}
                    checked={p.networkSegments.includes(s)}
                    onChange={(e) =>
                      set({ networkSegments: e.target.checked ? [...p.networkSegments, s] : p.networkSegments.filter((x) => x !== s) })
                    }
                    className="size-5"
                  />
                  {t(SEGMENT_IDS[s])}
                </label>
              ))}
            </fieldset>
            {text("affectedServices", true)}
            {text("inquiryDesk", false, t("ui-doc-p-inquiry-desk-hint"))}
            {text("other", true)}
          </fieldset>
          {editable && (
            <Button type="submit" data-testid="particulars-save" disabled={form.busy} aria-busy={form.busy}>
              {t("ui-doc-particulars-save")}
            </Button>
          )}
        </form>
      </div>
    </Block>
  );
}

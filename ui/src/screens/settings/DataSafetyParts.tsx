// Parts of data safety used on several screens: a long call with its progress bar (the command
// runs in Rust; the UI polls `progress` while it waits), and the "write to a file" form for a
// case bundle (case screen, データの保全) or a staff report (自分の報告, the receipt).

import { useEffect, useRef, useState } from "react";
import type { ReactNode, Ref } from "react";
import type { Backend } from "../../backend";
import type { BundleWrittenDto } from "../../bindings/BundleWrittenDto";
import type { ProgressDto } from "../../bindings/ProgressDto";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextField, useFocusRequest } from "../../components/Form";
import { useFormErrors } from "../../components/useFormErrors";
import type { FormErrors } from "../../components/useFormErrors";
import { PROGRESS_STEP_IDS, progressStep } from "../../l10n/labels";
import { useT } from "../../l10n/useT";

/** How often the progress of a running command is asked for. */
const POLL_MS = 150;

export interface LongCall {
  /** The latest progress; null before the first call and after a failure. */
  progress: ProgressDto | null;
  busy: boolean;
  /** Runs `call`, polling the progress of `operation` (the command's name) until it ends. */
  run: <T>(operation: string, call: () => Promise<T>) => Promise<T>;
  reset: () => void;
}

export function useLongCall(backend: Backend): LongCall {
  const [progress, setProgress] = useState<ProgressDto | null>(null);
  const [busy, setBusy] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function run<T>(operation: string, call: () => Promise<T>): Promise<T> {
    const start: ProgressDto = { operation, step: "", done: 0, total: 0, percent: 0 };
    setProgress(start);
    setBusy(true);
    let polling = true;
    const timer = setInterval(() => {
      backend.progress().then(
        (p) => {
          if (polling && mounted.current && p && p.operation === operation) setProgress(p);
        },
        () => undefined,
      );
    }, POLL_MS);
    try {
      const result = await call();
      polling = false;
      // Done: the bar is full and says so, whatever step the last poll saw.
      if (mounted.current) setProgress({ operation, step: "", done: 1, total: 1, percent: 100 });
      return result;
    } catch (e) {
      polling = false;
      if (mounted.current) setProgress(null);
      throw e;
    } finally {
      clearInterval(timer);
      if (mounted.current) setBusy(false);
    }
  }

  return { progress, busy, run, reset: () => setProgress(null) };
}

/** A labelled progress bar with the step's words (`cli-progress-*`, shared with the CLI). */
export function ProgressBar({ progress, label, testId }: { progress: ProgressDto; label: string; testId: string }) {
  const t = useT();
  const args = { done: progress.done, total: progress.total, percent: progress.percent };
  const step = progressStep(progress.step);
  return (
    <div className="space-y-1" data-testid={testId}>
      <div className="flex flex-wrap justify-between gap-2 text-std-16N-170 text-solid-gray-800">
        <span data-testid={`${testId}-step`}>
          {step ? t(PROGRESS_STEP_IDS[step], args) : progress.percent === 100 ? t("ui-safety-progress-done") : label}
        </span>
        <span className="tabular-nums" data-testid={`${testId}-percent`}>
          {t("ui-safety-percent", { percent: progress.percent })}
        </span>
      </div>
      <progress
        max={100}
        value={progress.percent}
        aria-label={label}
        data-testid={`${testId}-bar`}
        className="h-3 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-solid-gray-100 [&::-webkit-progress-value]:bg-blue-900"
      />
    </div>
  );
}

interface PathFormProps {
  /** Prefix of the parts' test ids: `-path`, `-progress`, `-done`, `-submit`. */
  testId: string;
  /** The form's own test id, if it has one. */
  formTestId?: string;
  formRef?: Ref<HTMLFormElement>;
  className: string;
  /** Shown above the error and the field. */
  intro?: ReactNode;
  errors: FormErrors;
  field: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
  long: LongCall;
  progressLabel: string;
  /** What was done, in a green panel; nothing while null. */
  done: ReactNode;
  submitLabel: string;
  /** Buttons after the submit button. */
  more?: ReactNode;
  onSubmit: () => void;
}

/**
 * A file path, the button that runs a long command on it, the command's progress and what it
 * did: the shape of backing up, verifying, writing and reading a bundle.
 */
export function PathForm(p: PathFormProps) {
  return (
    <form
      ref={p.formRef}
      noValidate
      data-testid={p.formTestId}
      className={p.className}
      onSubmit={(e) => {
        e.preventDefault();
        p.onSubmit();
      }}
    >
      {p.intro}
      {p.errors.generalError && <ErrorAlert error={p.errors.generalError} />}
      <TextField
        label={p.label}
        field={p.field}
        data-testid={`${p.testId}-path`}
        required
        value={p.value}
        onValue={p.onValue}
        hint={p.hint}
        error={p.errors.fieldErrors[p.field] ?? null}
        inputClassName="font-mono"
      />
      {p.long.progress && <ProgressBar progress={p.long.progress} label={p.progressLabel} testId={`${p.testId}-progress`} />}
      <div aria-live="polite">
        {p.done && (
          <div data-testid={`${p.testId}-done`} className="space-y-2 rounded-8 border border-l-8 border-green-900 bg-green-50 px-6 py-4">
            {p.done}
          </div>
        )}
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" data-testid={`${p.testId}-submit`} disabled={p.long.busy} aria-busy={p.long.busy}>
          {p.submitLabel}
        </Button>
        {p.more}
      </div>
    </form>
  );
}

/** `folder` + `name` with one separator. */
export function joinPath(folder: string, name: string): string {
  if (!folder) return name;
  return folder.endsWith("/") || folder.endsWith("\\") ? folder + name : `${folder}/${name}`;
}

interface ExportProps {
  backend: Backend;
  /** What is written: a whole case or one submitted report. */
  kind: "case" | "report";
  /** The case id, or the report id. */
  id: string;
  /** The 受付番号, for the file name. */
  receiptNo: string;
  testId: string;
  onClose?: () => void;
}

/** Path field (prefilled with the documents folder), write button, progress and what was written. */
export function BundleExport({ backend, kind, id, receiptNo, testId, onClose }: ExportProps) {
  const t = useT();
  const [path, setPath] = useState("");
  const edited = useRef(false);
  const [written, setWritten] = useState<BundleWrittenDto | null>(null);
  const errors = useFormErrors();
  const long = useLongCall(backend);
  const root = useRef<HTMLFormElement>(null);
  const requestFocus = useFocusRequest(root);
  const labels = { bundlePath: t("ui-safety-bundle-path") };
  const fileName = kind === "case" ? t("ui-safety-case-file-name", { receipt: receiptNo }) : t("ui-safety-report-file-name", { receipt: receiptNo });

  useEffect(() => {
    let alive = true;
    backend.documentFolder().then(
      (folder) => alive && !edited.current && setPath(joinPath(folder, fileName)),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [backend, fileName]);

  async function submit() {
    errors.clear();
    setWritten(null);
    if (!path.trim()) {
      errors.setFieldErrors({ bundlePath: t("ui-form-required-message", { field: labels.bundlePath }) });
      requestFocus("bundlePath");
      return;
    }
    try {
      const done =
        kind === "case"
          ? await long.run("export_case_bundle", () => backend.exportCaseBundle(id, path.trim()))
          : await long.run("export_report_bundle", () => backend.exportReportBundle(id, path.trim()));
      setWritten(done);
    } catch (e) {
      const field = errors.showError(e, labels);
      if (field) requestFocus(field);
    }
  }

  return (
    <PathForm
      testId={testId}
      formTestId={testId}
      formRef={root}
      className="space-y-4 rounded-12 border border-solid-gray-420 bg-white p-6"
      intro={
        <p className="text-std-16N-170 text-solid-gray-800">{kind === "case" ? t("ui-safety-export-case-intro") : t("ui-safety-export-report-intro")}</p>
      }
      errors={errors}
      field="bundlePath"
      label={labels.bundlePath}
      value={path}
      onValue={(v) => {
        edited.current = true;
        setPath(v);
      }}
      hint={t("ui-safety-bundle-path-hint")}
      long={long}
      progressLabel={t("ui-safety-export-progress")}
      done={
        written && (
          <>
            <p className="text-std-16B-170 text-green-1100">{t("ui-safety-exported", { receipt: written.receiptNo })}</p>
            <p data-testid={`${testId}-written-path`} className="break-all font-mono text-mono-16N-150 text-solid-gray-900">
              {written.path}
            </p>
            <p className="text-std-16N-170 text-solid-gray-800">{t("ui-safety-exported-key", { fingerprint: written.fingerprint })}</p>
          </>
        )
      }
      submitLabel={t("ui-safety-export-submit")}
      more={
        onClose && (
          <Button variant="secondary" data-testid={`${testId}-close`} onClick={onClose}>
            {t("ui-safety-close")}
          </Button>
        )
      }
      onSubmit={() => void submit()}
    />
  );
}

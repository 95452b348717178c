// Form controls after the Digital Agency design system: a visible label above the control, an
// optional hint, a 必須 marker and an error message tied to the control with aria-describedby.
//
// Every control carries `data-field` (the camelCase input field name the backend reports in
// `ApiError.field`), so that a form can focus the control an error is about.

import { useCallback, useEffect, useId, useState } from "react";
import type { InputHTMLAttributes, ReactNode, RefObject, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useT } from "../l10n/useT";

const CONTROL =
  "block w-full rounded-8 border bg-white px-4 py-3 text-std-16N-170 text-solid-gray-900 " +
  "hover:border-black read-only:bg-solid-gray-50 read-only:hover:border-solid-gray-600 " +
  "disabled:border-solid-gray-300 disabled:bg-solid-gray-50 disabled:text-solid-gray-420";

function controlClass(error: string | null | undefined): string {
  return `${CONTROL} ${error ? "border-2 border-error-1" : "border-solid-gray-600"}`;
}

export function RequiredMark() {
  const t = useT();
  return (
    <span className="ml-2 inline-block rounded-4 bg-error-1 px-1.5 py-0.5 align-[0.1em] text-dns-14B-120 text-white">
      {t("ui-form-required")}
    </span>
  );
}

export function FieldError({
  id,
  message,
  alertTestId,
}: {
  id: string;
  message: string | null | undefined;
  /** Announce the message as an alert (role=alert) with this test id. */
  alertTestId?: string;
}) {
  if (!message) return null;
  return (
    <p
      id={id}
      role={alertTestId ? "alert" : undefined}
      data-testid={alertTestId ?? "field-error"}
      className="mt-2 text-std-16B-170 text-error-1"
    >
      {message}
    </p>
  );
}

interface FieldShellProps {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  errorAlertTestId?: string;
  required?: boolean;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
  className?: string;
}

/** Label, hint and error around one control. */
export function FieldShell({ label, hint, error, errorAlertTestId, required, children, className = "" }: FieldShellProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-std-16B-170 text-solid-gray-900">
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p id={hintId} className="mt-1 text-dns-16N-130 text-solid-gray-700">
          {hint}
        </p>
      )}
      <div className="mt-2">{children({ id, describedBy })}</div>
      <FieldError id={errorId} message={error} alertTestId={errorAlertTestId} />
    </div>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value"> {
  label: string;
  field: string;
  value: string;
  onValue: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
  /** Announce the error as an alert with this test id. */
  errorAlertTestId?: string;
  /** Extra classes of the input itself (a narrower box while the label and hint keep the width). */
  inputClassName?: string;
}

export function TextField({
  label,
  field,
  value,
  onValue,
  hint,
  error,
  errorAlertTestId,
  required,
  className,
  inputClassName = "",
  ...rest
}: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} errorAlertTestId={errorAlertTestId} required={required} className={className}>
      {({ id, describedBy }) => (
        <input
          id={id}
          data-field={field}
          value={value}
          onChange={(e) => onValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          className={`${controlClass(error)} ${inputClassName}`}
          {...rest}
        />
      )}
    </FieldShell>
  );
}

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "onChange" | "value"> {
  label: string;
  field: string;
  value: string;
  onValue: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
}

export function TextAreaField({ label, field, value, onValue, hint, error, required, className, ...rest }: TextAreaFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} required={required} className={className}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          data-field={field}
          value={value}
          onChange={(e) => onValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          rows={3}
          className={controlClass(error)}
          {...rest}
        />
      )}
    </FieldShell>
  );
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange" | "value"> {
  label: string;
  field: string;
  value: string;
  onValue: (value: string) => void;
  options: readonly { value: string; label: string }[];
  hint?: ReactNode;
  error?: string | null;
}

export function SelectField({ label, field, value, onValue, options, hint, error, required, className, ...rest }: SelectFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} required={required} className={className}>
      {({ id, describedBy }) => (
        <select
          id={id}
          data-field={field}
          value={value}
          onChange={(e) => onValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`${controlClass(error)} pr-10`}
          {...rest}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "checked" | "type"> {
  label: ReactNode;
  field?: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  hint?: ReactNode;
}

export function Checkbox({ label, field, checked, onChecked, hint, className = "", ...rest }: CheckboxProps) {
  const id = useId();
  return (
    <div className={`flex items-start gap-3 ${className}`}>
      <input
        id={id}
        type="checkbox"
        data-field={field}
        checked={checked}
        onChange={(e) => onChecked(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 size-6 shrink-0 accent-blue-900"
        {...rest}
      />
      <div>
        <label htmlFor={id} className="text-std-16N-170 text-solid-gray-900">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-dns-14N-130 text-solid-gray-700">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
  testId?: string;
}

interface RadioGroupProps<V extends string> {
  legend: string;
  name: string;
  field: string;
  value: V;
  onValue: (value: V) => void;
  options: readonly RadioOption<V>[];
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  className?: string;
  /** Layout of the options (default: one under the other). */
  optionsClassName?: string;
}

export function RadioGroup<V extends string>({
  legend,
  name,
  field,
  value,
  onValue,
  options,
  hint,
  error,
  required,
  className = "",
  optionsClassName = "space-y-2",
}: RadioGroupProps<V>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={className} aria-describedby={describedBy}>
      <legend className="text-std-16B-170 text-solid-gray-900">
        {legend}
        {required && <RequiredMark />}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-dns-16N-130 text-solid-gray-700">
          {hint}
        </p>
      )}
      <div className={`mt-2 ${optionsClassName}`}>
        {options.map((o, i) => {
          const optionId = `${id}-${i}`;
          return (
            <div key={o.value} className="flex items-start gap-3">
              <input
                id={optionId}
                type="radio"
                name={`${name}-${id}`}
                value={o.value}
                data-field={i === 0 ? field : undefined}
                data-testid={o.testId}
                checked={value === o.value}
                onChange={() => onValue(o.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                className="mt-1 size-6 shrink-0 accent-blue-900"
              />
              <div>
                <label htmlFor={optionId} className="text-std-16N-170 text-solid-gray-900">
                  {o.label}
                </label>
                {o.hint && (
                  <p id={`${optionId}-hint`} className="text-dns-14N-130 text-solid-gray-700">
                    {o.hint}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}

/**
 * `requestFocus(field)` moves focus to the control of `field` inside `root` once React has committed
 * the render that shows its error (focus before the commit would land on a stale tree), and scrolls
 * it to the middle of the window so the label and the error above it are not under a sticky bar.
 */
export function useFocusRequest(root: RefObject<HTMLElement | null>): (field: string) => void {
  const [request, setRequest] = useState<{ field: string; n: number } | null>(null);
  useEffect(() => {
    if (!request) return;
    const el = root.current?.querySelector<HTMLElement>(`[data-field="${request.field}"]`);
    if (!el) return;
    // Centred, so its label and error stay clear of the sticky bars above the form.
    el.focus({ preventScroll: true });
    if (typeof el.scrollIntoView === "function") el.scrollIntoView({ block: "center" });
  }, [request, root]);
  return useCallback((field: string) => setRequest((r) => ({ field, n: (r?.n ?? 0) + 1 })), []);
}

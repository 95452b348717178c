// Building blocks of the settings screens: page title, badges, tables, status lines, panels.

import { useEffect, useRef } from "react";
import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

export function PageTitle({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="max-w-[50em]">
        <h1
          id={id}
          ref={heading}
          tabIndex={-1}
          className="text-std-32B-150 text-solid-gray-900 focus:shadow-none focus:outline-none"
        >
          {title}
        </h1>
        {intro && <p className="mt-2 text-std-16N-170 text-solid-gray-800">{intro}</p>}
      </div>
      {children && <div className="flex flex-wrap gap-3">{children}</div>}
    </div>
  );
}

export type BadgeTone = "neutral" | "info" | "warning" | "danger" | "success";

const TONES: Record<BadgeTone, string> = {
  neutral: "border-solid-gray-420 bg-solid-gray-50 text-solid-gray-800",
  info: "border-blue-900 bg-blue-50 text-blue-1100",
  warning: "border-yellow-700 bg-yellow-50 text-yellow-1200",
  danger: "border-red-900 bg-red-50 text-red-1000",
  success: "border-green-900 bg-green-50 text-green-1100",
};

export function Badge({ tone = "neutral", children, testId }: { tone?: BadgeTone; children: ReactNode; testId?: string }) {
  return (
    <span
      data-testid={testId}
      className={`inline-block whitespace-nowrap rounded-4 border px-2 py-0.5 text-dns-14B-120 ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}

export function Table({ caption, children, testId }: { caption: string; children: ReactNode; testId?: string }) {
  return (
    <div className="overflow-x-auto rounded-8 border border-solid-gray-420">
      <table data-testid={testId} className="w-full border-collapse text-left text-dns-16N-130 text-solid-gray-900">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className = "", ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={`whitespace-nowrap px-4 py-3 text-dns-14B-130 text-solid-gray-800 ${className}`} {...rest} />;
}

export function Td({ className = "", ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`px-4 py-3 align-top ${className}`} {...rest} />;
}

export const THEAD = "border-b border-solid-gray-420 bg-solid-gray-50";
export const TROW = "border-b border-solid-gray-200 last:border-b-0";

/** A polite live region for "保存しました" and the like. */
export function StatusLine({ message, testId }: { message: string | null; testId?: string }) {
  return (
    <p role="status" data-testid={testId} className="text-std-16N-170 text-green-1100">
      {message ?? ""}
    </p>
  );
}

/** The framed area an add/edit form lives in. */
export function Panel({ title, titleId, children, testId }: { title: string; titleId: string; children: ReactNode; testId?: string }) {
  return (
    <section
      aria-labelledby={titleId}
      data-testid={testId}
      className="rounded-12 border-2 border-blue-900 bg-white p-6 sm:p-8"
    >
      <h2 id={titleId} className="text-std-24B-150 text-solid-gray-900">
        {title}
      </h2>
      <div className="mt-6">{children}</div>
    </section>
  );
}

/** A small text button for row actions (編集 …). */
export function LinkButton({
  children,
  onClick,
  testId,
  label,
}: {
  children: ReactNode;
  onClick: () => void;
  testId?: string;
  label?: string;
}) {
  return (
    <button
      type="button"
      data-testid={testId}
      aria-label={label}
      onClick={onClick}
      className="whitespace-nowrap text-std-16N-170 text-blue-1000 underline hover:decoration-2"
    >
      {children}
    </button>
  );
}

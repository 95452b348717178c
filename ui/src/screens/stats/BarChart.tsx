// A horizontal bar chart drawn as SVG rectangles inside an HTML grid: the labels and figures are
// DOM text (screen readers, E2E tests, the user's font size), the bars are `<rect>`s sized by
// attributes and coloured by Tailwind `fill-*` classes. No style is injected at run time, so it
// works under the app's CSP (`style-src 'self'`); see ARCHITECTURE.md for why no chart library.
//
// data-testid: <testid> the chart; <testid>-bar (data-key, data-value) one row.

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** What the value says in words (e.g. "3件"); the value itself when absent. */
  valueText?: string;
  /** Opens what the bar counts (e.g. the filtered case list). */
  href?: string;
  onOpen?: () => void;
  /** A Tailwind fill class for this bar (default blue). */
  fill?: string;
}

interface Props {
  bars: readonly Bar[];
  /** The chart's name for assistive technology. */
  label: string;
  testid: string;
}

export function BarChart({ bars, label, testid }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure data-testid={testid} aria-label={label} className="space-y-2">
      <ul className="space-y-2">
        {bars.map((b) => {
          const width = b.value === 0 ? 0 : Math.max(1, Math.round((b.value / max) * 1000) / 10);
          const name = b.href ? (
            <a
              href={b.href}
              onClick={(e) => {
                if (b.onOpen) {
                  e.preventDefault();
                  b.onOpen();
                }
              }}
              className="text-blue-1000 underline underline-offset-[calc(3/16*1rem)] hover:decoration-2"
            >
              {b.label}
            </a>
          ) : (
            b.label
          );
          return (
            <li
              key={b.key}
              data-testid={`${testid}-bar`}
              data-key={b.key}
              data-value={b.value}
              className="grid grid-cols-[minmax(6rem,14rem)_1fr_4.5rem] items-center gap-3 text-dns-16N-130"
            >
              <span className="truncate text-solid-gray-900">{name}</span>
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="h-5 w-full" aria-hidden="true" focusable="false">
                <rect x="0" y="0" width="100" height="10" className="fill-solid-gray-50" />
                <rect x="0" y="0" width={width} height="10" className={b.fill ?? "fill-blue-900"} />
              </svg>
              <span className="text-right tabular-nums text-solid-gray-900">{b.valueText ?? b.value}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

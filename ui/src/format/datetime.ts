// Date and time display.

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * An RFC 3339 instant shown in Japan Standard Time as `YYYY/MM/DD HH:mm`, in every UI language
 * (it is the form Japanese documents use, and it is unambiguous in English too).
 *
 * Japan has observed no daylight saving time since 1951, so a fixed +09:00 offset is exact and does
 * not depend on the webview's time-zone data. Text that is not a valid instant is returned as is.
 */
export function formatJst(rfc3339: string): string {
  const ms = Date.parse(rfc3339);
  if (Number.isNaN(ms)) return rfc3339;
  const d = new Date(ms + JST_OFFSET_MS);
  return (
    `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  );
}

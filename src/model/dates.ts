/** ISO 8601 calendar dates and intervals ("2024-04-18", "2024-04-13/2024-04-14"). No DOM. */

export interface DateInterval {
  /** Inclusive start and end, as UTC midnight timestamps. */
  readonly start: number;
  readonly end: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date (no 31 April) as a UTC timestamp, or null. */
export function parseIsoDate(value: string): number | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : null;
}

/** A date or an interval "start/end" with start ≤ end, or null when it is not one. */
export function parseDateOrInterval(value: string): DateInterval | null {
  const parts = value.split("/");
  if (parts.length === 1) {
    const t = parseIsoDate(value);
    return t === null ? null : { start: t, end: t };
  }
  if (parts.length !== 2) return null;
  const start = parseIsoDate(parts[0] as string);
  const end = parseIsoDate(parts[1] as string);
  return start === null || end === null || start > end ? null : { start, end };
}

export function formatIsoDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

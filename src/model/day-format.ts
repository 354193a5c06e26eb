/**
 * Day labels in English ("18 Apr", "18 Apr 2024") from UTC timestamps. Written here instead of d3-time-format,
 * whose general formatter costs about 3 KB gzipped at start for these two patterns. No DOM.
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "18 Apr" */
export function formatDayMonth(t: number): string {
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ""}`;
}

/** "18 Apr 2024" */
export function formatDayMonthYear(t: number): string {
  return `${formatDayMonth(t)} ${new Date(t).getUTCFullYear()}`;
}

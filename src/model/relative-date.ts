/**
 * Resolves a date phrase of a report ("on Thursday", "last weekend", "yesterday", "18 April") against the date
 * the report was published, and says how: a suggestion for the author, written into the feature's `when.method`
 * for them to check. Phrases it cannot read give null (the author resolves them). UTC days. No DOM.
 */
import { formatIsoDate, parseDateOrInterval } from "./dates.ts";

const DAY = 86_400_000;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]; // prettier-ignore

export interface ResolvedPhrase {
  readonly resolved: string;
  readonly method: string;
}

const iso = (t: number) => formatIsoDate(t);
const named = (day: number) => {
  const name = WEEKDAYS[day] ?? "";
  return name.charAt(0).toUpperCase() + name.slice(1);
};
const span = (a: number, b: number) => (a === b ? iso(a) : `${iso(a)}/${iso(b)}`);

export function resolveDatePhrase(phrase: string, published: string): ResolvedPhrase | null {
  const pub = parseDateOrInterval(published);
  if (!pub) return null;
  const end = pub.end;
  const when = pub.start === pub.end ? `the publication date (${iso(end)})` : `the end of the publication interval (${iso(end)})`; // prettier-ignore
  const p = phrase.toLowerCase().replace(/[.,]/g, " ").replace(/\s+/g, " ").trim();
  const said = (resolved: string, how: string): ResolvedPhrase => ({ resolved, method: `"${phrase}": ${how}. Resolved by the editor: check it against the text.` }); // prettier-ignore
  const weekday = WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}\\b`).test(p));
  const dow = new Date(end).getUTCDay();
  if (weekday >= 0 && /\bnext\b/.test(p)) {
    const t = end + ((weekday - dow + 7) % 7 || 7) * DAY;
    return said(iso(t), `the ${named(weekday)} after ${when}`);
  }
  if (weekday >= 0) {
    const t = end - ((dow - weekday + 7) % 7) * DAY;
    return said(iso(t), `the ${named(weekday)} on or before ${when}`);
  }
  if (/\byesterday\b/.test(p)) return said(iso(end - DAY), `the day before ${when}`);
  if (/\btoday\b/.test(p)) return said(iso(end), when);
  const monday = end - ((dow + 6) % 7) * DAY;
  if (/\blast weekend\b/.test(p)) {
    const sunday = dow === 0 ? end - 7 * DAY : end - dow * DAY;
    return said(span(sunday - DAY, sunday), `the Saturday and Sunday before ${when}`);
  }
  if (/\blast week\b/.test(p)) return said(span(monday - 7 * DAY, monday - DAY), `the week (Monday to Sunday) before the week of ${when}`); // prettier-ignore
  if (/\bthis week\b/.test(p)) return said(span(monday, end), `the week of ${when}, up to it`);
  const dayMonth = /\b(\d{1,2}) ([a-z]+)(?: (\d{4}))?\b/.exec(p);
  const monthDay = /\b([a-z]+) (\d{1,2})(?: (\d{4}))?\b/.exec(p);
  for (const [day, month, year] of [
    [dayMonth?.[1], dayMonth?.[2], dayMonth?.[3]],
    [monthDay?.[2], monthDay?.[1], monthDay?.[3]],
  ]) {
    const m = MONTHS.indexOf(month ?? "");
    if (m < 0 || day === undefined) continue;
    const y = year === undefined ? new Date(end).getUTCFullYear() : Number(year);
    let t = Date.UTC(y, m, Number(day));
    // Without a year, the latest such day on or before the publication.
    if (year === undefined && t > end) t = Date.UTC(y - 1, m, Number(day));
    if (new Date(t).getUTCDate() !== Number(day)) return null;
    return said(iso(t), year === undefined ? `the latest ${String(Number(day))} ${MONTHS[m] ?? ""} on or before ${when}` : "the date the text gives"); // prettier-ignore
  }
  return null;
}

/**
 * A passage typeset as one quotation: “…” around it, once. When the passage is itself one quotation from end to
 * end, its own marks are the quotation's (never doubled); quotation marks inside it become single ones (‘…’), as in
 * print. Straight quotes open after a space or at the start and close elsewhere. No DOM.
 */

function marks(t: string): { i: number; open: boolean }[] {
  const out: { i: number; open: boolean }[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === "“") out.push({ i, open: true });
    else if (c === "”") out.push({ i, open: false });
    else if (c === '"') out.push({ i, open: i === 0 || /[\s([{\u2014-]/.test(t[i - 1] ?? "") });
  }
  return out;
}

/** True when the mark opening at 0 is closed by the mark at the very end (the whole passage is one quotation). */
function wholeQuote(t: string, ms: { i: number; open: boolean }[]): boolean {
  const first = ms[0];
  const last = ms[ms.length - 1];
  if (!first || !last || first.i !== 0 || !first.open || last.i !== t.length - 1 || last.open) return false;
  let depth = 0;
  for (const m of ms) {
    depth += m.open ? 1 : -1;
    if (depth === 0 && m !== last) return false;
  }
  return depth === 0;
}

export function typesetQuote(passage: string): string {
  let t = passage.trim();
  if (wholeQuote(t, marks(t))) t = t.slice(1, -1);
  const ms = new Map(marks(t).map((m) => [m.i, m.open]));
  let inner = "";
  for (let i = 0; i < t.length; i++) inner += ms.has(i) ? (ms.get(i) ? "‘" : "’") : (t[i] ?? "");
  return `“${inner}”`;
}

/**
 * A passage typeset as one quotation (typesetQuote), cut at a word when it is longer than `max` characters: the
 * ellipsis stands inside the quotation marks, at the cut, so it never joins two sentences nor loses the closing mark.
 */
export function shortQuote(passage: string, max: number): string {
  const full = typesetQuote(passage);
  const inner = full.slice(1, -1);
  if (inner.length <= max) return full;
  const cut = inner
    .slice(0, max)
    .replace(/\s+\S*$/, "")
    .replace(/[\s,;:]+$/, "");
  // An inner quotation left open by the cut is closed before the ellipsis.
  const open = (cut.match(/‘/g) ?? []).length - (cut.match(/’(?![a-z])/g) ?? []).length;
  return `“${cut}${open > 0 ? "’" : ""}…”`;
}

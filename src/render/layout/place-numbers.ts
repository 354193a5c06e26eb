/**
 * An export's numbered markers: one per place, beside the mark or label that draws its statements ("1, 3, 10"
 * next to the badge), or on a short leader where that side is taken; never over a badge or a name. Pure.
 */
import type { Rect } from "./boxes.ts";
import type { LayoutContext } from "./context.ts";
import type { LayoutItem } from "./types.ts";
import { around, boxOf, textAt, textSize, type Candidate } from "./units.ts";

const PAD = 3;

/** The numbers of an item's statements, in order ("1, 3, 10"), or "" when none is numbered. */
function numbersOf(item: LayoutItem, numbers: ReadonlyMap<string, number>): string {
  const ns = [...new Set(item.ids.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined))];
  return ns.sort((a, b) => a - b).join(", ");
}

/** The part a number goes beside: the badge, the symbol, the label, or the pointer's box. */
function ownBox(item: LayoutItem): Rect {
  return item.frame ?? item.badge?.box ?? item.symbol?.box ?? item.text?.box ?? item.box;
}

/**
 * Places the numbered markers: beside each item that draws numbered statements; and for a numbered statement no
 * item draws (its label found no room), on a leader to a point of it the frame shows (`at`).
 */
export function placeNumbers(
  ctx: LayoutContext,
  numbers: ReadonlyMap<string, number>,
  at: (id: string) => { x: number; y: number } | null,
): void {
  const u = ctx.u;
  const owners: LayoutItem[] = ctx.items.filter((i) => i.kind !== "name" && i.kind !== "number");
  const owned = new Set(owners.flatMap((i) => i.ids));
  for (const [id] of numbers) {
    if (owned.has(id)) continue;
    const p = at(id);
    if (!p) continue;
    const dot = { x0: p.x - 1, y0: p.y - 1, x1: p.x + 1, y1: p.y + 1 };
    owners.push({ key: `spot:${id}`, kind: "symbol", ids: [id], at: null, box: dot });
  }
  for (const item of owners) {
    const label = numbersOf(item, numbers);
    if (label === "") continue;
    const t = textSize(label, "number", u);
    const w = t.w + 2 * PAD * u;
    const h = t.h;
    const b = ownBox(item);
    const g = 2 * u;
    const cy = (b.y0 + b.y1) / 2 - h / 2;
    const cx = (b.x0 + b.x1) / 2 - w / 2;
    const beside: Candidate[] = [
      { x: b.x1 + g, y: cy, leader: null },
      { x: b.x0 - g - w, y: cy, leader: null },
      { x: cx, y: b.y0 - g - h, leader: null },
      { x: cx, y: b.y1 + g, leader: null },
    ];
    const ox = (b.x0 + b.x1) / 2;
    const oy = (b.y0 + b.y1) / 2;
    const far = around(ox, oy, w, h, [10, 18, 28, 40, 56, 76, 100, 130].map((d) => d * u + Math.max(b.x1 - b.x0, b.y1 - b.y0) / 2)); // prettier-ignore
    const c = [...beside, ...far].find((k) => ctx.fits([boxOf(k, w, h)], k.leader, [b]));
    if (!c) {
      ctx.notShown.push(label);
      continue;
    }
    const frame = boxOf(c, w, h);
    const text = textAt(label, "number", u, c.x + PAD * u, c.y);
    ctx.commit({ key: `number:${item.key}`, kind: "number", ids: item.ids, at: item.at, text, frame, ...(c.leader ? { leader: c.leader } : {}) }, [frame]); // prettier-ignore
  }
}

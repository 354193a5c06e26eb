/** Assigns timeline marks to lanes so that none overlap (greedy, in start order). Pure. */

export interface Span {
  readonly id: string;
  readonly x0: number;
  readonly x1: number;
}

/** Lane index per id; spans closer than `gap` share no lane. */
export function assignLanes(spans: readonly Span[], gap: number): Map<string, number> {
  const ends: number[] = [];
  const lanes = new Map<string, number>();
  for (const s of [...spans].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1 || a.id.localeCompare(b.id))) {
    let lane = ends.findIndex((end) => end + gap <= s.x0);
    if (lane === -1) {
      lane = ends.length;
      ends.push(s.x1);
    } else ends[lane] = s.x1;
    lanes.set(s.id, lane);
  }
  return lanes;
}

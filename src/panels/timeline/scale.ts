/** A linear time scale (timestamps ↔ pixels) with day ticks: all the timeline needs from d3-scale. Pure. */

export interface TimeScale {
  (t: number): number;
  invert(px: number): number;
  /** Midnight (UTC) timestamps every `step` days inside the domain. */
  dayTicks(step: number): number[];
}

const DAY = 86_400_000;

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0 || 1);
  const scale = ((t: number) => r0 + (t - d0) * k) as TimeScale;
  scale.invert = (px: number) => d0 + (px - r0) / k;
  scale.dayTicks = (step: number) => {
    const ticks: number[] = [];
    for (let t = Math.ceil(d0 / DAY) * DAY; t <= d1; t += step * DAY) ticks.push(t);
    return ticks;
  };
  return scale;
}

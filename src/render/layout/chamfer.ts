/**
 * The chamfer (3-4) distance transform of one region of a raster of region codes: for each of its cells, the
 * distance in cells to the nearest cell of another region (or the raster's edge); 0 outside it. Pure.
 */
export function chamferDistance(codes: ArrayLike<number>, cols: number, rows: number, code: number): Float32Array {
  const d = new Float32Array(cols * rows);
  let [rmin, rmax, cmin, cmax] = [rows, -1, cols, -1];
  for (let i = 0; i < d.length; i++) {
    if (codes[i] !== code) continue;
    d[i] = 1e9;
    const r = Math.floor(i / cols);
    const c = i - r * cols;
    rmin = Math.min(rmin, r);
    rmax = Math.max(rmax, r);
    cmin = Math.min(cmin, c);
    cmax = Math.max(cmax, c);
  }
  const at = (r: number, c: number) => (r < 0 || c < 0 || r >= rows || c >= cols ? 0 : (d[r * cols + c] as number));
  for (let r = rmin; r <= rmax; r++)
    for (let c = cmin; c <= cmax; c++) {
      const i = r * cols + c;
      if (d[i] === 0) continue;
      d[i] = Math.min(d[i] as number, at(r, c - 1) + 3, at(r - 1, c) + 3, at(r - 1, c - 1) + 4, at(r - 1, c + 1) + 4);
    }
  for (let r = rmax; r >= rmin; r--)
    for (let c = cmax; c >= cmin; c--) {
      const i = r * cols + c;
      if (d[i] === 0) continue;
      d[i] = Math.min(d[i] as number, at(r, c + 1) + 3, at(r + 1, c) + 3, at(r + 1, c + 1) + 4, at(r + 1, c - 1) + 4);
    }
  for (let r = rmin; r <= rmax; r++) for (let c = cmin; c <= cmax; c++) d[r * cols + c] = (d[r * cols + c] as number) / 3; // prettier-ignore
  return d;
}

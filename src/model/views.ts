/** Named views: data, validated where they enter. No DOM, no map. */

export type BBox = readonly [west: number, south: number, east: number, north: number];

export interface NamedView {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly bounds: BBox;
}

export interface ViewSet {
  readonly defaultId: string;
  readonly views: readonly NamedView[];
}

export class ViewsError extends Error {
  override name = "ViewsError";
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseBounds(value: unknown, where: string): BBox {
  if (!Array.isArray(value) || value.length !== 4 || !value.every((n) => typeof n === "number" && Number.isFinite(n))) {
    throw new ViewsError(`${where}.bounds: expected [west, south, east, north] as four numbers`);
  }
  const [w, s, e, n] = value as [number, number, number, number];
  if (w < -180 || e > 180 || s < -90 || n > 90 || w >= e || s >= n) {
    throw new ViewsError(`${where}.bounds: expected west < east within ±180 and south < north within ±90`);
  }
  return Object.freeze([w, s, e, n] as const);
}

/** Parses and freezes a views document ({ default, views: [{ id, title, description, bounds }] }). */
export function parseViews(json: unknown, file = "views.json"): ViewSet {
  if (!isRecord(json) || !Array.isArray(json.views))
    throw new ViewsError(`${file}: expected an object with a "views" array`);
  const seen = new Set<string>();
  const views = json.views.map((raw: unknown, i: number): NamedView => {
    const where = `${file}: views[${i}]`;
    if (!isRecord(raw)) throw new ViewsError(`${where}: expected an object`);
    const { id, title, description } = raw;
    if (typeof id !== "string" || !/^[a-z0-9-]+$/.test(id)) throw new ViewsError(`${where}.id: expected a slug`);
    if (seen.has(id)) throw new ViewsError(`${where}.id: duplicate "${id}"`);
    seen.add(id);
    if (typeof title !== "string" || title === "") throw new ViewsError(`${where}.title: expected text`);
    return Object.freeze({
      id,
      title,
      description: typeof description === "string" ? description : "",
      bounds: parseBounds(raw.bounds, where),
    });
  });
  if (views.length === 0) throw new ViewsError(`${file}: no views`);
  const defaultId = typeof json.default === "string" ? json.default : "";
  if (!seen.has(defaultId)) throw new ViewsError(`${file}.default: "${defaultId}" is not one of the views`);
  return Object.freeze({ defaultId, views: Object.freeze(views) });
}

export interface ResolvedView {
  readonly view: NamedView;
  /** The name that was asked for and not found, when the default was used instead. */
  readonly unknown: string | null;
}

/** Finds a view by name; an unknown or empty name gives the default, and says which name was unknown. */
export function resolveView(set: ViewSet, name: string | null | undefined): ResolvedView {
  const fallback = set.views.find((v) => v.id === set.defaultId) as NamedView;
  if (name === null || name === undefined || name === "") return { view: fallback, unknown: null };
  const found = set.views.find((v) => v.id === name);
  return found ? { view: found, unknown: null } : { view: fallback, unknown: name };
}

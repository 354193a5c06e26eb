/** What the layout's steps share while they place: the frame, the collision index, the regions and the items. */
import type { StoryFeature } from "../../model/types.ts";
import { union, type Occupancy, type Rect } from "./boxes.ts";
import type { Camera } from "./camera.ts";
import { Regions, type Land } from "./regions.ts";
import type { LayoutItem, Segment } from "./types.ts";

export class LayoutContext {
  readonly items: LayoutItem[] = [];
  readonly notShown: string[] = [];
  private readonly areaRegions = new Map<string, Regions>();

  constructor(
    readonly camera: Camera,
    readonly occ: Occupancy,
    readonly regions: Regions,
    readonly byId: ReadonlyMap<string, StoryFeature>,
    readonly dimmed: ReadonlySet<string>,
    private readonly extent: readonly number[],
  ) {}

  get u(): number {
    return this.camera.unit;
  }

  /** A raster of one story area (its own region, code 1), made once per layout. */
  areaRegion(key: string, geometry: Land["geometry"]): Regions {
    let r = this.areaRegions.get(key);
    if (!r) {
      r = new Regions(this.camera, [{ id: key, geometry }], this.regions.cell, this.extent, false);
      this.areaRegions.set(key, r);
    }
    return r;
  }

  dims(ids: readonly string[]): boolean[] {
    return ids.map((id) => this.dimmed.has(id));
  }

  /** Are all these boxes free and inside the frame, and is the leader clear of what is placed? */
  fits(boxes: readonly Rect[], leader: Segment | null = null, except: readonly Rect[] = []): boolean {
    if (!boxes.every((b) => this.occ.fits(b))) return false;
    return !leader || this.occ.lineIsClear(leader.x1, leader.y1, leader.x2, leader.y2, except);
  }

  /** Places an item: its boxes and its leader are taken. */
  commit(item: Omit<LayoutItem, "box">, boxes: readonly Rect[]): LayoutItem {
    for (const b of boxes) this.occ.add(b);
    if (item.leader) this.occ.addLine(item.leader.x1, item.leader.y1, item.leader.x2, item.leader.y2);
    const box = boxes.reduce(union);
    const placed = { ...item, box };
    this.items.push(placed);
    return placed;
  }
}

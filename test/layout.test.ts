import { describe, expect, it } from "vitest";
import { analyse, type Polygons } from "../scripts/audit/analyse.ts";
import type { Piece, Seen } from "../scripts/audit/collect.ts";
import { BANDS, EXTENT, basemap, firstStory } from "./fixtures.ts";
import { cameraKey, constrain, fitCamera, holdBounds } from "../src/render/layout/camera.ts";
import { layoutOfMap } from "../src/render/svg-map/map.ts";
import type { LayoutItem, MapLayout } from "../src/render/layout/types.ts";
import { liveControls, builtOverlays } from "../src/map-host/obstacles.ts";
import { appPaddingFor, embedPaddingFor } from "../src/map-host/padding.ts";
import type { MultiPolygon, Polygon } from "geojson";
import { MAX_SELECTION_ZOOM, selectionBounds } from "../src/map-host/story-binding.ts";
import { APP_FRAMES } from "../src/pages/static-map.ts";
import { guideSteps } from "../src/model/steps.ts";

const story = firstStory();
const map = basemap();
const polygons: Polygons = {
  lands: new Map(map.land.features.map((f) => [f.properties.id, f.geometry as Polygon | MultiPolygon])),
  features: new Map(story.features.flatMap((f) => (f.geometry ? [[f.id, f.geometry] as const] : []))),
};

const FRAMES = [
  { name: "app", ...APP_FRAMES.wide, profile: "app" as const },
  { name: "phone", ...APP_FRAMES.narrow, profile: "app" as const },
  { name: "embed", width: 640, height: 435, profile: "embed" as const },
  { name: "embed narrow", width: 320, height: 300, profile: "embed" as const },
];

/** The layout's own boxes as the audit reads a page's (one piece per part of each item). */
function seen(layout: MapLayout, obstacles: Seen["controls"]): Seen {
  const pieces: Piece[] = layout.items.flatMap((item: LayoutItem) => {
    const base = { item: item.key, within: item.within ?? "", leader: item.leader ? ([item.leader.x1, item.leader.y1] as const) : null }; // prettier-ignore
    if (item.frame) return [{ ...base, kind: item.kind === "pointer" ? "pointer" : "mark", text: item.text?.text ?? "", rect: item.frame }]; // prettier-ignore
    return [
      ...[item.text, ...(item.more ?? [])].flatMap((t) => (t ? [{ ...base, kind: "name", text: t.text, rect: t.box }] : [])), // prettier-ignore
      ...(item.rows ?? []).flatMap((r) => [{ ...base, kind: "name", text: r.text.text, rect: r.text.box }, { ...base, kind: "mark", text: "", rect: r.badge.box }]), // prettier-ignore
      ...(item.badge ? [{ ...base, kind: "mark", text: "", rect: item.badge.box }] : []),
      ...(item.symbol ? [{ ...base, kind: "mark", text: "", rect: item.symbol.box }] : []),
      ...(item.marker ? [{ ...base, kind: "mark", text: "", rect: item.marker.box }] : []),
    ];
  });
  return { width: layout.camera.width, height: layout.camera.height, pieces, controls: obstacles, camera: cameraKey(layout.camera), scale: 1, offset: [0, 0], drawing: "static" }; // prettier-ignore
}

describe("layoutMap: one placement of names, marks and pointers", () => {
  for (const frame of FRAMES) {
    for (const view of story.views.views) {
      it(`${frame.name} ${frame.width}×${frame.height}, view "${view.id}": nothing on anything, every name inside its land`, () => {
        // prettier-ignore
        const padding = (frame.profile === "app" ? appPaddingFor : embedPaddingFor)(frame.width, null);
        const camera = constrain(fitCamera(view.bounds, { ...frame, unit: 1 }, padding), holdBounds(story.bounds, EXTENT)); // prettier-ignore
        const obstacles = [...builtOverlays(frame.profile, frame.width, frame.height), ...liveControls(frame.profile, frame.width, frame.height, frame.profile === "app" && frame.width >= 560)]; // prettier-ignore
        const layout = layoutOfMap({ basemap: map, features: story.features, hidden: [], bands: BANDS, storyBounds: story.bounds, named: story.article, obstacles, extent: EXTENT, padding }, camera); // prettier-ignore
        const findings = analyse(
          seen(
            layout,
            obstacles.map((rect, i) => ({ name: `control ${i}`, rect })),
          ),
          polygons,
        );
        expect(findings).toEqual([]);
        // The territories are named wherever they show: a reader can tell which side of the border is which.
        const names = layout.items.flatMap((i) => (i.kind === "name" && i.text ? [[i.text, ...(i.more ?? [])].map((t) => t.text).join(" ")] : [])); // prettier-ignore
        if (view.id !== "region") expect(names).toEqual(expect.arrayContaining(["EGYPT", "GAZA STRIP"]));
      });
    }
  }
});

describe("a selected statement is drawn where the map moves to show it", () => {
  for (const frame of FRAMES) {
    it(`${frame.name} ${frame.width}×${frame.height}: every located statement, framed as its selection frames it`, () => {
      const padding = (frame.profile === "app" ? appPaddingFor : embedPaddingFor)(frame.width, null);
      const obstacles = [...builtOverlays(frame.profile, frame.width, frame.height), ...liveControls(frame.profile, frame.width, frame.height, frame.profile === "app" && frame.width >= 560)]; // prettier-ignore
      const missing = story.features.flatMap((f) => {
        const box = selectionBounds(f, story.bounds);
        if (!box) return [];
        const camera = constrain(fitCamera(box, { ...frame, unit: 1 }, padding, MAX_SELECTION_ZOOM), holdBounds(story.bounds, EXTENT)); // prettier-ignore
        const layout = layoutOfMap({ basemap: map, features: story.features, hidden: [], bands: BANDS, storyBounds: story.bounds, named: story.article, obstacles, extent: EXTENT, padding, selected: f.id }, camera); // prettier-ignore
        return layout.items.some((i) => i.ids.includes(f.id)) ? [] : [f.id];
      });
      expect(missing).toEqual([]);
    });
  }
});

describe("what the story's statements become on the map", () => {
  const padding = appPaddingFor(794, null);
  const layoutAt = (viewId: string) => {
    const view = story.views.views.find((v) => v.id === viewId);
    if (!view) throw new Error(viewId);
    const camera = fitCamera(view.bounds, { ...APP_FRAMES.wide, unit: 1 }, padding);
    return layoutOfMap({ basemap: map, features: story.features, hidden: [], bands: BANDS, storyBounds: story.bounds, named: story.article, obstacles: [], extent: EXTENT, padding }, camera); // prettier-ignore
  };
  it("statements about Rafah as a whole stand beside the name Rafah, not at a point beside another name", () => {
    const named = layoutAt("border").items.find((i) => i.kind === "named");
    expect(named?.text?.text).toBe("Rafah");
    expect(named?.ids).toEqual(["concern-civilian-casualties", "green-light-denied", "new-arab-claim"]);
  });
  it("a statement the text gives no place for is listed beside the map, not drawn", () => {
    const layout = layoutAt("border");
    expect(layout.notOnMap).toEqual(expect.arrayContaining(["egypt-ready-all-scenarios", "working-groups"]));
    expect(layout.items.some((i) => i.ids.includes("egypt-ready-all-scenarios"))).toBe(false);
  });
  it("a statement about the whole Gaza Strip is a callout in words", () => {
    const callout = layoutAt("border").items.find((i) => i.ids.includes("humanitarian-situation-gaza"));
    expect(callout?.kind).toBe("callout");
    expect(callout?.rows?.map((r) => r.text.text)).toEqual(["Humanitarian situation"]);
  });
  it("places beyond the frame are pointers against its edge, with a true bearing and the distance", () => {
    const pointers = layoutAt("border").items.filter((i) => i.kind === "pointer");
    expect(pointers.map((p) => p.text?.text)).toEqual([expect.stringMatching(/^Washington 9,\d{3} km$/), expect.stringMatching(/^Tehran 1,\d{3} km$/)]); // prettier-ignore
    for (const p of pointers) {
      const b = p.box;
      expect(Math.min(b.x0, b.y0, APP_FRAMES.wide.width - b.x1, APP_FRAMES.wide.height - b.y1)).toBeLessThanOrEqual(6);
    }
    expect(pointers[1]?.arrow?.bearing).toBeGreaterThan(60);
    expect(pointers[1]?.arrow?.bearing).toBeLessThan(100);
  });
  it("every story area is named where it shows", () => {
    const labelled = layoutAt("border")
      .items.filter((i) => i.kind === "area")
      .flatMap((i) => i.ids);
    expect(labelled).toEqual(expect.arrayContaining(["possible-operation-rafah", "egypt-forces-northern-sinai", "treaty-zone-c"])); // prettier-ignore
  });
});

describe("a guided step's statements are all drawn where the step frames them", () => {
  const steps = guideSteps(story);
  for (const frame of FRAMES) {
    it(`${frame.name} ${frame.width}×${frame.height}: every located statement of every step, nothing on anything`, () => {
      const padding = (frame.profile === "app" ? appPaddingFor : embedPaddingFor)(frame.width, null);
      const obstacles = [...builtOverlays(frame.profile, frame.width, frame.height), ...liveControls(frame.profile, frame.width, frame.height, frame.profile === "app" && frame.width >= 560)]; // prettier-ignore
      for (const step of steps) {
        const view = story.views.views.find((v) => v.id === step.viewId);
        if (!view) throw new Error(step.viewId);
        const camera = constrain(fitCamera(view.bounds, { ...frame, unit: 1 }, padding), holdBounds(story.bounds, EXTENT)); // prettier-ignore
        const dimmed = new Set(story.features.filter((f) => step.paragraph !== null && !step.features.includes(f.id)).map((f) => f.id)); // prettier-ignore
        const layout = layoutOfMap({ basemap: map, features: story.features, hidden: [], bands: BANDS, storyBounds: story.bounds, named: story.article, obstacles, extent: EXTENT, padding, dimmed, focus: step.features }, camera); // prettier-ignore
        const located = step.features.filter((id) => story.features.some((f) => f.id === id && f.geometry !== null && f.properties.precision.type !== "off-map")); // prettier-ignore
        expect(
          located.filter((id) => !layout.items.some((i) => i.ids.includes(id))),
          `step ${step.index}`,
        ).toEqual([]);
        const findings = analyse(seen(layout, obstacles.map((rect, i) => ({ name: `control ${i}`, rect }))), polygons); // prettier-ignore
        expect(findings, `step ${step.index}`).toEqual([]);
      }
    });
  }
});

/**
 * The story's dated features on a time axis (d3): intervals as bars, single days as dots, each labelled with the
 * text's own phrase. Clicking a mark selects its feature; brushing the axis sets a time range that dims what lies
 * outside it on the map, in the text and in the list.
 */
import { select, type Selection } from "d3-selection";
import { formatDayMonth, formatDayMonthYear } from "../../model/day-format.ts";
import type { DerivedFacts } from "../../model/derived.ts";
import type { Story, StoryFeature } from "../../model/types.ts";
import type { Store, UiState } from "../../state/store.ts";
import { statusColors } from "../../theme/status.ts";
import { strings } from "../../locale/en.ts";
import { outsideRange } from "../../model/filters.ts";
import { Brush } from "./brush.ts";
import { timeScale, type TimeScale } from "./scale.ts";
import { AXIS, BRUSH, DAY, LANE, MARGIN, timelineLayout } from "./layout.ts";

/** The width at which the page takes its phone layout (styles/side.css). */
const PHONE_LAYOUT = 700;
const formatDay = (d: Date) => formatDayMonthYear(d.getTime());
const formatTick = (d: Date) => formatDayMonth(d.getTime());

export class Timeline {
  private readonly dated: StoryFeature[];
  private svg: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  private brush: Brush | null = null;
  private x: TimeScale = timeScale([0, 1], [0, 1]);
  private readonly observer: ResizeObserver;
  private readonly unsubscribe: () => void;
  private width = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly story: Story,
    private readonly facts: DerivedFacts,
    private readonly store: Store,
  ) {
    this.dated = story.features.filter((f) => f.when !== null);
    this.observer = new ResizeObserver(() => {
      const w = Math.round(this.host.clientWidth);
      if (w > 0 && w !== this.width) {
        this.width = w;
        this.render();
      }
    });
    this.observer.observe(host);
    // Draw now, not on the observer's first callback, so the map's size is settled before it signals ready.
    this.width = Math.round(host.clientWidth);
    if (this.width > 0) this.render();
    this.unsubscribe = store.subscribe((state, previous) => {
      this.update(state, previous);
    });
  }

  destroy(): void {
    this.observer.disconnect();
    this.unsubscribe();
    this.host.replaceChildren();
  }

  /** The rows the page reserved for the timeline at this width (data-rows-*, written at build time), if any. */
  private reservedRows(): number | null {
    const narrow = window.matchMedia(`(max-width: ${PHONE_LAYOUT}px)`).matches;
    const value = Number(this.host.dataset[narrow ? "rowsNarrow" : "rowsWide"]);
    return Number.isInteger(value) && value > 0 ? value : null;
  }

  private render(): void {
    const width = this.width;
    const extent = this.facts.timeExtent;
    if (!extent) {
      const note = document.createElement("p");
      note.className = "timeline-empty";
      note.textContent = strings.timeline.noDates;
      this.host.replaceChildren(note);
      return;
    }
    const { start, end } = extent;
    const layout = timelineLayout(this.dated, extent, width, this.reservedRows());
    this.x = layout.x;
    const { x, placed, lanes, stacked, laneCount, noteLane, height } = layout;

    const heading = document.createElement("h2");
    heading.className = "visually-hidden";
    heading.textContent = strings.timeline.heading;
    const clear = document.createElement("button");
    clear.type = "button";
    clear.className = "timeline-clear";
    clear.textContent = strings.timeline.clear;
    clear.hidden = this.store.get().timeRange === null;
    clear.addEventListener("click", () => {
      this.store.set({ timeRange: null });
    });
    const svgNode = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    this.host.replaceChildren(heading, clear, svgNode);
    const svg = select(svgNode)
      .attr("width", width)
      .attr("height", height)
      .attr("viewBox", `0 0 ${width} ${height}`)
      .attr("role", "img")
      .attr("aria-label", strings.timeline.label(formatDay(new Date(start)), formatDay(new Date(end))));
    this.svg = svg;

    // The publication interval, shaded.
    const pub = this.story.published;
    if (pub)
      svg
        .append("rect")
        .attr("class", "tl-published")
        .attr("x", x(pub.start))
        .attr("y", MARGIN.top - 4)
        .attr("width", Math.max(2, x(pub.end + DAY) - x(pub.start)))
        .attr("height", laneCount * LANE + 4)
        .append("title")
        .text(strings.timeline.published);

    const marks = svg
      .append("g")
      .selectAll<SVGGElement, StoryFeature>("g")
      .data(this.dated, (d) => d.id)
      .join("g")
      .attr("class", "tl-mark")
      .attr("data-feature", (d) => d.id)
      .attr("transform", (d) => `translate(0,${MARGIN.top + (lanes.get(d.id) ?? 0) * LANE})`)
      .on("click", (_e, d) => {
        this.store.select(d.id, "timeline");
      });
    marks
      .append("rect")
      .attr("class", "tl-bar")
      .attr("x", (d) => x((d.when as { start: number }).start))
      .attr("y", 3)
      .attr("width", (d) => {
        const w = d.when as { start: number; end: number };
        return Math.max(8, x(w.end + DAY) - x(w.start) - 1);
      })
      .attr("height", LANE - 6)
      .attr("rx", 3)
      .attr("fill", (d) => statusColors[d.properties.status]);
    marks
      .append("text")
      .attr("class", "tl-label")
      .attr("x", (d) => placed.get(d.id)?.x ?? 0)
      .attr("text-anchor", (d) => placed.get(d.id)?.anchor ?? "start")
      .attr("y", LANE / 2 + 4)
      .text((d) => (stacked.has(d.id) ? "" : (placed.get(d.id)?.text ?? "")));
    marks.append("title").text((d) => this.tooltip(d));

    if (stacked.size > 0) {
      svg
        .append("text")
        .attr("class", "tl-stacked")
        .attr("x", width - MARGIN.right)
        .attr("y", MARGIN.top + noteLane * LANE + LANE / 2 + 4)
        .attr("text-anchor", "end")
        .text(strings.timeline.stacked(stacked.size));
    }

    const axisY = MARGIN.top + laneCount * LANE;
    const axis = svg.append("g").attr("class", "tl-axis").attr("transform", `translate(0,${axisY})`);
    axis
      .append("line")
      .attr("x1", MARGIN.left)
      .attr("x2", width - MARGIN.right)
      .attr("stroke", "#999");
    const ticks = axis
      .selectAll("g")
      .data(x.dayTicks(width < 500 ? 4 : 2).filter((t) => x(t) > MARGIN.left + 14 && x(t) < width - MARGIN.right - 14))
      .join("g")
      .attr("transform", (t) => `translate(${x(t)},0)`);
    ticks.append("line").attr("y2", 4).attr("stroke", "#999");
    ticks
      .append("text")
      .attr("y", 15)
      .attr("text-anchor", "middle")
      .text((t) => formatTick(new Date(t)));

    const brush = new Brush({
      x0: MARGIN.left,
      x1: width - MARGIN.right,
      y: axisY + AXIS - 4,
      height: BRUSH,
      onEnd: (span) => {
        if (!span) {
          this.store.set({ timeRange: null });
          return;
        }
        const a = Math.round(x.invert(span[0]) / DAY) * DAY;
        const b = Math.round(x.invert(span[1]) / DAY) * DAY - DAY;
        this.store.set({ timeRange: [a, Math.max(a, b)] });
      },
    });
    const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
    title.textContent = strings.timeline.brush;
    brush.group.append(title);
    svgNode.append(brush.group);
    this.brush = brush;
    this.update(this.store.get(), null);
  }

  private tooltip(f: StoryFeature): string {
    const w = f.properties.when;
    if (!w) return f.properties.title;
    return `${f.properties.title}. ${strings.details.whenResolved(w.phrase, w.resolved ?? "")}`;
  }

  private update(state: UiState, previous: UiState | null): void {
    const svg = this.svg;
    if (!svg) return;
    if (!previous || state.selected !== previous.selected) {
      svg.selectAll<SVGGElement, StoryFeature>("g.tl-mark").classed("is-selected", (d) => d.id === state.selected);
    }
    if (!previous || state.timeRange !== previous.timeRange) {
      svg
        .selectAll<SVGGElement, StoryFeature>("g.tl-mark")
        .classed("is-dimmed", (d) => outsideRange(d.when, state.timeRange));
      const clear = this.host.querySelector<HTMLButtonElement>(".timeline-clear");
      if (clear) clear.hidden = state.timeRange === null;
      const r = state.timeRange;
      this.brush?.show(r ? [this.x(r[0]), this.x(r[1] + DAY)] : null);
    }
  }
}

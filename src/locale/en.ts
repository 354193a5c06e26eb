/** Every user-visible string of the app, in one place. */

export const strings = {
  appTitle: "Rafah, the Egypt–Gaza border and northern Sinai",
  mapLabel: "Map of Rafah, the Egypt–Gaza border strip and northern Sinai",
  attribution: {
    osm: "© OpenStreetMap contributors (ODbL)",
    geonames: "Places: GeoNames (CC BY 4.0)",
  },
  views: {
    groupLabel: "Map views",
    unknown: (name: string, fallback: string) => `There is no view named “${name}”; showing “${fallback}” instead.`,
  },
  stories: {
    unknown: (name: string, fallback: string) => `There is no story named “${name}”; showing “${fallback}” instead.`,
    published: (when: string) => `Published ${when}`,
    undated: "undated",
    undatedByline: "Undated: the text carries no date",
  },
  article: {
    heading: "The report",
    hint: "Underlined passages are on the map: select one to see where, and who says so.",
    showAll: "Show all marked passages",
  },
  /** The line under the title that says what the map shows. */
  dek: (statements: number) => `Where the report's ${statements} statements are, and who says so`,
  guide: {
    following: "The map follows the report as you read.",
    paused: "The map is paused where you left it.",
    pause: "Pause",
    follow: "Follow the report",
    /** What the map shows now, said to screen readers as a step is reached. */
    overview: (view: string) => `Map: ${view}, the report's places in overview.`,
    step: (view: string, titles: readonly string[]) => `Map: ${view}. Marked: ${titles.join("; ")}.`,
    stepNothing: (view: string) => `Map: ${view}. This paragraph reports nothing with a place on the map.`,
  },
  details: {
    empty: "Select a marked passage, or a place on the map, to see what the report says about it.",
    status: {
      reported: "Reported",
      claimed: "Claimed",
      denied: "Denied",
      stated: "Stated",
      planned: "Planned",
      context: "Context",
    },
    by: (who: string) => `by ${who}`,
    quote: "In the text",
    when: "When",
    whenResolved: (phrase: string | null, resolved: string) => (phrase ? `“${phrase}”: ${resolved}` : resolved),
    whereHeading: "Where, and how precisely",
    /** How precisely a place is known, in words (never the data's key). */
    precision: {
      exact: "Exact position",
      approximate: "Approximate position",
      area: "An area",
      "area-not-named": "An area the report does not delimit",
      "off-map": "Beyond the regional map",
      unlocated: "No place given",
    },
    withinMetres: (m: number) =>
      `within about ${m >= 1000 ? `${(m / 1000).toFixed(1).replace(/\.0$/, "")} km` : `${m} m`}`,
    sources: "Sources of the place",
    /** A source in words, with what it gives ("Rafah: Wikipedia, “Rafah” (the centre of Rafah)"). */
    source: (text: string, note: string) => (note ? `${text} (${note})` : text),
    related: "Related",
    relation: {
      denies: "denies",
      "denied-by": "denied by",
      contradicts: "contradicts",
      "same-event": "same event as",
      "part-of": "part of",
      "has-part": "includes",
      "caused-by": "caused by",
      causes: "led to",
      "context-for": "context for",
      "located-at": "located at",
    },
    lengths: (reported: number | null, measured: number) =>
      reported === null
        ? `Measured on the map's geometry: ${measured.toFixed(1)} km.`
        : `Reported: ${reported} km. Measured on the map's geometry: ${measured.toFixed(1)} km. The two figures differ.`,
    distance: (km: number, reference: string) =>
      km < 1 ? `Within 1 km of: ${reference}.` : `About ${Math.round(km)} km from: ${reference}.`,
    offMap: "Off the regional map.",
    notOnMap: "Not placed on the map.",
    close: "Close details",
    chooser: "Other statements here",
    atPlace: "at this place",
    inPassage: "in this passage",
    statements: (where: string, n: number) => `${n} statements ${where}`,
    emptyEmbed: "Select a place on the map or in the list to see what the report says about it.",
  },
  list: {
    heading: (n: number) => `Places and events in this report (${n})`,
    meta: (status: string, who: string, where: string) => [`${status} by ${who}`, where].filter((x) => x).join(" · "),
  },
  groups: {
    positions: "Reported positions and plans",
    events: "Events",
    claims: "Claims and denials",
    context: "Context: borders, treaty zones",
    labels: "Place labels",
  },
  layers: {
    heading: "Layers and legend",
    legend: "Legend",
    hatched: "Approximate area: hatched, extent not given precisely",
    area: "Area with a known outline",
    uncertainty: "Approximate position: where it can be (circle or area of uncertainty)",
    stack: "Several statements at one place: their symbols side by side",
    halo: "A statement about a border or a territory: a band along it",
    egyptGaza: "Egypt–Gaza border",
    border: "International border",
    armistice: "1949 Armistice Line",
    crossing: "Border crossing",
    site: "Site",
    town: "Town or city",
  },
  key: {
    heading: "Key",
    show: "Show the key",
    hide: "Hide the key",
    hatched: "Approximate area",
    area: "Known outline",
    uncertainty: "May be anywhere here",
    stack: "Several statements here",
    halo: "About a border or territory",
    /** Statements the text gives no place for, listed beside the map. */
    notOnMap: "Not on the map:",
    /** The names the map has no room for at this scale. */
    notShown: (n: number) =>
      n === 0
        ? ""
        : `${n} ${n === 1 ? "name" : "names"} not shown at this scale: zoom in to see ${n === 1 ? "it" : "them"}`,
  },
  timeline: {
    heading: "Timeline",
    label: (start: string, end: string) => `Timeline of the report's events from ${start} to ${end}`,
    published: "When the text was written",
    brush: "Drag along the dates to show only what happened in that time",
    clear: "Show all dates",
    noDates: "The report gives no dates: nothing to show on a timeline.",
    stacked: (n: number) =>
      `${n.toLocaleString("en-GB")} more dated items overlap in the last row: use the list or the text`,
  },
  inset: {
    label: "Locator: the world centred on the region, with the map's current view framed",
    offMap: (km: number, direction: string) => `${km.toLocaleString("en-GB")} km ${direction} of the map`,
  },
  map: {
    /** A label of several statements that has no room for their names. */
    statements: (n: number) => `${n} statements`,
  },
  offMap: {
    pointer: (where: string, what: string) => `Off the map, ${where}: ${what}`,
    /** A pointer's text: the place and its distance, rounded to 10 km ("Tehran 1,660 km"). */
    distance: (place: string, km: number) =>
      `${place} ${new Intl.NumberFormat("en-GB").format(Math.round(km / 10) * 10)} km`,
    /** What a pointer says to a screen reader ("Tehran, 1,660 km east"). */
    direction: (place: string, km: number, compass: string) =>
      `${place}, ${new Intl.NumberFormat("en-GB").format(Math.round(km / 10) * 10)} km ${compass}`,
  },
  measure: {
    button: "Measure distance",
    stop: "Stop measuring",
    hint: "Click points on the map to measure; Escape stops.",
    result: (km: number) => `Distance: ${km < 10 ? km.toFixed(2) : km.toFixed(1)} km`,
    clear: "Clear",
  },
  exports: {
    heading: "Export",
    format: "Format",
    formats: {
      png: "PNG picture",
      svg: "SVG (vector)",
      pdf: "PDF briefing",
      pptx: "PowerPoint",
      geojson: "GeoJSON (the story's data)",
    },
    size: "Size",
    scale: "Scale",
    title: "Title",
    legend: "Legend",
    scaleBar: "Scale bar",
    northArrow: "North arrow",
    timeline: "Timeline strip",
    footnotes: "Quoted passages as numbered footnotes",
    button: "Export",
    working: "Making the export…",
    done: (what: string, width: number, height: number) => `Made a ${width} × ${height} ${what}.`,
    clamped: (asked: string, got: string) =>
      `This device's graphics limits allow at most ${got}: the export was made at ${got} instead of ${asked}.`,
    failed: (why: string) => `The export failed: ${why}`,
    credits: (outlet: string, published: string, asOf: string) =>
      `© OpenStreetMap contributors (ODbL) · Places: GeoNames (CC BY 4.0) · Report: ${outlet}, published ${published} · As of ${asOf}`,
    outletUnnamed: "news report, outlet not named in the text",
    leftOutInPack: (ns: readonly number[]) =>
      `${ns.length === 1 ? "Footnote" : "Footnotes"} ${ns.join(", ")} continue${ns.length === 1 ? "s" : ""} overleaf.`,
    leftOut: (ns: readonly number[]) =>
      `No room here for the text of ${ns.length === 1 ? "footnote" : "footnotes"} ${ns.join(", ")} (${ns.length === 1 ? "its marker is" : "their markers are"} on the map): export a larger size or a PDF, or select one feature.`,
    /** A footnote of a feature quoted in several passages. */
    morePassages: (n: number) => `(and ${n} more ${n === 1 ? "passage" : "passages"})`,
    /** The heading of a page or slide where a view's footnotes continue. */
    continued: (view: string) => `${view}: footnotes, continued`,
  },
  embed: {
    heading: "Embed",
    origin: "Article page origin",
    code: "Embed code",
  },
  announce: {
    selected: (title: string, status: string, who: string) => `Selected: ${title}. ${status} by ${who}.`,
    cleared: "Selection cleared.",
  },
  link: {
    copy: "Copy link",
    copied: "Link copied.",
    failed: "Could not copy: select the address bar and copy the link from there.",
  },
  problems: {
    heading: (id: string) => `The story “${id}” could not be loaded`,
    intro: "The map shows the region without the story. These problems were found:",
  },
  errors: {
    noWebGL:
      "Static map: this browser or device does not provide WebGL, so the map cannot be zoomed or panned. The list and the text work as usual.",
    embedStatic: "Static map: the interactive map cannot be drawn on this device. Open the full map, or use the list.",
    contextLost:
      "Static map: the graphics processor stopped drawing the interactive map. It comes back if the graphics processor recovers; reload the page to try again.",
    loadFailed: (what: string) => `The map could not load ${what}.`,
  },
  notice: { dismiss: "Dismiss" },
} as const;

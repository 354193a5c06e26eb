/** What the embed shows after its first paint: the reading panels and their styles (loaded on demand). */
import "../styles.css";

export { DetailsCard } from "../details/card.ts";
export { FeatureList } from "../list/feature-list.ts";
export { LayersPanel } from "../legend/layers-panel.ts";
export { bindAnnouncer } from "../ui/live-region.ts";
export { deriveFacts } from "../model/derived.ts";

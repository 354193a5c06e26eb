/** What the embed needs after its first paint: the map host, the reading panels and their styles (loaded then). */
import "../styles/app.css";
import "virtual:theme.css";

export { DetailsCard } from "../panels/details/card.ts";
export { FeatureList } from "../panels/list/feature-list.ts";
export { LayersPanel } from "../panels/legend/layers-panel.ts";
export { bindAnnouncer } from "../panels/announcer.ts";
export { deriveFacts } from "../model/derived.ts";
export { MapHost } from "../map-host/host.ts";

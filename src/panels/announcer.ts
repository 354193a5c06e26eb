/** A polite live region that announces selections to screen readers. */
import type { Story } from "../model/types.ts";
import type { Store } from "../state/store.ts";
import { strings } from "../locale/en.ts";

export function bindAnnouncer(host: HTMLElement, story: Story, store: Store): () => void {
  host.setAttribute("aria-live", "polite");
  host.setAttribute("role", "status");
  host.className = "visually-hidden";
  const byId = new Map(story.features.map((f) => [f.id, f]));
  return store.subscribe((state, previous) => {
    if (state.selected === previous.selected) return;
    const f = state.selected === null ? undefined : byId.get(state.selected);
    host.textContent = f
      ? strings.announce.selected(
          f.properties.title,
          strings.details.status[f.properties.status],
          f.properties.attributedTo,
        )
      : strings.announce.cleared;
  });
}

/** One small typed store for UI state; the story data is not state. Subscribers get the new and old state. */

/** Where a selection came from: the camera moves to the feature unless it was picked on the map itself. */
export type SelectionOrigin = "article" | "map" | "list" | "timeline" | "details" | "url" | "inset";

export interface UiState {
  readonly storyId: string;
  readonly viewId: string;
  /** The selected feature's id, or null. */
  readonly selected: string | null;
  readonly selectedFrom: SelectionOrigin | null;
  /** The feature under the pointer or keyboard focus (preview), or null. */
  readonly hovered: string | null;
  /** Groups that are hidden (see model/groups.ts). */
  readonly hidden: readonly string[];
  /** Inclusive time range as UTC timestamps, or null for no filter. */
  readonly timeRange: readonly [number, number] | null;
  /** The guided reading's step (model/steps.ts) the map shows, or null when the map does not follow the text. */
  readonly step: number | null;
  /** The features the step marks (every other one is dimmed), or null for none. */
  readonly focus: readonly string[] | null;
}

export type Listener = (state: UiState, previous: UiState) => void;

export class Store {
  private state: UiState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: UiState) {
    this.state = Object.freeze({ ...initial });
  }

  get(): UiState {
    return this.state;
  }

  set(patch: Partial<UiState>): void {
    const next = Object.freeze({ ...this.state, ...patch });
    const changed = (Object.keys(patch) as (keyof UiState)[]).some((k) => next[k] !== this.state[k]);
    if (!changed) return;
    const previous = this.state;
    this.state = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  /** Selects a feature (or clears the selection) and says where the selection came from. */
  select(id: string | null, from: SelectionOrigin): void {
    this.set({ selected: id, selectedFrom: id === null ? null : from });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

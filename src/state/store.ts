/** One small typed store for UI state; the story data is not state. Subscribers get the new and old state. */

export interface UiState {
  readonly storyId: string;
  readonly viewId: string;
  /** The selected feature's id, or null. */
  readonly selected: string | null;
  /** The feature under the pointer or keyboard focus (preview), or null. */
  readonly hovered: string | null;
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

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The elements of the app's page (index.html) that the app fills and attaches to. */
export interface AppElements {
  readonly app: HTMLElement;
  readonly title: HTMLElement;
  readonly byline: HTMLElement;
  readonly dek: HTMLElement;
  readonly tools: HTMLElement;
  readonly map: HTMLElement;
  readonly inset: HTMLElement;
  readonly timeline: HTMLElement;
  readonly article: HTMLElement;
  readonly details: HTMLElement;
  readonly layers: HTMLElement;
  readonly list: HTMLElement;
  readonly announcer: HTMLElement;
  readonly exports: HTMLElement;
  readonly embed: HTMLElement;
}

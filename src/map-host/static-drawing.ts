/**
 * The static map's drawer: it asks a worker (static-worker.ts) for each drawing, so that drawing the map for a box
 * the build did not draw it for (a phone of another width, another view, a selection) is no long task on the page's
 * main thread; the page only turns the returned tree into elements. Where no worker can be made (or it fails), it
 * draws in the page.
 */
import { BASEMAP_URLS } from "../render/basemap-files.ts";
import type { BasemapData } from "../render/svg-map/basemap.ts";
import { drawStatic, type StaticDrawn, type StaticDrawRequest, type StaticStory, type WorkerMessage } from "./static-draw.ts"; // prettier-ignore

type Answer = { readonly id: number; readonly drawn?: StaticDrawn; readonly error?: string };

export class StaticDrawer {
  private worker: Worker | null = null;
  private failed = false;
  private next = 0;
  private readonly waiting = new Map<number, (answer: Answer) => void>();

  constructor(
    private readonly story: StaticStory | null,
    /** The basemap, for a drawing made in the page. */
    private readonly basemap: () => Promise<BasemapData>,
  ) {}

  async draw(request: Omit<StaticDrawRequest, "type" | "id">): Promise<StaticDrawn> {
    const worker = this.start();
    if (worker) {
      const answer = await this.ask(worker, request);
      if (answer.drawn) return answer.drawn;
      this.stop();
    }
    return drawStatic({ ...request, type: "draw", id: 0 }, await this.basemap(), this.story);
  }

  private ask(worker: Worker, request: Omit<StaticDrawRequest, "type" | "id">): Promise<Answer> {
    const id = ++this.next;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      const message: WorkerMessage = { ...request, type: "draw", id };
      worker.postMessage(message);
    });
  }

  private start(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    let worker: Worker;
    try {
      worker = new Worker(new URL("./static-worker.ts", import.meta.url), { type: "module", name: "static-map" });
    } catch {
      this.failed = true;
      return null;
    }
    worker.addEventListener("message", (e: MessageEvent<Answer>) => {
      const resolve = this.waiting.get(e.data.id);
      this.waiting.delete(e.data.id);
      resolve?.(e.data);
    });
    worker.addEventListener("error", () => {
      this.stop();
    });
    // The worker lives under assets/: the basemap's URLs are made absolute against the page.
    const at = (url: string) => new URL(url, document.baseURI).href;
    const urls = { land: at(BASEMAP_URLS.land), borders: at(BASEMAP_URLS.borders), places: at(BASEMAP_URLS.places), labels: at(BASEMAP_URLS.labels) }; // prettier-ignore
    const messages: WorkerMessage[] = [
      { type: "basemap", urls },
      { type: "story", story: this.story },
    ];
    for (const m of messages) worker.postMessage(m);
    this.worker = worker;
    return worker;
  }

  /** The worker failed: what it was asked is drawn in the page, and so is everything after. */
  private stop(): void {
    this.failed = true;
    this.worker?.terminate();
    this.worker = null;
    for (const [id, resolve] of this.waiting) resolve({ id, error: "worker failed" });
    this.waiting.clear();
  }
}

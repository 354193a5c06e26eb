/**
 * Gets a desktop ready for the reader's reach, at no cost to reading: on a device with a mouse (hover and a fine
 * pointer), once the page is painted and idle, the live map's code is loaded and the GPU process is woken in a
 * worker (gpu-warm-worker.ts). The live map still starts on the reach (wake.ts), then sooner. Phones and touch
 * screens get nothing before the reach: their data and battery are the reader's.
 */
import { afterFirstPaint } from "./after-paint.ts";

const DESKTOP = "(hover: hover) and (pointer: fine)";

function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
}

function wakeGpu(): void {
  try {
    const worker = new Worker(new URL("./gpu-warm-worker.ts", import.meta.url), { type: "module", name: "gpu-warm" });
    const end = () => {
      worker.terminate();
    };
    worker.addEventListener("message", end);
    worker.addEventListener("error", end);
  } catch {
    // No worker (or no OffscreenCanvas): the live map makes the first context itself.
  }
}

export function warmUpOnDesktop(reached: Promise<unknown>, load: () => Promise<unknown>): void {
  if (!window.matchMedia(DESKTOP).matches) return;
  let woken = false;
  void reached.then(() => (woken = true));
  afterFirstPaint(() => {
    whenIdle(() => {
      if (woken) return; // the reach came first: the live map is starting
      wakeGpu();
      void load();
    });
  });
}

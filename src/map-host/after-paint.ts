/** Scheduling for a page start that stays out of the reader's way: after the first paint, and in short tasks. */

/** Runs `fn` once the page has been painted (next frame, then a new task); at once in a hidden page. */
export function afterFirstPaint(fn: () => void): void {
  if (document.visibilityState === "hidden") {
    setTimeout(fn, 0);
    return;
  }
  requestAnimationFrame(() => {
    setTimeout(() => {
      if (performance.getEntriesByName(PAINTED_MARK).length === 0) performance.mark(PAINTED_MARK);
      fn();
    }, 0);
  });
}

/** How long `nextFrame` waits at most: frames may not come at all (a frame out of view is throttled). */
const FRAME_WAIT_MS = 500;

/** Resolves in a new task after the next frame has begun (input waiting for that frame has been handled). */
export function nextFrame(): Promise<void> {
  if (document.visibilityState === "hidden") return Promise.resolve();
  return new Promise((resolve) => {
    const late = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(late);
      setTimeout(resolve, 0);
    });
  });
}

/** Marked when the page's first frame has been painted (what the page fetched before it was needed to paint). */
export const PAINTED_MARK = "rafah-map:painted";

interface Scheduler {
  yield(): Promise<void>;
}

/** Ends the current task and continues in a new one (so that input and painting can come between). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler && typeof scheduler.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

/** Runs each step in a task of its own. */
export async function inTasks(steps: readonly (() => void)[]): Promise<void> {
  for (const step of steps) {
    step();
    await yieldToPage();
  }
}

/**
 * Runs `fn` once `el` comes within a screen of the viewport (at once when it already is): a panel below the
 * report on a phone (the timeline) is drawn when the reader scrolls towards it, not while the page starts.
 */
export function whenNear(el: Element, fn: () => void): void {
  const seen = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      fn();
    },
    { rootMargin: "100% 0px" },
  );
  seen.observe(el);
}

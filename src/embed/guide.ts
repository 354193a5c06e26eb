/**
 * The embed's guided reading: the host page's text leads (its script sends "setStep" as its reader scrolls), and
 * the map follows the story's steps (model/steps.ts) as the app's does; on from the start with #guide=1, or when
 * the host sends { type: "guide", on: true }. The reader's own move of the map pauses it, as in the app; the host's
 * "guide" message resumes it. The steps are told to the host once the guide is on.
 */
import { guideSteps } from "../model/steps.ts";
import type { Story } from "../model/types.ts";
import type { Store } from "../state/store.ts";
import type { MapHost } from "../map-host/host.ts";
import { StepFollower } from "../panels/guide/follower.ts";
import type { Incoming, Outgoing } from "./messages.ts";

type Steps = Extract<Outgoing, { type: "steps" }>["steps"];

/** Returns what the host's guide messages do (nothing when the story has no steps). */
export function followHostSteps(
  story: Story,
  store: Store,
  host: MapHost,
  on: boolean,
  tell: (steps: Steps) => void,
): (m: Incoming) => void {
  // prettier-ignore
  const steps = guideSteps(story);
  if (steps.length <= 1) return () => undefined;
  let told = false;
  let at = 0;
  const follower = new StepFollower(steps, store, {
    mode: "paused",
    onGesture: (pause) => host.events.on("gesture", pause),
    onChange: (mode) => {
      document.documentElement.dataset.guide = mode;
      if (told || mode !== "following") return;
      told = true;
      tell(steps.map((s) => ({ index: s.index, paragraph: s.paragraph, view: s.viewId })));
    },
  });
  if (on) follower.follow(0);
  return (m) => {
    if (m.type === "guide") {
      if (m.on) follower.follow(at);
      else follower.pause();
    } else if (m.type === "setStep" && m.step < steps.length) {
      at = m.step;
      follower.go(at);
    }
  };
}

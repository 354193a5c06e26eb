/**
 * The embed's message API over postMessage (version 1). From the map: ready, height, select, view, steps. To the
 * map: select, setView, setLayers, and for guided reading (the host page's text leads, the map follows) guide
 * (on or off) and setStep. Outgoing messages go to the allowlisted parent origins only (height may go to any
 * parent); incoming ones are taken only from the parent window, from an allowlisted origin, with a valid shape.
 * Anything else is ignored without error. No DOM beyond window messaging.
 */
import * as z from "zod/mini";
import { GROUPS, normalizeGroups } from "../model/groups.ts";
import type { Story } from "../model/types.ts";
import type { Store } from "../state/store.ts";

export const PROTOCOL = { source: "rafah-map", version: 1 } as const;

export type Outgoing =
  | { type: "ready"; story: string }
  | { type: "height"; height: number }
  | { type: "select"; id: string | null }
  | { type: "view"; id: string }
  /** The guided reading's steps (sent once, when the embed follows them): which paragraph each is, and its view. */
  | { type: "steps"; steps: { index: number; paragraph: number | null; view: string }[] };

const id = z.string().check(z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
export const incomingSchema = z.discriminatedUnion("type", [
  z.strictObject({
    source: z.optional(z.string()),
    version: z.literal(1),
    type: z.literal("select"),
    id: z.nullable(id),
  }),
  z.strictObject({ source: z.optional(z.string()), version: z.literal(1), type: z.literal("setView"), id }),
  z.strictObject({ source: z.optional(z.string()), version: z.literal(1), type: z.literal("guide"), on: z.boolean() }),
  z.strictObject({
    source: z.optional(z.string()),
    version: z.literal(1),
    type: z.literal("setStep"),
    step: z.number().check(z.int(), z.nonnegative(), z.maximum(10_000)),
  }),
  z.strictObject({
    source: z.optional(z.string()),
    version: z.literal(1),
    type: z.literal("setLayers"),
    visible: z.array(z.string().check(z.maxLength(20))).check(z.maxLength(10)),
  }),
]);
export type Incoming = z.infer<typeof incomingSchema>;

/** Parses the allowlist from the embed URL (`origins=https://a.example,https://b.example`); only real origins. */
export function parseOrigins(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => {
      try {
        const u = new URL(s);
        return (u.protocol === "https:" || u.protocol === "http:") && u.origin === s;
      } catch {
        return false;
      }
    });
}

export interface Messenger {
  send(message: Outgoing): void;
  stop(): void;
}

export function bindMessages(allowed: readonly string[], onMessage: (m: Incoming) => void): Messenger {
  const parent = window.parent === window ? null : window.parent;
  const listener = (event: MessageEvent) => {
    if (!parent || event.source !== parent || !allowed.includes(event.origin)) return;
    const parsed = incomingSchema.safeParse(event.data);
    if (parsed.success) onMessage(parsed.data);
  };
  window.addEventListener("message", listener);
  return {
    send(message) {
      if (!parent) return;
      const data = { ...PROTOCOL, ...message };
      if (message.type === "height") parent.postMessage(data, "*");
      else for (const origin of allowed) parent.postMessage(data, origin);
    },
    stop() {
      window.removeEventListener("message", listener);
    },
  };
}

/** What a host page's message does: select a feature of the story (or none), show a view, show layer groups. */
export function applyMessage(m: Incoming, store: Store, story: Story): void {
  // The guided reading's messages go to the embed's step follower (start.ts).
  if (m.type === "guide" || m.type === "setStep") return;
  if (m.type === "select") store.select(m.id !== null && story.features.some((f) => f.id === m.id) ? m.id : null, "url"); // prettier-ignore
  if (m.type === "setView" && story.views.views.some((v) => v.id === m.id)) store.set({ viewId: m.id });
  if (m.type === "setLayers") store.set({ hidden: GROUPS.filter((g) => !normalizeGroups(m.visible).includes(g)) });
}

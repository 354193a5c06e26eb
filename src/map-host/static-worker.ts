/**
 * A worker that draws the static map (render/svg-map) off the page's main thread: it loads the basemap once, keeps
 * the story it is sent, and answers each request with the drawing (or only its layout of names and marks) as a
 * plain SVG tree, which the page turns into elements (static-drawing.ts).
 */
import { loadFullBasemap, type BasemapData } from "../render/svg-map/basemap.ts";
import { drawStatic, type StaticDrawRequest, type StaticStory, type WorkerMessage } from "./static-draw.ts";

let basemap: Promise<BasemapData> | null = null;
let story: StaticStory | null = null;

addEventListener("message", (e: MessageEvent<WorkerMessage>) => {
  const message = e.data;
  if (message.type === "basemap") {
    basemap ??= loadFullBasemap(message.urls, (url) => fetch(url));
  } else if (message.type === "story") {
    story = message.story;
  } else {
    const request: StaticDrawRequest = message;
    void (basemap ?? Promise.reject(new Error("no basemap"))).then(
      (b) => {
        postMessage({ id: request.id, drawn: drawStatic(request, b, story) });
      },
      (error: unknown) => {
        postMessage({ id: request.id, error: String(error) });
      },
    );
  }
});

/**
 * Wakes the GPU process off the main thread: a one-pixel WebGL context in this worker. The browser's first WebGL
 * context is the costly one (200–330 ms here, in software); once this one exists, the live map's own context is
 * made in a few milliseconds, so that cost never lands on the page's main thread. Nothing is drawn or kept.
 */
const canvas = new OffscreenCanvas(1, 1);
const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
gl?.clear(gl.COLOR_BUFFER_BIT);
gl?.finish();
postMessage(gl !== null);

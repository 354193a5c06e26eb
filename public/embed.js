/*
 * rafah-map host script (MIT): resizes every <iframe data-rafah-map> on the page to the height its map reports.
 * It trusts a message only from that iframe's window and that iframe's origin. No dependencies.
 */
(function () {
  "use strict";
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.source !== "rafah-map" || data.version !== 1) return;
    if (data.type !== "height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 10000) return;
    var frames = document.querySelectorAll("iframe[data-rafah-map]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        continue;
      }
      if (event.origin !== origin) continue;
      frame.style.height = Math.ceil(height) + "px";
    }
  });
})();

// Test host only: records the maps' messages, so that the tests can read what the host received.
window.received = [];
window.addEventListener("message", function (event) {
  if (event.origin !== "http://127.0.0.1:4173") return;
  window.received.push({ data: event.data, frame: event.source === document.getElementById("first").contentWindow ? "first" : "other" });
});

// Sizes the fscity iframe to its content. The app posts { type: "fscity:height", height }
// to its parent whenever its height changes; accept it only from the frame's own origin.
const frame = document.getElementById("fscity-frame");
const origin = new URL(frame.src, location.href).origin;
window.addEventListener("message", (event) => {
  if (event.origin !== origin || event.source !== frame.contentWindow) return;
  if (event.data && event.data.type === "fscity:height" && Number.isFinite(event.data.height)) {
    frame.height = String(Math.ceil(event.data.height));
  }
});

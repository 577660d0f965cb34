// fscity loader, filled in by scripts/build.py from scripts/templates/fscity.js. Include it
// as a module to start the app: in index.html, or on a host page with one or more
// <div data-fscity> elements. Each upper-case name between double at-signs below is replaced by
// this build's file names.
//
// It is written for old engines too (no top-level await, no ?. or ??), so that a browser that
// can parse a module but cannot run the app (an old Chromium in a 360/QQ browser) is told so
// instead of showing "正在加载…" forever: the notices below (scripts/templates/fscity-notice.js,
// inlined here by the build) say when the browser cannot run the tool, when a file cannot be
// loaded (with 重试), and when the app crashes.
globalThis.fscityLoader = true;
@@NOTICE@@
const here = (name) => new URL(name, import.meta.url).href;
// Trusted Types: on a page that enforces them, the app's DOM and script-URL writes go through a
// policy named "fscity" (the host lists it in its trusted-types directive). If the page's
// directive does not allow that policy, every widget says so instead of half starting.
const scripts = new Set([here("@@WRITER_LOADER@@"), here("@@READER_LOADER@@"), here("sw.js")]);
let policy = null;
let refused = false;
try {
  const types = globalThis.trustedTypes;
  policy = types ? types.createPolicy("fscity", {
    createHTML: (html) => html,
    createScriptURL: (url) => {
      if (!scripts.has(new URL(url, location.href).href)) throw new TypeError(`fscity: not its own script: ${url}`);
      return url;
    },
  }) : null;
} catch (_) {
  // The page's trusted-types directive does not list "fscity" (probing a sink instead would
  // itself be reported as a violation).
  refused = true;
}
globalThis.fscityTrusted = {
  html: (html) => (policy ? policy.createHTML(html) : html),
  scriptUrl: (url) => (policy ? policy.createScriptURL(url) : url),
};
if (refused) {
  const roots = document.querySelectorAll("[data-fscity]");
  for (const root of roots.length ? roots : [document.body]) {
    const note = document.createElement("p");
    note.setAttribute("role", "alert");
    note.textContent = "本页面启用了 Trusted Types，但未允许名为 fscity 的策略，本工具无法运行。请网站管理员在 Content-Security-Policy 的 trusted-types 指令中加入 fscity。 " +
      "This page enforces Trusted Types without allowing a policy named fscity, so the tool cannot run: add fscity to the trusted-types directive.";
    root.append(note);
  }
  throw new Error("fscity: Trusted Types policy 'fscity' not allowed by this page");
}
globalThis.fscityAssets = {
  build: "@@BUILD@@",
  css: here("@@CSS@@"),
  xlsxWorker: here("@@WRITER_LOADER@@"),
  sheetReader: here("@@READER_LOADER@@"),
  serviceWorker: here("sw.js"),
};
// On a host page the widgets' stylesheet is added here and waited for (while the app's code
// loads), so a widget never shows unstyled for a moment; a stylesheet that fails to load does
// not stop the app. The standalone page links it itself.
const css = globalThis.fscityAssets.css;
const needsStyle = document.querySelector("[data-fscity]") !== null &&
  ![...document.querySelectorAll("link[rel='stylesheet']")].some((l) => l.href === css);
const styled = needsStyle
  ? new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = css;
    link.onload = link.onerror = resolve;
    document.head.append(link);
  })
  : Promise.resolve();
// A failure before the app runs is either this browser (it cannot compile the module or the
// WebAssembly, or has none) or the network (a file that does not come): each gets its notice.
// A trap once the app runs (a Rust panic ends in `unreachable`) reaches the page as an
// uncaught WebAssembly.RuntimeError, from an event handler or a promise: the crash notice.
const notice = (kind) => globalThis.fscityNotice(kind);
const trapped = (error) => typeof WebAssembly === "object" && error instanceof WebAssembly.RuntimeError;
addEventListener("error", (event) => { if (trapped(event.error)) notice("crash"); });
addEventListener("unhandledrejection", (event) => { if (trapped(event.reason)) notice("crash"); });
class LoadFailed extends Error {}
const fetched = (url) => fetch(url).then(
  (response) => { if (!response.ok) throw new LoadFailed(`${url}: ${response.status}`); return response; },
  (error) => { throw new LoadFailed(String(error)); },
);
// What the app's WebAssembly uses beyond the first version (sign extension, bulk memory,
// reference types, saturating conversions: Chrome 96, Firefox 79, Safari 15), in one tiny
// module; an engine that cannot validate it cannot run the app. So a module that fails to
// compile later was not what the build made (an error page served in its place): a load error.
const features = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 0x60, 1, 0x7f, 1, 0x7f,
  3, 2, 1, 0, 5, 3, 1, 0, 1, 10, 0x1b, 1, 0x19, 0, 0x20, 0, 0xc0, 0x41, 0, 0x41, 0, 0x41, 0, 0xfc,
  0x0b, 0, 0xd0, 0x6f, 0x1a, 0x43, 0, 0, 0, 0, 0xfc, 0, 0x1a, 0x0b]);
const runnable = typeof WebAssembly === "object" && typeof WebAssembly.validate === "function" &&
  WebAssembly.validate(features);
if (!runnable) {
  notice("unsupported");
} else {
  const wasm = fetched(here("@@APP_WASM@@"));
  wasm.catch(() => {}); // reported once, below, through the app's start
  import(here("@@APP_JS@@"))
    .then((glue) => styled.then(() => glue.default({ module_or_path: wasm })))
    .catch((error) => {
      // A glue this engine cannot parse is an old browser; a trap while starting is a crash.
      notice(trapped(error) ? "crash" : error instanceof SyntaxError ? "unsupported" : "load");
      throw error;
    });
}

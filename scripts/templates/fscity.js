// fscity loader, filled in by scripts/build.py from scripts/templates/fscity.js. Include it
// as a module to start the app: in index.html, or on a host page with one or more
// <div data-fscity> elements. Each upper-case name between double at-signs below is replaced by
// this build's file names.
const here = (name) => new URL(name, import.meta.url).href;
// Trusted Types: on a page that enforces them, the app's DOM and script-URL writes go through a
// policy named "fscity" (the host lists it in its trusted-types directive). If the page's
// directive does not allow that policy, every widget says so instead of half starting.
const scripts = new Set([here("@@WRITER_LOADER@@"), here("@@READER_LOADER@@"), here("sw.js")]);
let policy = null;
let refused = false;
try {
  policy = globalThis.trustedTypes?.createPolicy("fscity", {
    createHTML: (html) => html,
    createScriptURL: (url) => {
      if (!scripts.has(new URL(url, location.href).href)) throw new TypeError(`fscity: not its own script: ${url}`);
      return url;
    },
  }) ?? null;
} catch {
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
const { default: init } = await import(here("@@APP_JS@@"));
await styled;
await init({ module_or_path: here("@@APP_WASM@@") });

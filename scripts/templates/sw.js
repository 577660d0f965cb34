// fscity service worker for build @@BUILD@@, filled in by scripts/build.py from
// scripts/templates/sw.js.
// Offline after the first visit: this build's files are cached under a cache named by the
// build. Files with a content hash in their name never change, so they are served from the
// cache. index.html and fscity.js (the only names that stay the same between releases) are
// fetched from the network first, so an online visit always starts the newest release, and
// the cache is used only when the network fails; both then come from this build's cache, with
// the hashed files they name. Old builds' caches are deleted when this worker activates.
const CACHE = "fscity-@@BUILD@@";
// File names never contain a space; the build fills in the list.
const FILES = "@@FILES@@".split(" ");
const FRESH = new Set(["index.html", "fscity.js", ""]);

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("fscity-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  if (!url.pathname.startsWith(scope.pathname)) return;
  const name = url.pathname.slice(scope.pathname.length);
  if (FRESH.has(name) || event.request.mode === "navigate") {
    event.respondWith(
      fetch(event.request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match(name === "fscity.js" ? "./fscity.js" : "./index.html")),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(event.request, { ignoreSearch: true })).then((hit) => hit || fetch(event.request)),
  );
});

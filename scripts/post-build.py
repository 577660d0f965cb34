#!/usr/bin/env python3
"""Trunk post-build step: makes dist/ embeddable, relocatable and usable offline.

Trunk hashes the app's .js/.wasm/.css names; this step adds what a host page, a sub-path and a
service worker need, none of which Trunk can do:

- The workers' files (the Excel writer, the criteria-file reader) get a content hash too (Trunk
  leaves worker names plain), so a new release can never pair an old worker with new code.
- `fscity.js` (from `scripts/templates/fscity.js`), a stable-named module: a host page includes it to start every
  `<div data-fscity>` on the page, and index.html includes it to start the standalone app. It
  resolves every file against its own URL, so dist/ works from any sub-path, and it tells the
  app the hashed names through `globalThis.fscityAssets`. No inline script is needed, so the
  page runs under a strict Content-Security-Policy.
- `sw.js` (from `scripts/templates/sw.js`), a service worker holding this build's file list under a cache named by a hash of
  the whole build (see the comments in the template for the strategy).
- A `.br` and a `.gz` sibling of every text and wasm file (scripts/compress.mjs), last, so a
  server with static compression sends the final files compressed as they are.
"""
import hashlib
import os
import pathlib
import re
import subprocess
import sys

staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
templates = pathlib.Path(__file__).resolve().parent / "templates"


def fill(template: str, **values: str) -> str:
    """The JavaScript template `scripts/templates/<template>` with each `@@NAME@@` replaced by
    `values[NAME]`; a marker left over or a value the template does not use stops the build."""
    text = (templates / template).read_text(encoding="utf-8")
    for name, value in values.items():
        marker = f"@@{name}@@"
        if marker not in text:
            sys.exit(f"post-build: {template} has no {marker}")
        text = text.replace(marker, value)
    left = re.findall(r"@@[A-Z_]+@@", text)
    if left:
        sys.exit(f"post-build: {template} still has {sorted(set(left))}")
    return text


def one(pattern: str) -> pathlib.Path:
    found = [p for p in sorted(staging.glob(pattern))]
    if len(found) != 1:
        sys.exit(f"post-build: expected one {pattern} in {staging}, found {[p.name for p in found]}")
    return found[0]


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def hash_worker(name: str) -> str:
    """Gives a worker's files a content hash and points its loader shim at them; returns the
    loader's new name."""
    js = one(f"{name}.js")
    wasm = one(f"{name}_bg.wasm")
    tag = digest(js.read_bytes() + wasm.read_bytes())
    hashed_js, hashed_wasm = f"{name}-{tag}.js", f"{name}-{tag}_bg.wasm"
    js.rename(staging / hashed_js)
    wasm.rename(staging / hashed_wasm)
    one(f"{name}_loader.js").unlink()
    loader = f"{name}-{tag}_loader.js"
    (staging / loader).write_text(
        f'importScripts("./{hashed_js}");wasm_bindgen({{ module_or_path: "./{hashed_wasm}" }});',
        encoding="utf-8",
    )
    return loader


# The Excel writer and the criteria-file reader: two workers, each fetched only when needed.
writer_loader = hash_worker("xlsx_worker")
reader_loader = hash_worker("sheet_reader")

app_js = one("fscity-*.js")
app_wasm = one("fscity-*_bg.wasm")


def trusted_sinks(js: pathlib.Path) -> None:
    """Routes the glue's three Trusted Types sinks through the loader's policy, so the app runs
    on a host that enforces `require-trusted-types-for 'script'` and allows a policy named
    `fscity`: `innerHTML` (Leptos writes only its own static view templates there; every text
    from a user or a file goes through text nodes and attributes), and the script URLs of the
    workers and the service worker (the policy accepts only this build's own files)."""
    glue = js.read_text(encoding="utf-8")
    patterns = [
        (r"\.innerHTML = (getStringFromWasm0\([^)]*\))", r".innerHTML = globalThis.fscityTrusted.html(\1)"),
        (r"new Worker\((getStringFromWasm0\([^)]*\))", r"new Worker(globalThis.fscityTrusted.scriptUrl(\1)"),
        (r"\.register\((getStringFromWasm0\([^)]*\))", r".register(globalThis.fscityTrusted.scriptUrl(\1)"),
    ]
    for pattern, replacement in patterns:
        glue, count = re.subn(pattern, replacement, glue)
        if count == 0:
            sys.exit(f"post-build: the glue no longer has {pattern!r}; update trusted_sinks()")
    js.write_text(glue, encoding="utf-8")


trusted_sinks(app_js)
css = one("main-*.css")

files = sorted(p.name for p in staging.iterdir() if p.is_file() and p.name not in {"sw.js"})
build = digest("".join(files).encode() + app_wasm.read_bytes()[:4096])

(staging / "fscity.js").write_text(
    fill(
        "fscity.js",
        WRITER_LOADER=writer_loader,
        READER_LOADER=reader_loader,
        BUILD=build,
        CSS=css.name,
        APP_JS=app_js.name,
        APP_WASM=app_wasm.name,
    ),
    encoding="utf-8",
)

index = staging / "index.html"
html = index.read_text(encoding="utf-8")
# Trunk leaves its own <link data-trunk rel="rust"> when it injects no script; drop it.
html = re.sub(r"\s*<link data-trunk rel=\"rust\"[^>]*>", "", html)
html = re.sub(r"\s*<!-- The Excel writer:[^>]*-->", "", html)
if "fscity.js" not in html:
    # Fetch the app's code while the loader is still on its way (as Trunk's own script would).
    preload = (
        f'<link rel="modulepreload" href="./{app_js.name}">'
        f'<link rel="preload" href="./{app_wasm.name}" as="fetch" type="application/wasm" crossorigin>'
    )
    html = html.replace("</head>", f"{preload}</head>", 1)
    html = html.replace("</body>", '<script type="module" src="./fscity.js"></script></body>', 1)
index.write_text(html, encoding="utf-8")

precache = sorted(files + ["fscity.js"])
precache = [name for name in dict.fromkeys(precache)]
(staging / "sw.js").write_text(
    fill("sw.js", BUILD=build, FILES=" ".join(["./"] + ["./" + f for f in precache])),
    encoding="utf-8",
)

# Last, once every file is final: the precompressed siblings (not in the precache list; a
# server picks them by Accept-Encoding for the same URL).
subprocess.run(["node", str(pathlib.Path(__file__).resolve().parent / "compress.mjs"), str(staging)], check=True)

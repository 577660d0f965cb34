#!/usr/bin/env python3
"""Builds the deployable static folder: the project's own build step, in place of Trunk.

Trunk cannot split a wasm before wasm-bindgen (trunk-rs/trunk#1022), and the first visit must
carry only what answering and scoring need, so this script runs the pipeline itself:

  cargo build (app + two workers) → fscity-split (chunks at the #[wasm_split] points)
  → wasm-bindgen → wasm-opt -Oz → content-hashed names → index.html, loader, service worker
  → .br/.gz siblings.

What the result has to be, and why:
- Every name a browser may cache carries a content hash, so a new release never pairs an old
  file with new code. Only `index.html`, `fscity.js` (the loader host pages include),
  `fscity-notice.js` (what a browser without ES modules is told) and `sw.js` keep their names.
- `fscity.js` (scripts/templates/fscity.js) resolves every file against its own URL, so dist/
  works from any sub-path and on a host page, and no inline script is needed (strict CSP).
- `sw.js` (scripts/templates/sw.js) precaches every file of this build, chunks included, so a
  capability used for the first time offline still loads.
- The chunks' link module loads each chunk relative to its own URL; the app's glue imports it.

Usage:
  build.py [--dist DIR] [--features LIST]     the app (dist/ by default)
  build.py --floor --dist DIR                 the Leptos hello floor `make bench` compares with
"""
import argparse
import hashlib
import os
import pathlib
import re
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "scripts" / "templates"
TARGET = "wasm32-unknown-unknown"
WASM_OPT = ROOT / "node_modules" / ".bin" / "wasm-opt"
# Names fixed before the hashes are known; each placeholder has the length of a digest, so it
# can be replaced inside a wasm binary without changing any length.
DIGEST_LEN = 16
LINK_PLACEHOLDER = "__wasm_split." + "_" * DIGEST_LEN + ".js"
MAIN_PLACEHOLDER = "fscity-" + "~" * DIGEST_LEN + ".js"
WORKERS = ["xlsx_worker", "sheet_reader"]


def run(*command, **kwargs):
    print("[build]", " ".join(str(c) for c in command), flush=True)
    return subprocess.run([str(c) for c in command], check=True, **kwargs)


def fail(message: str):
    sys.exit(f"build: {message}")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:DIGEST_LEN]


def fill(template: str, **values: str) -> str:
    """`scripts/templates/<template>` with each `@@NAME@@` replaced by `values[NAME]`; a marker
    left over or a value the template does not use stops the build."""
    text = (TEMPLATES / template).read_text(encoding="utf-8")
    for name, value in values.items():
        marker = f"@@{name}@@"
        if marker not in text:
            fail(f"{template} has no {marker}")
        text = text.replace(marker, value)
    left = re.findall(r"@@[A-Z_]+@@", text)
    if left:
        fail(f"{template} still has {sorted(set(left))}")
    return text


def cargo_build(package: str, features: str) -> pathlib.Path:
    command = ["cargo", "build", "--release", "--target", TARGET, "-p", package, "--bins"]
    if features:
        command += ["--features", features]
    run(*command, cwd=ROOT)
    return ROOT / "target" / TARGET / "release"


def bindgen(wasm: pathlib.Path, out_dir: pathlib.Path, name: str, target: str, *extra: str):
    run("wasm-bindgen", f"--target={target}", "--no-typescript", "--weak-refs",
        f"--out-name={name}", f"--out-dir={out_dir}", *extra, wasm)


def optimize(wasm: pathlib.Path):
    if not WASM_OPT.exists():
        fail(f"{WASM_OPT} is missing: run `make setup` (npm binaryen; never Debian's binaryen)")
    # FSCITY_KEEP_NAMES=1 keeps function names, for a profile that names Rust functions.
    names = ["-g"] if os.environ.get("FSCITY_KEEP_NAMES") else []
    run(WASM_OPT, "-Oz", *names, wasm, "-o", wasm)


def hashed(path: pathlib.Path, stem: str, suffix: str) -> str:
    name = f"{stem}-{digest(path.read_bytes())}{suffix}"
    path.rename(path.with_name(name))
    return name


def leb128(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def without_link_sections(wasm: pathlib.Path, out: pathlib.Path) -> pathlib.Path:
    """`wasm` without the linker's `linking` and `reloc.*` custom sections. `--emit-relocs`
    (.cargo/config.toml) is for the split step; a worker is not split, and neither wasm-bindgen
    nor wasm-opt drops these sections (measured: 0.9 MB of an Excel writer's 1.5 MB)."""
    data = wasm.read_bytes()
    kept, at = [data[:8]], 8
    while at < len(data):
        start, section = at, data[at]
        size, body = leb128(data, at + 1)
        at = body + size
        if section == 0:
            length, name_at = leb128(data, body)
            name = data[name_at:name_at + length].decode("utf-8", "replace")
            if name == "linking" or name.startswith("reloc."):
                continue
        kept.append(data[start:at])
    out.write_bytes(b"".join(kept))
    return out


def worker(release: pathlib.Path, work: pathlib.Path, dist: pathlib.Path, name: str) -> str:
    """A worker (no-modules glue, started by `new Worker(loader)`); returns its loader's name."""
    plain = without_link_sections(release / f"{name}.wasm", work / f"{name}.plain.wasm")
    bindgen(plain, work, name, "no-modules")
    js, wasm = work / f"{name}.js", work / f"{name}_bg.wasm"
    optimize(wasm)
    tag = digest(js.read_bytes() + wasm.read_bytes())
    hashed_js, hashed_wasm, loader = f"{name}-{tag}.js", f"{name}-{tag}_bg.wasm", f"{name}-{tag}_loader.js"
    shutil.move(js, dist / hashed_js)
    shutil.move(wasm, dist / hashed_wasm)
    (dist / loader).write_text(
        f'importScripts("./{hashed_js}");wasm_bindgen({{ module_or_path: "./{hashed_wasm}" }});',
        encoding="utf-8",
    )
    return loader


def split(release: pathlib.Path, work: pathlib.Path) -> tuple[pathlib.Path, list[pathlib.Path]]:
    """Cuts the app's wasm at its split points: the main module (for wasm-bindgen), the chunks
    and their link module (in `work`)."""
    run("cargo", "build", "--release", "-q", "-p", "fscity-split", cwd=ROOT)
    main = work / "fscity_split.wasm"
    out = subprocess.run(
        [ROOT / "target" / "release" / "fscity-split", release / "fscity.wasm", work, main,
         f"./{MAIN_PLACEHOLDER}", f"./{LINK_PLACEHOLDER}"],
        check=True, capture_output=True, text=True,
    )
    chunks = [work / line for line in out.stdout.split()]
    return main, chunks


def app(release: pathlib.Path, work: pathlib.Path, dist: pathlib.Path) -> tuple[str, str, str | None]:
    """The app's glue, main wasm, chunks and link module in dist; returns the names of the
    glue, the wasm and the link module (None without chunks)."""
    main, chunks = split(release, work)
    bindgen(main, work, "fscity", "web", "--keep-lld-exports")
    js, wasm = work / "fscity.js", work / "fscity_bg.wasm"
    optimize(wasm)
    chunk_names = {}
    for chunk in chunks:
        optimize(chunk)
        chunk_names[chunk.name] = hashed(chunk, chunk.stem, ".wasm")
        shutil.move(work / chunk_names[chunk.name], dist / chunk_names[chunk.name])
    link = work / LINK_PLACEHOLDER
    link_text = link.read_text(encoding="utf-8") if link.exists() else ""
    for old, new in chunk_names.items():
        if f'"./{old}"' not in link_text:
            fail(f"the link module does not name chunk {old}")
        link_text = link_text.replace(f'"./{old}"', f'"./{new}"')
    glue = js.read_text(encoding="utf-8")
    binary = wasm.read_bytes()
    # One tag for the glue, the main wasm and the link module: each names another.
    tag = digest(glue.encode() + binary + link_text.encode())
    glue_name, wasm_name, link_name = f"fscity-{tag}.js", f"fscity-{tag}_bg.wasm", f"__wasm_split.{tag}.js"
    if link_text:
        link_text = link_text.replace(MAIN_PLACEHOLDER, glue_name)
        (dist / link_name).write_text(link_text, encoding="utf-8")
        glue = glue.replace(LINK_PLACEHOLDER, link_name)
        binary = binary.replace(LINK_PLACEHOLDER.encode(), link_name.encode())
    (dist / glue_name).write_text(trusted_sinks(glue), encoding="utf-8")
    (dist / wasm_name).write_bytes(binary)
    return glue_name, wasm_name, link_name if link_text else None


def trusted_sinks(glue: str) -> str:
    """Routes the glue's three Trusted Types sinks through the loader's policy, so the app runs
    on a host that enforces `require-trusted-types-for 'script'` and allows a policy named
    `fscity`: `innerHTML` (Leptos writes only its own static view templates there; every text
    from a user or a file goes through text nodes and attributes), and the script URLs of the
    workers and the service worker (the policy accepts only this build's own files)."""
    patterns = [
        (r"\.innerHTML = (getStringFromWasm0\([^)]*\))", r".innerHTML = globalThis.fscityTrusted.html(\1)"),
        (r"new Worker\((getStringFromWasm0\([^)]*\))", r"new Worker(globalThis.fscityTrusted.scriptUrl(\1)"),
        (r"\.register\((getStringFromWasm0\([^)]*\))", r".register(globalThis.fscityTrusted.scriptUrl(\1)"),
    ]
    for pattern, replacement in patterns:
        glue, count = re.subn(pattern, replacement, glue)
        if count == 0:
            fail(f"the glue no longer has {pattern!r}; update trusted_sinks()")
    return glue


def without_comment_lines(script: str) -> str:
    """`script` without its whole-line `//` comments after the opening block (which tells a host
    page's administrator what the file is): the loader is on every first visit, and the other
    comments are for the people reading the template."""
    lines = script.splitlines(keepends=True)
    head = next((n for n, line in enumerate(lines) if not line.lstrip().startswith("//")), len(lines))
    return "".join(lines[:head] + [line for line in lines[head:] if not line.lstrip().startswith("//")])


def copy_hashed(source: pathlib.Path, dist: pathlib.Path, data: bytes | None = None) -> str:
    """`source` (or `data` made from it) in `dist` under a name with its content hash."""
    data = source.read_bytes() if data is None else data
    name = f"{source.stem}-{digest(data)}{source.suffix}"
    (dist / name).write_bytes(data)
    return name


def without_css_comments(css: str) -> str:
    """The stylesheet without its `/* … */` comments: it is on every first visit, and the
    comments are for the people reading `style/main.css` (no rule there holds "/*" in a string)."""
    return re.sub(r"/\*.*?\*/\n?", "", css, flags=re.S)


def compress(dist: pathlib.Path):
    """Last, once every file is final: the `.br`/`.gz` siblings (not in the precache list; a
    server picks them by Accept-Encoding for the same URL)."""
    run("node", ROOT / "scripts" / "compress.mjs", dist)


def build_app(dist: pathlib.Path, features: str):
    release = cargo_build("fscity", ",".join(filter(None, ["split", features])))
    work = fresh(ROOT / "target" / "build-work")
    writer, reader = (worker(release, work, dist, name) for name in WORKERS)
    app_js, app_wasm, link = app(release, work, dist)
    style = ROOT / "style" / "main.css"
    css = copy_hashed(style, dist, without_css_comments(style.read_text(encoding="utf-8")).encode())
    icon = copy_hashed(ROOT / "assets" / "favicon.svg", dist)
    shutil.copytree(ROOT / "examples", dist / "examples")
    # The sample pages' own icon, beside them: the CSP they document refuses a data: icon.
    shutil.copyfile(ROOT / "assets" / "favicon.svg", dist / "examples" / "favicon.svg")
    (dist / "index.html").write_text(
        fill("index.html", CSS=css, ICON=icon, APP_JS=app_js, APP_WASM=app_wasm,
             LINK_PRELOAD=f'<link rel="modulepreload" href="./{link}" />' if link else ""),
        encoding="utf-8")

    # The notices for browsers without ES modules: a classic script, ASCII only (a host page in
    # GBK would garble UTF-8 text in it), at a fixed name host pages can include.
    (dist / "fscity-notice.js").write_text(
        (TEMPLATES / "fscity-notice.js").read_text(encoding="utf-8")
        .encode("ascii", "backslashreplace").decode("ascii"),
        encoding="ascii",
    )
    files = sorted(p.name for p in dist.iterdir() if p.is_file())
    build = digest("".join(files).encode() + (dist / app_wasm).read_bytes()[:4096])
    notices = (TEMPLATES / "fscity-notice.js").read_text(encoding="utf-8")
    (dist / "fscity.js").write_text(
        without_comment_lines(
            fill("fscity.js", WRITER_LOADER=writer, READER_LOADER=reader, BUILD=build, CSS=css,
                 APP_JS=app_js, APP_WASM=app_wasm, NOTICE=notices)),
        encoding="utf-8",
    )
    # fscity-notice.js is for browsers without ES modules, which have no service worker either.
    precache = sorted(set(files + ["fscity.js"]) - {"fscity-notice.js"})
    (dist / "sw.js").write_text(
        fill("sw.js", BUILD=build, FILES=" ".join(["./"] + ["./" + f for f in precache])),
        encoding="utf-8",
    )
    compress(dist)


def build_floor(dist: pathlib.Path):
    release = cargo_build("fscity-floor", "")
    work = fresh(ROOT / "target" / "build-work-floor")
    plain = without_link_sections(release / "fscity-floor.wasm", work / "floor.plain.wasm")
    bindgen(plain, work, "floor", "web")
    optimize(work / "floor_bg.wasm")
    tag = digest((work / "floor.js").read_bytes() + (work / "floor_bg.wasm").read_bytes())
    js, wasm = f"floor-{tag}.js", f"floor-{tag}_bg.wasm"
    shutil.move(work / "floor.js", dist / js)
    shutil.move(work / "floor_bg.wasm", dist / wasm)
    (dist / "index.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title>'
        f'<link rel="modulepreload" href="./{js}">'
        f'<link rel="preload" href="./{wasm}" as="fetch" type="application/wasm" crossorigin>'
        f'<script type="module">import init from "./{js}"; init({{ module_or_path: "./{wasm}" }});</script>'
        "</head><body></body></html>",
        encoding="utf-8",
    )
    compress(dist)


def fresh(path: pathlib.Path) -> pathlib.Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", default="dist")
    parser.add_argument("--features", default="")
    parser.add_argument("--floor", action="store_true")
    args = parser.parse_args()
    dist = pathlib.Path(args.dist)
    if not dist.is_absolute():
        dist = pathlib.Path.cwd() / dist
    # Built beside, then swapped in: a failed build leaves the last good folder in place.
    staging = fresh(dist.with_name(dist.name + ".new"))
    if args.floor:
        build_floor(staging)
    else:
        build_app(staging, args.features)
    shutil.rmtree(dist, ignore_errors=True)
    staging.rename(dist)
    print(f"[build] {dist}")


if __name__ == "__main__":
    os.chdir(ROOT)
    main()

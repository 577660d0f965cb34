#!/usr/bin/env bash
# fscity-core must not depend, even indirectly, on browser or UI crates. The dependency tree is
# read first, so a `cargo tree` that fails stops the check instead of reading as "pure".
set -euo pipefail
tree=$(cargo tree -p fscity-core -e normal --prefix none) || {
  echo "check-core-purity: cargo tree failed; the core's dependencies could not be read" >&2
  exit 1
}
bad=$(grep -E '^(leptos|web-sys|wasm-bindgen|js-sys|gloo)' <<<"$tree" | sort -u || true)
if [ -n "$bad" ]; then
  echo "fscity-core depends on browser/UI crates:" >&2
  echo "$bad" >&2
  exit 1
fi
echo "fscity-core is pure (no leptos, web-sys, wasm-bindgen, js-sys or gloo in its dependency tree)"

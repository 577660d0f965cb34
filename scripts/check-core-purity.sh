#!/usr/bin/env bash
# fscity-core must not depend, even indirectly, on browser or UI crates.
set -euo pipefail
bad=$(cargo tree -p fscity-core -e normal --prefix none 2>/dev/null | grep -E '^(leptos|web-sys|wasm-bindgen|js-sys|gloo)' | sort -u || true)
if [ -n "$bad" ]; then
  echo "fscity-core depends on browser/UI crates:" >&2
  echo "$bad" >&2
  exit 1
fi
echo "fscity-core is pure (no leptos, web-sys, wasm-bindgen, js-sys or gloo in its dependency tree)"

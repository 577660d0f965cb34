#!/usr/bin/env bash
# Fuzzes reading saved data (records, imports, migrations) for a bounded time and reports
# libFuzzer's executions and the crashes found. Exits non-zero when there is a crash.
#
#   FUZZ_SECONDS=300   how long to run (default 300)
#   FUZZ_TARGET=import the target under core/fuzz/fuzz_targets/
#   FUZZ_SANITIZER=none  stable Rust has no sanitizer runtime; `address` needs nightly
#
# Runs on stable Rust: cargo-fuzz needs nightly-only flags, which RUSTC_BOOTSTRAP=1 allows.
# libFuzzer itself is built from libfuzzer-sys with the system C++ compiler. One core is used.
set -euo pipefail

CARGO_FUZZ_VERSION=0.13.2
seconds="${FUZZ_SECONDS:-300}"
target="${FUZZ_TARGET:-import}"
sanitizer="${FUZZ_SANITIZER:-none}"

say() { printf '[fuzz] %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fuzz="$root/core/fuzz"

if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION (about 2 minutes, once)"
  cargo install --locked "cargo-fuzz@$CARGO_FUZZ_VERSION"
fi
if ! rustc --version | grep -q nightly; then
  export RUSTC_BOOTSTRAP=1
fi

corpus="$fuzz/corpus/$target"
artifacts="$fuzz/artifacts/$target"
mkdir -p "$corpus" "$artifacts"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
before=$(find "$artifacts" -type f | wc -l)

say "target $target, $seconds s, sanitizer $sanitizer"
cd "$fuzz"
start=$(date +%s)
status=0
# New inputs go to corpus/ (kept between runs, not committed); seeds/ holds real files.
cargo fuzz run "$target" --sanitizer "$sanitizer" "$corpus" "$fuzz/seeds/$target" -- \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -dict="$fuzz/json.dict" -print_final_stats=1 >"$log" 2>&1 || status=$?
elapsed=$(( $(date +%s) - start ))

runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
if [ -z "$runs" ]; then
  runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
fi
after=$(find "$artifacts" -type f | wc -l)
crashes=$(( after - before ))

if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
  tail -40 "$log" >&2
  if [ -z "$runs" ] && [ "$crashes" -eq 0 ]; then
    say "cargo fuzz failed before fuzzing (exit $status); see the log above"
    exit "$status"
  fi
fi
say "executions: ${runs:-unknown}"
say "crashes: $crashes"
say "time: ${elapsed} s (including the build)"
if [ "$crashes" -ne 0 ] || [ "$status" -ne 0 ]; then
  say "crash inputs are in core/fuzz/artifacts/$target/; replay one with:"
  say "  (cd core/fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run $target --sanitizer $sanitizer artifacts/$target/<file>)"
  exit 1
fi

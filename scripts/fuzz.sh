#!/usr/bin/env bash
# Fuzzes every target under core/fuzz/fuzz_targets/ — reading saved data (import), criteria
# spreadsheets (pack_sheet) and pack JSON (pack_json) — for a bounded time each, and reports
# libFuzzer's executions and the crashes found per target. Exits non-zero when there is a crash.
#
#   FUZZ_SECONDS=300   how long to run each target (default 300)
#   FUZZ_TARGET=import only this target (default: every target, one after another)
#   FUZZ_SANITIZER=none  stable Rust has no sanitizer runtime; `address` needs nightly
#
# Runs on stable Rust: cargo-fuzz needs nightly-only flags, which RUSTC_BOOTSTRAP=1 allows.
# libFuzzer itself is built from libfuzzer-sys with the system C++ compiler. One core is used.
# A target uses core/fuzz/<target>.dict when there is one, else json.dict, and the real files
# under core/fuzz/seeds/<target>/ when there are any, plus the saved-format and pack fixtures of
# core/tests/fixtures/.
set -euo pipefail

CARGO_FUZZ_VERSION=0.13.2
seconds="${FUZZ_SECONDS:-300}"
sanitizer="${FUZZ_SANITIZER:-none}"

say() { printf '[fuzz] %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fuzz="$root/core/fuzz"

if [ -n "${FUZZ_TARGET:-}" ]; then
  targets=("$FUZZ_TARGET")
else
  mapfile -t targets < <(find "$fuzz/fuzz_targets" -name '*.rs' -exec basename {} .rs \; | sort)
fi

if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION (about 2 minutes, once)"
  cargo install --locked "cargo-fuzz@$CARGO_FUZZ_VERSION"
fi
if ! rustc --version | grep -q nightly; then
  export RUSTC_BOOTSTRAP=1
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
cd "$fuzz"
failed=0
summary=()

for target in "${targets[@]}"; do
  corpus="$fuzz/corpus/$target"
  artifacts="$fuzz/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  before=$(find "$artifacts" -type f | wc -l)
  dict="$fuzz/$target.dict"
  [ -f "$dict" ] || dict="$fuzz/json.dict"
  # New inputs go to corpus/ (kept between runs, not committed); seeds/ holds real files.
  dirs=("$corpus")
  [ -d "$fuzz/seeds/$target" ] && dirs+=("$fuzz/seeds/$target")
  # The test fixtures are seeds as they are (never copies, which fall behind a new version).
  case "$target" in
    import) dirs+=("$root/core/tests/fixtures/saved") ;;
    pack_json) dirs+=("$root/core/tests/fixtures") ;;
  esac

  say "target $target, $seconds s, sanitizer $sanitizer, dictionary $(basename "$dict")"
  start=$(date +%s)
  status=0
  cargo fuzz run "$target" --sanitizer "$sanitizer" "${dirs[@]}" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict="$dict" -print_final_stats=1 >"$log" 2>&1 || status=$?
  elapsed=$(( $(date +%s) - start ))

  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if [ -z "$runs" ]; then
    runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
  fi
  after=$(find "$artifacts" -type f | wc -l)
  crashes=$(( after - before ))

  if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    tail -40 "$log" >&2
    failed=1
    if [ -z "$runs" ] && [ "$crashes" -eq 0 ]; then
      say "$target: cargo fuzz failed before fuzzing (exit $status); see the log above"
      summary+=("$target: failed before fuzzing (exit $status)")
      continue
    fi
    say "$target: crash inputs are in core/fuzz/artifacts/$target/; replay one with:"
    say "  (cd core/fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run $target --sanitizer $sanitizer artifacts/$target/<file>)"
  fi
  say "$target: executions ${runs:-unknown}, crashes $crashes, ${elapsed} s (including the build)"
  summary+=("$target: executions ${runs:-unknown}, crashes $crashes")
done

say "summary:"
for line in "${summary[@]}"; do
  say "  $line"
done
exit "$failed"

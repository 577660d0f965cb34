#!/usr/bin/env bash
# Adds up what every suite reported (cargo's "test result" lines, Playwright's summary) and
# prints one closing line: "make test: N passed, M failed".
set -euo pipefail
log="${1:-target/test-log.txt}"
passed=0
failed=0
while read -r p f; do
  passed=$((passed + p)); failed=$((failed + f))
done < <(grep -E '^test result: ' "$log" | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/')
pw_passed=$(grep -E '^\s+[0-9]+ passed' "$log" | tail -1 | grep -oE '[0-9]+' | head -1 || true)
pw_failed=$(grep -E '^\s+[0-9]+ failed' "$log" | tail -1 | grep -oE '[0-9]+' | head -1 || true)
passed=$((passed + ${pw_passed:-0})); failed=$((failed + ${pw_failed:-0}))
if [ "$passed" -eq 0 ]; then
  echo "make test: no test ran" >&2
  exit 1
fi
echo "make test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

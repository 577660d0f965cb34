# fscity: `make serve` runs the app, `make test` runs every test. Both install what is missing
# first (scripts/setup.sh) and are quick when everything is there.

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Debug info makes wasm test binaries slow to load; tests do not need it.
export CARGO_PROFILE_DEV_DEBUG := 0
PORT ?= 8080

.PHONY: serve test dist size bench fuzz setup setup-build test-core test-wasm test-e2e lint clean

setup-build:
	@scripts/setup.sh serve

setup:
	@scripts/setup.sh all

## dist: the deployable static folder (release build, wasm-opt -Oz)
dist: setup-build
	python3 scripts/build.py

## serve: build the release bundle and serve it at http://127.0.0.1:$(PORT)/
serve: dist
	python3 scripts/serve.py dist $(PORT)

TEST_LOG := $(CURDIR)/target/test-log.txt

## test: every test — core (native), components (wasm, headless Chromium), end to end (Playwright)
test: setup
	@mkdir -p target && : > $(TEST_LOG)
	$(MAKE) --no-print-directory lint test-core test-wasm test-e2e size
	@scripts/test-summary.sh $(TEST_LOG)

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p fscity --target wasm32-unknown-unknown --all-targets -- -D warnings
	@scripts/check-core-purity.sh

test-core:
	set -o pipefail; cargo test -p fscity-core -p fscity-xlsx -p fscity-tidy 2>&1 | tee -a $(TEST_LOG)

test-wasm:
	set -o pipefail; CHROMEDRIVER=$$(command -v chromedriver) cargo test -p fscity --target wasm32-unknown-unknown 2>&1 | tee -a $(TEST_LOG)

test-e2e: dist
	set -o pipefail; playwright test 2>&1 | tee -a $(TEST_LOG)

# The first visit's brotli budget in KiB. Issue 15 set 200; issue 33 sets 250. Reports, gaps, the
# pack shelf, import, version move, the demo, presentation and an indicator's records are chunks
# (561.7 → 429.0 KiB). Raised 430 → 433 by issue 16's pack-format fields (bonus block, retired IDs,
# source issuer): the default pack is parsed at startup, so their serde and checks ride in the
# first visit (+3 KiB measured) until issue 33 bakes the default pack and moves parsing out.
# Raised 433 → 446 by issue 16's version 2 of the default pack: its text is 36 KB longer
# (the corrections, 21 more sources with issuer and publication, the bonus block), +7.3 KiB
# brotli measured on the JSON alone; and +3.5 KiB of code that finds assessments saved on
# version 1 at startup and waits for the chunk holding version 1 (27.4 KiB, on demand only).
# Raised 446 → 452 by issue 17's evidence package: every saved record is read at startup, so
# the numbered evidence item (kind, state, date, issuer, 责任单位, what it proves), the 自评结论,
# the v3 → v4 migration step and the duplicate-number check are first-visit code (445.8 →
# 451.5 KiB measured); the 材料提交表 is in the records chunk, the 资料目录 and review rounds
# in the reports chunk with their words (EvidenceWords); the review rides as JSON (Stowed) and
# one writer serves the record and the tab copy, so with all of issue 17's slices so far the
# first visit is 450.8 KiB. Stowing the evidence the same way is the next lever (~5 KiB).
# Raised 452 → 453 by issue 17's 领导访谈 drill: the record's interviews field and the v4 → v5
# step are read at startup, and an interview indicator's answer has a slot that fetches the
# suggestion chunk once interviewees are listed (450.8 → 452.3 KiB measured); the drill itself
# (21.0 KiB) and the suggestion (2.9 KiB) are chunks.
# Raised 453 → 454 with issue 18's first slice: 452.6 → 453.6 KiB measured. The register,
# plan and route sheets are a chunk (36.1 KiB); what reaches the first visit is the record's
# stowed inspection field (every record is read at startup) and a seventh report choice; the
# rest of the kilobyte is not attributed here — issue 33's make size-why is the tool for that.
# Raised 454 → 465 by the rest of issue 18 so far (453.7 → 464.3 KiB, each step built and
# measured with node scripts/size.mjs): 453.7 → 458.7 for the site findings the score takes —
# the tally on an indicator's entry (its serde code alone is 1.5 KiB, measured by building with
# the field skipped), the 现场检查 line of the explanation, the count field that gives way to
# the inspection, the v5 → v6 step — and the recording's CSS (0.1 KiB); 458.7 → 464.3 for the
# photos and their .zip backup: wasm-bindgen keeps every import's JS glue and closure adapters
# in the main module (wasm-split moves only code), so the IndexedDB and canvas bindings used
# only by chunks cost ~5 KiB here (fscity-*.js alone 8.5 → 9.4 KiB). The lever for issue 33:
# the photo store in a worker of its own, as the Excel writer is, to take those back.
# Raised 465 → 469 for recording with a register of thousands of points (463.2 → 467.5 KiB):
# the parts of the record that capabilities type (review, drill, 现场检查 — now kept part by
# part) are kept as JSON text beside their typed value (serde_json's raw_value feature and a
# compact writer for them, ~4.3 KiB), so a save copies the register's text instead of writing
# 5,000 points again and a tap no longer re-reads them: tap → shown 248 → 28 ms at 4× CPU
# (scripts/bench-browser.mjs). The typed value is held as `dyn Any` so its code stays in the
# chunks (that alone took back 1.1 KiB). 467.5 → 468.2 for the city's own check sheets kept in
# the record (data format v7: the v6 → v7 step every record read passes, and a fifth part).
# Raised 469 → 473 by issue 19 (468.7 → 472.7 KiB, one build): every record read at startup
# passes the v7 → v8 step and reads the polls part and B-16/B-17's `poll` link; a calculator
# shows "来自 2026年6月自测（n = 1,100）", opens the poll through the workspace's report choice
# (`ui::report_link`) and says when a typed figure detached it; a record of an earlier built-in
# version waits for its chunk when opened (the intermittent e2e failure); the privacy text names
# what a poll keeps; the poll's CSS (~0.4 KiB). The poll itself is a chunk (98.8 KiB). Not
# attributed further here: issue 33's per-symbol report is the tool for that.
# Raised 473 → 474 by issue 20 (473.0 → 474.0 KiB, one build): the main wasm did not grow
# (459,220 → 459,164 bytes brotli); the review team is a chunk (81 KiB), and a new chunk adds
# its files and the code it shares with other chunks to the split loader's table
# (__wasm_split.js 3.75 → 4.39 KiB) and to the service worker's precache list (sw.js 2.56 →
# 2.93 KiB). Issue 33 is where the loader's table and the precache list can shrink.
# 474.0 → 475.3 KiB (main wasm +1.3 KiB) in the same issue: a group's record locks the
# indicators outside its task in the answer controls, which are the first screen; the task's
# indicators are read from the stowed team part as a `serde_json::Value` (so the team's types
# stay in the chunk), and that reader is the growth. Lever for issue 33: have the team chunk,
# loaded whenever a record holds a team part, provide the lock to the editor instead.
FIRST_VISIT_BUDGET_KIB ?= 476

## size: raw, gzip and brotli bytes of every file in dist/, by first visit and on-demand chunk;
## fails when the first visit is over its budget
size: dist
	node scripts/size.mjs dist --budget $(FIRST_VISIT_BUDGET_KIB)

## bench: native scoring benchmarks and browser timings of the release build
bench: dist
	cargo bench -p fscity-core
	mkdir -p target/bench
	cargo run -q -p fscity-core --example synthetic_pack -- 5000 > target/bench/synthetic-5000.json
	FSCITY_BENCH_PACK=$(CURDIR)/target/bench/synthetic-5000.json python3 scripts/build.py --features bench-pack --dist target/bench-dist
	python3 scripts/build.py --floor --dist target/floor-dist
	node scripts/bench-browser.mjs dist target/bench-dist target/floor-dist

## fuzz: every fuzz target (backup import and migration, criteria CSV/sheet import, pack JSON)
##       under libFuzzer for FUZZ_SECONDS each (default 300); FUZZ_TARGET=name runs one
fuzz:
	scripts/fuzz.sh

clean:
	rm -rf dist target test-results playwright-report

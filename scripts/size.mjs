// The size report of a built folder: raw, gzip (level 9) and brotli (quality 11) bytes of every
// file, grouped by when a visitor fetches it. Size is deterministic, so this is a report and a
// fair test, not a timed one.
//
//   node scripts/size.mjs [DIR] [--budget KIB]
//
// "First visit" is what the first screen needs: the page, the loader, the app's js and wasm, the
// chunks' link module, the stylesheet, the icon and the service worker script. "On demand" are
// the chunks and workers fetched on first use, listed one by one. The service worker precaches them in the
// background after the first screen, so they do not delay it. The sample host pages under
// examples/ are for web admins and never fetched by the app. The `.br`/`.gz` siblings written
// by scripts/compress.mjs are the same files compressed, so they are not counted again; their
// sizes are read instead of compressing again (a file without them is compressed here with the
// same settings, scripts/compression.mjs).
//
// With --budget, exits 1 when the first visit's brotli total is over KIB kibibytes.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotli, gzip } from "./compression.mjs";

const args = process.argv.slice(2);
const flag = args.indexOf("--budget");
const budgetKib = flag >= 0 ? Number(args[flag + 1]) : null;
const root = args.find((a, i) => !a.startsWith("--") && (flag < 0 || i !== flag + 1)) ?? "dist";
if (budgetKib !== null && !(budgetKib > 0)) {
  console.error("size: --budget needs a number of KiB, e.g. --budget 200");
  process.exit(2);
}

/** The chunks a visitor fetches only on first use: name prefix → what it is for. */
const ON_DEMAND = [
  ["xlsx_worker", "Excel writer (export)"],
  ["sheet_reader", "criteria reader (import)"],
  // The chunks scripts/build.py cuts at each `chunk!` (src/ui/lazy.rs), by module name.
  ["split_reports_chunk-", "reports (print, action list, progress, CSV/Excel)"],
  ["split_pack_shelf_chunk-", "criteria-pack shelf (import, editor, versions)"],
  ["split_import_chunk-", "importing assessments"],
  ["split_move_panel_chunk-", "version move (diff, preview)"],
  ["split_earlier_chunk-", "earlier versions of the built-in packs (for assessments saved on them)"],
  ["split_demo_chunk-", "demo city"],
  ["split_gaps_chunk-", "gaps, path to pass and exports"],
  ["split_presentation_chunk-", "presentation mode"],
  ["split_record_chunk-", "records of an indicator (notes, evidence, actions)"],
  ["split_interviews_chunk-", "leader interview drill (interviewees, cards, briefs, suggestions)"],
  ["split_interview_hint_chunk-", "the drill's suggestion beside an interview indicator"],
  ["split_inspection_chunk-", "on-site inspection rehearsal (register, plan, route and check sheets, recording, photos)"],
  ["split_poll_chunk-", "satisfaction and awareness poll (questionnaire, planner, responses, intervals)"],
  ["split_team_chunk-", "review team (groups, task and result files, the merge)"],
  ["split_photo_backup_chunk-", "packing a backup with photos (.zip)"],
  ["chunk_", "code shared by two or more chunks"],
];
const FIRST_VISIT = [/^index\.html$/, /^fscity\.js$/, /^sw\.js$/, /^fscity-.*\.(js|wasm)$/, /^__wasm_split\..*\.js$/, /^main-.*\.css$/, /^favicon-.*\.svg$/];

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (!/\.(br|gz)$/.test(name)) yield path;
  }
}

function measure(path) {
  const data = readFileSync(path);
  const sibling = (suffix, compress) => (existsSync(path + suffix) ? statSync(path + suffix).size : compress(data).length);
  return { file: relative(root, path), raw: data.length, gzip: sibling(".gz", gzip), brotli: sibling(".br", brotli) };
}

function group(row) {
  // Run only by a browser without ES modules (`<script nomodule>`), to say it cannot run the app.
  if (row.file === "fscity-notice.js") return "not fetched by the app (notice for browsers without ES modules)";
  if (FIRST_VISIT.some((p) => p.test(row.file))) return "first visit";
  const chunk = ON_DEMAND.find(([prefix]) => row.file.startsWith(prefix));
  if (chunk) return `on demand: ${chunk[1]}`;
  if (row.file.startsWith("examples/")) return "not fetched by the app (sample host pages)";
  return "unclassified (add it to scripts/size.mjs)";
}

const groups = new Map();
for (const path of files(root)) {
  const row = measure(path);
  const name = group(row);
  if (!groups.has(name)) groups.set(name, []);
  groups.get(name).push(row);
}
const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const width = Math.max(30, ...[...groups.values()].flat().map((r) => r.file.length + 2));
const line = (file, r) => `${file.padEnd(width)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}  ${String(r.brotli).padStart(9)}`;

console.log(`${"file".padEnd(width)}  ${"raw".padStart(9)}  ${"gzip".padStart(9)}  ${"brotli".padStart(9)}`);
const order = [...groups.keys()].sort((a, b) => (a === "first visit" ? -1 : b === "first visit" ? 1 : a.localeCompare(b)));
for (const name of order) {
  const rows = groups.get(name);
  console.log(`${name}:`);
  for (const r of rows) console.log(line(`  ${r.file}`, r));
  console.log(line(`  = ${kib(sum(rows).brotli)} brotli`, sum(rows)));
}
const first = sum(groups.get("first visit") ?? []).brotli;
console.log(`first visit brotli: ${kib(first)} (${first} bytes)${budgetKib ? `; budget ${budgetKib} KiB` : ""}`);
for (const name of order.filter((n) => n.startsWith("on demand"))) {
  console.log(`${name}: ${kib(sum(groups.get(name)).brotli)}`);
}
if (groups.has("unclassified (add it to scripts/size.mjs)")) {
  console.error("size: some files are neither first visit nor a known chunk; say where they belong");
  process.exit(1);
}
if (budgetKib !== null && first > budgetKib * 1024) {
  console.error(`size: the first visit is ${kib(first)} brotli, over the budget of ${budgetKib} KiB`);
  process.exit(1);
}

// Prints raw, gzip (level 9) and brotli (quality 11) bytes of every file in a folder, and the
// totals. Size is deterministic, so `make size` is a report, not a timed test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const root = process.argv[2] ?? "dist";
const budget = Number(process.env.FSCITY_BROTLI_BUDGET ?? 0);

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const rows = [];
for (const path of files(root)) {
  const data = readFileSync(path);
  rows.push({
    file: relative(root, path),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  });
}
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const width = Math.max(5, ...rows.map((r) => r.file.length));
const line = (file, r) => `${file.padEnd(width)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}  ${String(r.brotli).padStart(9)}`;
console.log(`${"file".padEnd(width)}  ${"raw".padStart(9)}  ${"gzip".padStart(9)}  ${"brotli".padStart(9)}`);
for (const r of rows) console.log(line(r.file, r));
console.log(line("TOTAL", total));
console.log(`TOTAL brotli: ${(total.brotli / 1024).toFixed(1)} KiB (${total.brotli} bytes)`);
// Files fetched only on demand (the Excel writer and the criteria reader, workers started when
// the user exports or imports) are not part
// of a first visit; report that figure too, since it is the one users wait for.
const lazy = rows.filter((r) => r.file.startsWith("xlsx_worker") || r.file.startsWith("sheet_reader"));
const part = (prefix) => rows.filter((r) => r.file.startsWith(prefix)).reduce((t, r) => t + r.brotli, 0);
const lazyBrotli = lazy.reduce((t, r) => t + r.brotli, 0);
console.log(`first visit brotli: ${((total.brotli - lazyBrotli) / 1024).toFixed(1)} KiB; on demand: Excel writer ${(part("xlsx_worker") / 1024).toFixed(1)} KiB, criteria reader ${(part("sheet_reader") / 1024).toFixed(1)} KiB`);
if (budget > 0 && total.brotli > budget) {
  console.error(`over the brotli budget of ${budget} bytes`);
  process.exit(1);
}

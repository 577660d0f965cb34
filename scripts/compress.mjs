// Writes a `.br` (quality 11) and a `.gz` (level 9) sibling of every text and wasm file in a
// built folder, so a server with static compression (nginx `brotli_static`/`gzip_static`, IIS
// with precompressed files, scripts/serve.py) sends them as they are, without compressing on
// each request. The first-visit budget in `make size` assumes this compression.
//
//   node scripts/compress.mjs DIR
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotli, gzip } from "./compression.mjs";

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".txt"]);

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.has(extname(name))) yield path;
  }
}

const root = process.argv[2];
if (!root) {
  console.error("usage: node scripts/compress.mjs DIR");
  process.exit(2);
}
for (const path of files(root)) {
  const data = readFileSync(path);
  writeFileSync(`${path}.gz`, gzip(data));
  writeFileSync(`${path}.br`, brotli(data));
}

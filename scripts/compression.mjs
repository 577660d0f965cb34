// The one home of the compression settings: the `.br`/`.gz` siblings a build ships
// (scripts/compress.mjs) and the sizes `make size` reports (scripts/size.mjs) are the same bytes.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Gzip at level 9. */
export const gzip = (data) => gzipSync(data, { level: 9 });

/** Brotli at quality 11, told the input's size. */
export const brotli = (data) =>
  brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });

// Writes .br and .gz siblings of the H5 build's text assets (html, js, css, json, svg), so the
// server sends them compressed (@fastify/static `preCompressed`) without compressing per request.
// Usage: node scripts/precompress.mjs [dist/h5]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'dist/h5');
const TEXT = /\.(html|js|css|json|svg|txt)$/;
/** Below this a compressed copy saves less than a packet. */
const MIN_BYTES = 1024;

let files = 0;
let raw = 0;
let br = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (TEXT.test(name) && !name.endsWith('.LICENSE.txt')) {
      const data = readFileSync(file);
      if (data.length < MIN_BYTES) continue;
      const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
      writeFileSync(`${file}.br`, brotli);
      writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      files += 1;
      raw += data.length;
      br += brotli.length;
    }
  }
}
walk(root);
console.log(`precompress: ${files} files in ${path.relative(process.cwd(), root) || '.'}, ${(raw / 1024).toFixed(1)} KB → ${(br / 1024).toFixed(1)} KB brotli`);

// Sizes of a weapp build: the main package (every file outside the subpackage roots listed in
// app.json) and the total, as WeChat counts them (bytes of every file in the folder; a
// production build has no source maps, any *.map is left out as DevTools does not upload them).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const WEAPP_BUDGET = { main: 400 * 1024, total: 1024 * 1024 };

function walk(dir, base = dir, out = []) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) walk(full, base, out);
    else if (!name.endsWith('.map')) out.push({ file: path.relative(base, full).split(path.sep).join('/'), bytes: st.size });
  }
  return out;
}

export function weappSizes(dir) {
  const appJson = path.join(dir, 'app.json');
  if (!existsSync(appJson)) throw new Error(`${path.relative(process.cwd(), dir) || dir}/app.json missing: build weapp first`);
  const app = JSON.parse(readFileSync(appJson, 'utf8'));
  const roots = [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((s) => s.root.replace(/\/?$/, '/'));
  const files = walk(dir);
  const inSub = (f) => roots.some((r) => f.file.startsWith(r));
  const main = files.filter((f) => !inSub(f));
  const sum = (xs) => xs.reduce((a, f) => a + f.bytes, 0);
  const subs = roots.map((r) => ({ root: r, bytes: sum(files.filter((f) => f.file.startsWith(r))) }));
  return {
    main: sum(main),
    total: sum(files),
    files: files.length,
    largest: [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 5),
    largestMain: [...main].sort((a, b) => b.bytes - a.bytes).slice(0, 5),
    subpackages: subs,
  };
}

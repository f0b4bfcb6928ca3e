// `npm run test:size` (part of `npm test`, after the build): the size budgets of bench/README.md
// checked on dist/ as built, without timing anything:
//   weapp main package (outside the subpackage roots) ≤ 400 KB, weapp total ≤ 1 MB,
//   H5 first load (index.html's scripts + styles and the home route's chunks) ≤ 160 KB gzip.
// `npm run bench` measures the same figures (the H5 one from a real page load) beside baselines.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { H5_FIRST_LOAD_BUDGET_GZIP, h5FirstLoadFromBuild } from '../bench/lib/h5-first-load.mjs';
import { WEAPP_BUDGET, weappSizes } from '../bench/lib/weapp-size.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
let failures = 0;

function report(name, value, budget, detail) {
  const ok = value <= budget;
  if (!ok) failures += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(22)} ${kb(value).padStart(10)}  (budget ${kb(budget)})${detail ? `  ${detail}` : ''}`);
}

try {
  const w = weappSizes(path.join(root, 'dist', 'weapp'));
  const top = (files) => files.slice(0, 5).map((f) => `${f.file} ${kb(f.bytes)}`).join(', ');
  report('weapp main package', w.main, WEAPP_BUDGET.main, `largest: ${top(w.largestMain)}`);
  report('weapp total', w.total, WEAPP_BUDGET.total, `${w.files} files`);
} catch (e) {
  failures += 1;
  console.log(`FAIL weapp: ${e.message}`);
}

try {
  const h = h5FirstLoadFromBuild(path.join(root, 'dist', 'h5'));
  if (!h.routeFound) throw new Error(`the home route (${h.home}) was not found in the entry scripts: cannot tell which chunks it loads`);
  const files = [...h.files].sort((a, b) => b.gzip - a.gzip).map((f) => `${path.basename(f.url)} ${kb(f.gzip)}`);
  report('H5 first load (gzip)', h.gzip, H5_FIRST_LOAD_BUDGET_GZIP, `raw ${kb(h.raw)}; ${files.join(', ')}`);
} catch (e) {
  failures += 1;
  console.log(`FAIL H5 first load: ${e.message}`);
}

if (failures) {
  console.log(`\n${failures} size budget(s) missed: see bench/README.md for what dominates each figure.`);
  process.exit(1);
}

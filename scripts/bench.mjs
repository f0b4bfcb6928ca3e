// `npm run bench`: builds dist/weapp and dist/h5 (production) and a bare Taro page, measures the
// rows of bench/README.md against their baselines, prints one table, and exits 1 only when a
// budget is missed (or a budgeted row cannot be measured).
//
//   npm run bench                          everything (about 2.5 minutes on an idle 2-core machine)
//   npm run bench -- --only size,api       some groups: size, weapp (first setData in the WeChat double), h5 (first load + render), api, pg, engine
//   npm run bench -- --no-build            reuse dist/ as it is (the bare baseline is still built)
//   npm run bench -- --dist /path/to/dist   measure another build's dist/{weapp,h5} (implies --no-build)
//   npm run bench -- --loads 5 --duration 5 --connections 50
//
// The table is also written to bench/results/last.md and the raw rows to bench/results/last.json.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBareTaro } from '../bench/lib/baseline-app.mjs';
import { failed, formatTable } from '../bench/lib/table.mjs';
import { ROOT, run } from '../bench/lib/util.mjs';
import { apiRows } from '../bench/rows/api.mjs';
import { engineRows } from '../bench/rows/engine.mjs';
import { h5Rows } from '../bench/rows/h5.mjs';
import { postgresRows } from '../bench/rows/postgres.mjs';
import { sizeRows } from '../bench/rows/size.mjs';
import { weappRows } from '../bench/rows/weapp.mjs';

const GROUPS = ['size', 'weapp', 'h5', 'api', 'pg', 'engine'];
const ALIASES = { load: 'h5', render: 'h5', launch: 'weapp', server: 'api', domain: 'engine', postgres: 'pg' };

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    loads: { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'cpu-rate': { type: 'string', default: '4' },
    verbose: { type: 'boolean', default: false },
    dist: { type: 'string' },
  },
});
const only = new Set(
  (values.only ? values.only.split(',') : GROUPS).map((g) => ALIASES[g.trim()] ?? g.trim()).filter((g) => {
    if (GROUPS.includes(g)) return true;
    console.error(`unknown group "${g}" (known: ${GROUPS.join(', ')})`);
    process.exit(2);
  }),
);

const started = Date.now();
const log = (msg) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);
const quiet = values.verbose ? (s) => process.stderr.write(s) : null;
const sourceDist = values.dist ? path.resolve(values.dist) : path.join(ROOT, 'dist');
// Each target's output is copied aside as soon as it exists: other builds in the same tree
// (watch mode, another terminal) may clean dist/ while the bench is still measuring.
const snapshot = mkdtempSync(path.join(os.tmpdir(), 'yunbao-bench-dist-'));
const ctx = { distRoot: snapshot };
function keep(target) {
  const from = path.join(sourceDist, target);
  if (existsSync(from)) cpSync(from, path.join(snapshot, target), { recursive: true });
}
const rows = [];
const buildErrors = {};

async function build(target) {
  log(`building ${target} (production)…`);
  const { code, tail } = await run('npm', ['run', `build:${target}`], { log: quiet });
  if (code !== 0) buildErrors[target] = `npm run build:${target} failed: ${tail.trim().split('\n').slice(-6).join(' | ')}`;
  else keep(target);
}

async function group(name, fn) {
  if (!only.has(name)) return;
  log(`${name}…`);
  try {
    rows.push(...(await fn()));
  } catch (e) {
    rows.push({ name, error: e instanceof Error ? e.message : String(e), budget: 'see README' });
  }
}

if (!values['no-build'] && !values.dist) {
  if (only.has('size') || only.has('weapp')) await build('weapp');
  if (only.has('h5')) await build('h5');
} else {
  if (only.has('size') || only.has('weapp')) keep('weapp');
  if (only.has('h5')) keep('h5');
}
const bareTargets = [...(only.has('size') || only.has('weapp') ? ['weapp'] : []), ...(only.has('h5') ? ['h5'] : [])];
if (bareTargets.length) {
  log(`building the bare Taro baseline (${bareTargets.join(', ')})…`);
  ctx.bare = await buildBareTaro(bareTargets, quiet);
  for (const e of Object.values(ctx.bare.errors)) log(e);
}

try {
  await group('size', async () => (buildErrors.weapp ? [{ name: 'weapp build', error: buildErrors.weapp, budget: '≤ 400 KB' }] : sizeRows({ ctx })));
  await group('weapp', async () => (buildErrors.weapp ? [{ name: 'weapp home first setData', error: buildErrors.weapp, budget: '–' }] : weappRows({ ctx })));
  await group('h5', async () =>
    buildErrors.h5
      ? [{ name: 'H5 build', error: buildErrors.h5, budget: '≤ 160 KB' }]
      : h5Rows({ ctx, loads: Number(values.loads), cpuRate: Number(values['cpu-rate']), log }),
  );
  await group('api', () => apiRows({ connections: Number(values.connections), duration: Number(values.duration), log }));
  await group('pg', () => postgresRows({ connections: Number(values.connections), duration: Number(values.duration), log }));
  await group('engine', () => engineRows({ seconds: 2 }));
} finally {
  ctx.bare?.remove();
  rmSync(snapshot, { recursive: true, force: true });
}

const [load1] = os.loadavg();
const header = `npm run bench — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, load average ${load1.toFixed(2)} at the end, ${((Date.now() - started) / 1000).toFixed(0)} s`;
const table = formatTable(rows);
console.log(`\n${header}\n\n${table}`);
const bad = rows.filter(failed);
console.log(bad.length ? `\n${bad.length} row(s) over budget or not measured: ${bad.map((r) => r.name).join('; ')}` : '\nall budgets met');

const out = path.join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'last.md'), `${header}\n\n${table}\n`);
writeFileSync(path.join(out, 'last.json'), JSON.stringify({ header, rows }, null, 2));
process.exit(bad.length ? 1 : 0);

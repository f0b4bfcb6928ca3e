// Rows 2 and 3: H5 first load (JS + CSS needed to show the home page, raw and gzip) and H5 first
// render (Chromium 390×844, 4× CPU throttling, cold cache, navigation → week label painted,
// median of N loads), next to a static page with the same text served by the same server.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { coldLoad, launchBrowser, throttleFactor } from '../lib/browser.mjs';
import { H5_FIRST_LOAD_BUDGET_GZIP, h5FirstLoadFromBuild } from '../lib/h5-first-load.mjs';
import { WEEK_LABEL, pregnancySeed } from '../lib/seed.mjs';
import { KB, ROOT, fmtKB, fmtMs, gzipSize, median, ratio, startApi } from '../lib/util.mjs';

export const RENDER_BUDGET_MS = 1500;
const FLOOR_FILE = 'bench-floor.html';

const floorPage = (label) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta content="width=device-width,initial-scale=1" name="viewport"><title>孕保通</title></head>
<body style="margin:0;font-family:sans-serif"><div style="padding:16px;font-size:20px">${label}</div></body></html>
`;

/** Serves `distDir` (plus the floor page) through the real API, as `npm start` does. */
async function serveCopy(distDir, label) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'yunbao-bench-h5-'));
  const root = path.join(tmp, 'h5');
  cpSync(distDir, root, { recursive: true });
  writeFileSync(path.join(root, FLOOR_FILE), floorPage(label));
  const api = await startApi({ databasePath: path.join(tmp, 'bench.sqlite'), staticRoot: root });
  return {
    base: api.base,
    async close() {
      await api.stop();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * Cold loads of every target in turns (target 1, target 2, …, then again), after one discarded
 * warm-up load of each (warms the servers, not the browser): a drift of the shared machine's speed
 * during the run then weighs on the app and its floor alike. Resolves one list of ms per target.
 */
async function renderTimesInTurns(browser, targets, { loads, cpuRate, log }) {
  for (const t of targets) await coldLoad(browser, t.url, { seed: t.seed, cpuRate, pattern: WEEK_LABEL });
  const times = targets.map(() => []);
  for (let i = 0; i < loads; i++) {
    for (const [k, t] of targets.entries()) times[k].push((await coldLoad(browser, t.url, { seed: t.seed, cpuRate, pattern: WEEK_LABEL })).ms);
  }
  for (const [k, t] of targets.entries()) log(`  ${t.url}: ${times[k].map((x) => Math.round(x)).join(' ')} ms`);
  return times;
}

export async function h5Rows({ ctx, loads = 10, cpuRate = 4, log }) {
  const rows = [];
  const dist = path.join(ctx.distRoot ?? path.join(ROOT, 'dist'), 'h5');
  if (!existsSync(path.join(dist, 'index.html'))) {
    const error = 'dist/h5/index.html missing: run `npm run build:h5` (or drop --no-build)';
    return [
      { name: 'H5 first load (gzip)', error, budget: '≤ 160 KB' },
      { name: `H5 first render (median of ${loads})`, error, budget: `≤ ${fmtMs(RENDER_BUDGET_MS)}` },
    ];
  }
  const seed = pregnancySeed();
  let staticFl = null;
  let staticError = null;
  try {
    staticFl = h5FirstLoadFromBuild(dist);
  } catch (e) {
    staticError = e.message;
  }
  let bareFl = null;
  if (ctx.bare?.dist.h5) bareFl = h5FirstLoadFromBuild(ctx.bare.dist.h5);

  const browser = await launchBrowser();
  const served = await serveCopy(dist, seed.label);
  let firstLoadRow = null;
  try {
    // Row 2 from a real page load (unthrottled): what had been fetched when the label showed.
    try {
      const probe = await coldLoad(browser, `${served.base}/`, { seed, pattern: WEEK_LABEL, bodies: true });
      const files = probe.resources.map((r) => ({ url: new URL(r.url).pathname, type: r.type, raw: r.raw, gzip: gzipSize(r.body) }));
      const sum = (k, t) => files.filter((f) => !t || f.type === t).reduce((a, f) => a + f[k], 0);
      const gz = sum('gzip');
      const staticNote =
        staticFl && Math.abs(staticFl.gzip - gz) > 512 ? `; build manifest says ${fmtKB(staticFl.gzip)} gz (${staticFl.files.length} files)` : '';
      ctx.h5FirstLoad = { files, gzip: gz, raw: sum('raw') };
      firstLoadRow = {
        name: 'H5 first load (gzip)',
        value: gz,
        figure: fmtKB(gz),
        baseline: bareFl ? `${fmtKB(bareFl.gzip)} bare Taro` : '–',
        ratio: ratio(gz, bareFl?.gzip),
        budget: '≤ 160 KB',
        ok: gz <= H5_FIRST_LOAD_BUDGET_GZIP,
        note: `raw ${fmtKB(sum('raw'))} in ${files.length} files (JS ${fmtKB(sum('gzip', 'js'))} gz, CSS ${fmtKB(sum('gzip', 'css'))} gz); largest: ${[...files]
          .sort((a, b) => b.gzip - a.gzip)
          .slice(0, 3)
          .map((f) => `${path.basename(f.url)} ${(f.gzip / KB).toFixed(1)}`)
          .join(', ')}${staticNote}`,
      };
    } catch (e) {
      // The page does not render yet: fall back to the build's own manifest for row 2.
      if (staticFl) {
        firstLoadRow = {
          name: 'H5 first load (gzip)',
          value: staticFl.gzip,
          figure: fmtKB(staticFl.gzip),
          baseline: bareFl ? `${fmtKB(bareFl.gzip)} bare Taro` : '–',
          ratio: ratio(staticFl.gzip, bareFl?.gzip),
          budget: '≤ 160 KB',
          ok: staticFl.gzip <= H5_FIRST_LOAD_BUDGET_GZIP,
          note: `from the build manifest (page load failed: ${e.message.slice(0, 160)}); raw ${fmtKB(staticFl.raw)} in ${staticFl.files.length} files`,
        };
      } else {
        firstLoadRow = { name: 'H5 first load (gzip)', error: `${e.message}; ${staticError ?? ''}`, budget: '≤ 160 KB' };
      }
    }
    rows.push(firstLoadRow);

    // Row 3: throttled cold loads of the app, the static floor and the bare Taro page in turns.
    const budget = `≤ ${fmtMs(RENDER_BUDGET_MS)}`;
    try {
      const factor = await throttleFactor(browser, `${served.base}/${FLOOR_FILE}`, cpuRate);
      log(`  CPU throttling ${cpuRate}× measured as ${factor.toFixed(1)}× on a busy loop`);
      const bare = ctx.bare?.dist.h5 ? await serveCopy(ctx.bare.dist.h5, seed.label) : null;
      let app;
      let floor;
      let bareNote = '';
      try {
        const targets = [
          { url: `${served.base}/`, seed },
          { url: `${served.base}/${FLOOR_FILE}`, seed: null },
          ...(bare ? [{ url: `${bare.base}/`, seed: null }] : []),
        ];
        const times = await renderTimesInTurns(browser, targets, { loads, cpuRate, log });
        [app, floor] = times;
        if (bare) bareNote = `; bare Taro page ${fmtMs(median(times[2]))}`;
      } finally {
        if (bare) await bare.close();
      }
      const m = median(app);
      const f = median(floor);
      rows.push({
        name: `H5 first render (median of ${loads})`,
        value: m,
        figure: fmtMs(m),
        baseline: `${fmtMs(f)} static page`,
        ratio: ratio(m, f),
        budget,
        ok: m <= RENDER_BUDGET_MS,
        note: `${cpuRate}× CPU (measured ${factor.toFixed(1)}×), 390×844, cold; min ${fmtMs(Math.min(...app))}, max ${fmtMs(Math.max(...app))}${bareNote}`,
      });
    } catch (e) {
      rows.push({ name: `H5 first render (median of ${loads})`, error: e.message, budget });
    }
  } finally {
    await served.close();
    await browser.close();
  }
  return rows;
}

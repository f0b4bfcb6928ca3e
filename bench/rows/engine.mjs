// Row 5: runs bench/engine.ts in its own process (node --import tsx), one thread.
import path from 'node:path';
import { BENCH, fmtRate, ratio, run } from '../lib/util.mjs';

export const ENGINE_BUDGET = 100_000;

export async function engineRows({ seconds = 2 }) {
  const budget = `≥ ${fmtRate(ENGINE_BUDGET)}`;
  const { code, stdout, tail } = await run(process.execPath, ['--import', 'tsx', path.join(BENCH, 'engine.ts'), String(seconds)], { timeoutMs: 300_000 });
  if (code !== 0) {
    const msg = tail.trim().split('\n').filter((l) => /Error|error|Cannot/.test(l)).slice(0, 2).join(' ') || tail.slice(-300);
    return [{ name: 'Engine delivery estimates', error: msg, budget }];
  }
  const r = JSON.parse(stdout);
  const parse = `${fmtRate(r.parsePerSec)} JSON.parse`;
  return [
    {
      name: 'Engine delivery estimates',
      value: r.estimatesPerSec,
      figure: fmtRate(r.estimatesPerSec),
      baseline: parse,
      ratio: ratio(r.estimatesPerSec, r.parsePerSec),
      budget,
      ok: r.estimatesPerSec >= ENGINE_BUDGET,
      note: `one thread, 20 region × insurance inputs; baseline parses the ${r.estimateBodyBytes} B request body`,
    },
    {
      name: 'Engine full timelines',
      value: r.timelinesPerSec,
      figure: fmtRate(r.timelinesPerSec),
      baseline: parse,
      ratio: ratio(r.timelinesPerSec, r.parsePerSec),
      budget: '–',
      ok: null,
      note: `12 checks each; prenatal quota (12 claims) ${fmtRate(r.quotasPerSec)}; maternity allowance ${fmtRate(r.allowancesPerSec)}, childcare subsidy ${fmtRate(r.subsidiesPerSec)} (the api.md examples)`,
    },
  ];
}

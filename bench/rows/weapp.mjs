// Row "weapp home first setData": bench/weapp-first-setdata.ts in its own process
// (node --import tsx), the production dist/weapp and the bare Taro page of the same run in turns.
import path from 'node:path';
import { BENCH, ROOT, fmtMs, ratio, run } from '../lib/util.mjs';

export async function weappRows({ ctx, rounds = 15 }) {
  const name = 'weapp home first setData';
  const product = path.join(ctx.distRoot ?? path.join(ROOT, 'dist'), 'weapp');
  const bare = ctx.bare?.dist.weapp;
  if (!bare) return [{ name, error: ctx.bare?.errors?.weapp ?? 'the bare Taro page was not built', budget: '–' }];
  const { code, stdout, tail } = await run(process.execPath, ['--import', 'tsx', path.join(BENCH, 'weapp-first-setdata.ts'), product, bare, String(rounds)], {
    timeoutMs: 300_000,
  });
  if (code !== 0) return [{ name, error: tail.trim().split('\n').slice(-3).join(' | '), budget: '–' }];
  const r = JSON.parse(stdout);
  return [
    {
      name,
      value: r.productMs,
      figure: fmtMs(r.productMs),
      baseline: `${fmtMs(r.bareMs)} bare Taro`,
      ratio: ratio(r.productMs, r.bareMs),
      budget: '–',
      ok: null,
      note: `App() → the home page's first setData (${r.productBytes} B, shows ${r.productShows}) in the WeChat double, real time with its virtual clock (timers cost no waiting: the JavaScript work of a cold start); median of ${r.rounds} launches in turns with the bare page (${r.bareBytes} B), min ${fmtMs(r.productMin)}, max ${fmtMs(r.productMax)}`,
    },
  ];
}

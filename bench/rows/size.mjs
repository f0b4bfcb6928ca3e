// Row 1: the production weapp build, main package (outside the subpackage roots) and total,
// against a bare Taro page built in the same run (bench/lib/baseline-app.mjs).
import path from 'node:path';
import { WEAPP_BUDGET, weappSizes } from '../lib/weapp-size.mjs';
import { KB, ROOT, fmtKB, ratio } from '../lib/util.mjs';

const list = (files) => files.map((f) => `${f.file} ${(f.bytes / KB).toFixed(1)}`).join(', ');

export async function sizeRows({ ctx }) {
  const budgets = { main: '≤ 400 KB', total: '≤ 1 MB' };
  let s;
  try {
    s = weappSizes(path.join(ctx.distRoot ?? path.join(ROOT, 'dist'), 'weapp'));
  } catch (e) {
    return [
      { name: 'weapp main package', error: e.message, budget: budgets.main },
      { name: 'weapp total', error: e.message, budget: budgets.total },
    ];
  }
  let bare = null;
  let bareError = ctx.bare?.errors?.weapp ?? null;
  if (ctx.bare?.dist.weapp) {
    try {
      bare = weappSizes(ctx.bare.dist.weapp);
    } catch (e) {
      bareError = e.message;
    }
  }
  const baseline = (b) => (b != null ? `${fmtKB(b)} bare Taro` : bareError ? 'bare build failed' : '–');
  ctx.weapp = s;
  const st = ctx.bare?.settings;
  const how = st ? `; baseline: one-page Taro app, ${st.framework}, baseLevel ${st.baseLevel}, ${st.asciiOnly ? 'ASCII-escaped' : 'UTF-8'} output` : '';
  return [
    {
      name: 'weapp main package',
      value: s.main,
      figure: fmtKB(s.main),
      baseline: baseline(bare?.main),
      ratio: ratio(s.main, bare?.main),
      budget: budgets.main,
      ok: s.main <= WEAPP_BUDGET.main,
      note: `largest in main: ${list(s.largestMain)}${bare ? `; product adds ${fmtKB(s.main - bare.main)}` : ''}${how}`,
    },
    {
      name: 'weapp total',
      value: s.total,
      figure: fmtKB(s.total),
      baseline: baseline(bare?.total),
      ratio: ratio(s.total, bare?.total),
      budget: budgets.total,
      ok: s.total <= WEAPP_BUDGET.total,
      note: `${s.files} files; five largest: ${list(s.largest)}; subpackages ${s.subpackages.map((p) => `${p.root} ${fmtKB(p.bytes)}`).join(', ') || 'none'}${bareError ? `; ${bareError}` : ''}`,
    },
  ];
}

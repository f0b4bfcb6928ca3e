// The one table `npm run bench` prints: row, figure, baseline, ratio, budget, result (markdown),
// then one numbered note per row. A row is within budget (ok: true), over (false), informational (null), or
// could not be measured (error: a budgeted row that cannot be measured fails).
const width = (s) => {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
};
const pad = (s, n) => s + ' '.repeat(Math.max(0, n - width(s)));

export const failed = (row) => row.ok === false || (row.error != null && row.budget !== '–');

export function resultOf(row) {
  if (row.error != null) return row.budget === '–' ? 'n/a' : 'FAIL (not measured)';
  if (row.ok === true) return 'ok';
  if (row.ok === false) return 'FAIL';
  return 'info';
}

export function formatTable(rows) {
  const head = ['#', 'row', 'figure', 'baseline', 'ratio', 'budget', 'result'];
  const cells = rows.map((r, i) => [
    String(i + 1),
    r.name,
    r.error != null ? 'error' : r.figure,
    r.error != null ? '–' : r.baseline ?? '–',
    r.error != null || r.ratio == null ? '–' : `${r.ratio >= 10 ? r.ratio.toFixed(0) : r.ratio.toFixed(2)}×`,
    r.budget ?? '–',
    resultOf(r),
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
  const line = (c) => `| ${c.map((x, i) => pad(x, widths[i])).join(' | ')} |`;
  const out = [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`];
  for (const c of cells) out.push(line(c));
  out.push('');
  rows.forEach((r, i) => {
    const note = r.error != null ? `not measured: ${r.error}` : r.note;
    if (note) out.push(`${i + 1}. ${note}`);
  });
  return out.join('\n');
}

// What the app reads from her and from the device: yuan she typed, instants as Shanghai days. Money
// and dates are formatted by the engine (src/domain/format.ts).

/** ISO timestamp → its Asia/Shanghai calendar day as "2026年3月15日". */
export function formatShanghaiDay(timestamp: string): string {
  const t = Date.parse(timestamp);
  if (Number.isNaN(t)) return timestamp;
  const d = new Date(t + 8 * 3_600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** Yuan typed by a person ("1234.5", "1,234.50") → integer fen, or null when it is not an amount. */
export function parseYuan(text: string): number | null {
  const t = text.replace(/[,，\s¥￥]/g, '');
  if (!/^\d{1,9}(\.\d{0,2})?$/.test(t)) return null;
  const [whole = '0', frac = ''] = t.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

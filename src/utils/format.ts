// Display formats of the app: money ¥1,234.50 from integer fen, dates 2026年3月15日.

/** Integer fen → "¥1,234.50" (two decimals, thousands separated). */
export function formatYuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${grouped}.${cents}`;
}

/** 'YYYY-MM-DD' → "2026年3月15日" (the input as given when it is not such a date). */
export function formatChineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

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

// Display formats: money ¥1,234.50 from integer fen, dates 2026年3月15日, months 2026年12月.

/** Integer fen → "¥1,234.50" (two decimals, thousands separated; "-¥…" below zero, "—" for no number). */
export function formatYuan(fen: number): string {
  if (typeof fen !== 'number' || !Number.isFinite(fen)) return '—';
  const negative = fen < 0;
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${grouped}.${cents}`;
}

/** 'YYYY-MM' → "2026年3月" (the input as given when it is not of that shape). */
export function formatChineseMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${Number(m[1])}年${Number(m[2])}月` : month;
}

/** 'YYYY-MM-DD' → "2026年3月15日" (the input as given when it is not of that shape). */
export function formatChineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}


// A policy text as paragraphs, each knowing the article it belongs to, so a citation such as
// "HY-2025-8 二(一)" can be found, highlighted and scrolled to. The texts come from Word and web
// pages: headings are 一、 (also 1、 in the Wenzhou draft), （一） (also （1）), 1. and 附件;
// the Hunan service-package text is hard-wrapped at about 28 characters.

export interface Paragraph {
  text: string;
  /** The article it sits in, outermost first: ['二', '一'] for 二(一), ['四', '三', '1'] for 四(三)1. */
  path: readonly string[];
  /** It starts that article (its heading line). */
  heading: boolean;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const chinese = (n: string): string => (/^\d+$/.test(n) ? NUMERALS[Number(n)] ?? n : n);

const TOP = /^([一二三四五六七八九十]+|\d{1,2})、/;
const SUB = /^（([一二三四五六七八九十]+|\d{1,2})）/;
const ITEM = /^(\d{1,2})[.．]/;
const ATTACHMENT = /^附件(\s*$|[:：])/;
const SENTENCE_END = /[。；：！？]$/;
// Lines of a hard-wrapped text: longer than a title, shorter than a paragraph.
const WRAPPED_LINE = { min: 24, max: 40 };

const isWrapped = (line: string): boolean => line.length >= WRAPPED_LINE.min && line.length <= WRAPPED_LINE.max && !SENTENCE_END.test(line);

const clean = (line: string): string => line.replace(/\[bookmark: [^\]]*\]/g, '').replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');

/** The heading a line starts, as the path it opens (given the path it is in), or null. */
function headingOf(line: string, at: readonly string[]): string[] | null {
  if (ATTACHMENT.test(line)) return ['附件'];
  const top = TOP.exec(line);
  if (top) return [chinese(top[1]!)];
  const sub = SUB.exec(line);
  if (sub && at.length > 0) return [at[0]!, chinese(sub[1]!)];
  const item = ITEM.exec(line);
  if (item && at.length > 1) return [at[0]!, at[1]!, item[1]!];
  return null;
}

export function paragraphsOf(text: string): Paragraph[] {
  const lines = text.split(/\r?\n/).map(clean);
  const out: Paragraph[] = [];
  let path: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    let line = lines[i]!;
    if (line === '') continue;
    const opened = headingOf(line, path);
    if (opened) path = opened;
    // A hard-wrapped paragraph goes on in the next line (no blank between) unless that is a heading.
    while (i + 1 < lines.length && isWrapped(lines[i]!) && lines[i + 1] !== '' && headingOf(lines[i + 1]!, path) === null) {
      i += 1;
      line += lines[i]!;
    }
    out.push({ text: line, path, heading: opened !== null });
  }
  return out;
}

/**
 * The articles a citation's article part names: "二(一)(三)(六)" → 二(一), 二(三), 二(六);
 * "四(三)1" → 四(三)1; "附件"; "一". Null when it is not of that shape.
 */
export function citedArticles(article: string): string[][] | null {
  const m = /^([一二三四五六七八九十]+|附件)((?:\([一二三四五六七八九十]+\))*)(\d+)?$/.exec(article.trim());
  if (!m) return null;
  const top = m[1]!;
  const subs: string[] = [];
  const sub = /\(([一二三四五六七八九十]+)\)/g;
  for (let s = sub.exec(m[2] ?? ''); s; s = sub.exec(m[2] ?? '')) subs.push(s[1]!);
  if (subs.length === 0) return m[3] ? null : [[top]];
  if (m[3] && subs.length > 1) return null;
  return subs.map((s) => (m[3] ? [top, s, m[3]] : [top, s]));
}

const within = (path: readonly string[], article: readonly string[]) => article.every((seg, i) => path[i] === seg);

/** Indexes of the paragraphs inside any of the cited articles (empty when none is found). */
export function citedParagraphs(paragraphs: readonly Paragraph[], article: string): number[] {
  const articles = citedArticles(article);
  if (!articles) return [];
  const hits: number[] = [];
  paragraphs.forEach((p, i) => {
    if (articles.some((a) => within(p.path, a))) hits.push(i);
  });
  return hits;
}

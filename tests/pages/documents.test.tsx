// 政策原文 (issue 17, point 6): the five texts are bundled as they are in docs/policy-docs; every
// citation the engine makes finds its article in them; a citation opens its document at that
// article, highlighted; a reference without a text shows its summary; every document opens.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import { POLICY_DOCUMENTS } from '@/domain';
import { Citation } from '@/components';
import Documents from '@/subpackages/documents/index';
import DocumentText from '@/subpackages/documents/text';
import { citedArticles, citedParagraphs, paragraphsOf } from '@/subpackages/documents/_components/articles';
import { POLICY_TEXTS } from '@/subpackages/documents/_components/texts';
import { freshApp } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const DOCS = path.join(ROOT, 'docs/policy-docs');
const README = readFileSync(path.join(DOCS, 'README.md'), 'utf8');

beforeEach(() => freshApp());
afterEach(() => {
  Current.router = null;
  jest.restoreAllMocks();
});

function openAt(params: Record<string, string>) {
  Current.router = { params, path: '/subpackages/documents/text', onReady: '', onHide: '', onShow: '' } as unknown as typeof Current.router;
  return render(<DocumentText />);
}

/** Every citation written in the engine: "<document id> <article>" string literals in src/domain. */
function engineCitations(): string[] {
  const ids = POLICY_DOCUMENTS.map((d) => d.id.replace(/[-]/g, '\\-')).join('|');
  const pattern = new RegExp(`'((?:${ids})(?: [^']+)?)'`, 'g');
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(pattern)) out.add(m[1]!);
    }
  };
  walk(path.join(ROOT, 'src/domain'));
  return [...out].sort();
}

test('the bundled texts are the files of docs/policy-docs, one for each document that is not a reference', () => {
  const table = [...README.matchAll(/^\| `([A-Z0-9-]+)` \| (\S+\.txt) \|/gm)].map((m) => ({ id: m[1]!, file: m[2]! }));
  expect(table).toHaveLength(5);
  expect(Object.keys(POLICY_TEXTS).sort()).toEqual(table.map((t) => t.id).sort());
  for (const { id, file } of table) {
    // a stale module fails here: run `npm run policy-texts`
    expect(POLICY_TEXTS[id]).toBe(readFileSync(path.join(DOCS, file), 'utf8'));
  }
  expect(POLICY_DOCUMENTS.filter((d) => d.status !== 'reference').map((d) => d.id).sort()).toEqual(Object.keys(POLICY_TEXTS).sort());
});

test('every reference of docs/policy-docs/README.md without a text here has a summary in the app', () => {
  const others = README.slice(README.indexOf('## Other references'));
  const ids = [...others.matchAll(/^\| `([A-Z0-9-]+)` \|/gm)].map((m) => m[1]!);
  expect(ids).toEqual(expect.arrayContaining(['GOV-2024-38', 'HN-2026-ENROLL', 'NAT-619', 'SIL-2010', 'HN-RKJS-2021', 'ZJ-RKJS-2021', 'GOV-2025-YEBT', 'CT-2025-6', 'HUKOU-1958']));
  for (const id of ids) {
    const d = POLICY_DOCUMENTS.find((x) => x.id === id);
    expect(d?.status).toBe('reference');
    expect(d?.scope.length).toBeGreaterThan(10);
    expect(POLICY_TEXTS[id]).toBeUndefined();
  }
});

test('every citation the engine makes finds its article in the text it names', () => {
  const citations = engineCitations();
  expect(citations.length).toBeGreaterThan(20);
  const missing: string[] = [];
  for (const c of citations) {
    const [id, ...rest] = c.split(' ');
    const text = POLICY_TEXTS[id!];
    const article = rest.join(' ');
    if (!text || article === '') continue;
    expect(citedArticles(article)).not.toBeNull();
    if (citedParagraphs(paragraphsOf(text), article).length === 0) missing.push(c);
  }
  expect(missing).toEqual([]);
});

test.each([
  ['HY-2025-8', '二(一)', ['（一）全面推行“分娩基本医疗费用零自付”']],
  ['HY-2025-8', '二(一)(三)(六)', ['（一）全面推行', '（三）科学制定分娩基本医疗费用项目清单', '（六）优化资金统筹与支付机制']],
  ['WZ-DRAFT', '二(一)', ['（1） 生育门诊定额保障']],
  ['JL-2024', '五(二)', ['（二）生育津贴由医保经办机构按月支付']],
  ['HN-WJ-2025-12', '四(三)1', ['1. 加大生育医疗费用保障力度。将辅助生殖类核心项目、胎儿四维彩超']],
  ['WZ-DRAFT', '附件', ['附件']],
])('%s %s: the cited article is highlighted as a region of its own', (id, article, starts) => {
  const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never);
  jest.useFakeTimers();
  openAt({ id, article: encodeURIComponent(article) });
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(POLICY_DOCUMENTS.find((d) => d.id === id)!.title);
  expect(screen.getByText(`依据的条款：${id} ${article}，已在原文中标出。`)).toHaveAttribute('role', 'status');
  const regions = screen.getAllByRole('region', { name: `依据的条款 ${article}` });
  expect(regions).toHaveLength(starts.length);
  regions.forEach((r, i) => expect(r.textContent?.startsWith(starts[i]!)).toBe(true));
  // what is not cited is not highlighted: the text goes on outside the regions
  expect(document.querySelectorAll('.doc__p').length).toBeGreaterThan(document.querySelectorAll('.doc__cited .doc__p').length);
  jest.advanceTimersByTime(500);
  expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#docs-cited-first' }));
  expect(regions[0]).toHaveAttribute('id', 'docs-cited-first');
  jest.useRealTimers();
});

test('an article the text does not have: says so and shows the whole text', () => {
  openAt({ id: 'JL-2024', article: encodeURIComponent('九(九)') });
  expect(screen.getByText('没有在原文中找到「九(九)」，下面是全文。')).toHaveAttribute('role', 'status');
  expect(screen.queryByRole('region')).not.toBeInTheDocument();
  expect(screen.getByText('二、优化产前检查医疗保障')).toBeInTheDocument();
});

test('a reference without a text here shows its summary and says the text is not here', () => {
  openAt({ id: 'GOV-2024-38' });
  const d = POLICY_DOCUMENTS.find((x) => x.id === 'GOV-2024-38')!;
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(d.title);
  expect(screen.getByText(d.scope)).toBeInTheDocument();
  expect(screen.getByText(/本应用没有收录这份文件的原文/)).toBeInTheDocument();
});

test('an unknown document says so', () => {
  openAt({ id: 'NO-SUCH-DOC' });
  expect(screen.getByRole('alert')).toHaveTextContent('没有找到这份政策文件。');
});

test('a citation opens its document at the article; the list opens every document', () => {
  const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }) as never);
  const { unmount } = render(<Citation citation="HY-2025-8 二(一)" />);
  fireEvent.click(screen.getByRole('link', { name: '依据 HY-2025-8 二(一)，查看政策原文' }));
  expect(navigate).toHaveBeenLastCalledWith({ url: `/subpackages/documents/text?id=HY-2025-8&article=${encodeURIComponent('二(一)')}` });
  unmount();

  render(<Documents />);
  for (const d of POLICY_DOCUMENTS) {
    const link = screen.getByRole('link', { name: new RegExp(`${d.id} (原文|内容摘要)`) });
    fireEvent.click(link);
    expect(navigate).toHaveBeenLastCalledWith({ url: `/subpackages/documents/text?id=${encodeURIComponent(d.id)}` });
  }
  expect(within(document.body).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['收录原文的文件', '其他参考文件（未收录原文，提供内容摘要）']);
});

// Issue 17, point 1: another city's list is never shown as hers. Outside Wenzhou the twelve checks
// are a schedule: the Wenzhou draft's items are folded away under 温州医保列出的参考项目（不是您当地的
// 报销范围）, on the home card and on the check page; in Hunan, 胎儿四维彩超 on check 3 and 无痛分娩 /
// 宫颈环扎术 in the delivery estimate's hints are said to be in the province's fund scope
// (HN-WJ-2025-12 四(三)1). One name for a check: 第三次产检 on home as on the timeline.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import { CHECK_ITEMS_ELSEWHERE_TITLE, checkCatalog } from '@/domain';
import Home from '@/pages/index/index';
import CheckPage from '@/subpackages/check/index';
import EstimatePage from '@/subpackages/estimate/index';
import { setClock } from '@/utils/clock';
import { freshApp, onboarded, renderPage } from './helpers';

// The shared Taro shim names Taro's hooks but not its API functions; NutUI imports some of those
// (getEnv, getCurrentInstance) by name.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro');
  return { __esModule: true, ...actual.default, ...actual, default: actual.default };
});

beforeEach(() => freshApp());
afterEach(() => {
  Current.router = null;
});
afterAll(() => setClock(null));

// 2026-03-01 is day 150 from 2025-10-02: check 3 (weeks 20–24) is the next one.
const AT_CHECK_3 = { method: 'lmp' as const, date: '2025-10-02' };
// Day 55: check 1 is due.
const AT_CHECK_1 = { method: 'lmp' as const, date: '2026-01-05' };

async function openCheck(no: number) {
  Current.router = { params: { no: String(no) }, path: '/subpackages/check/index', onReady: '', onHide: '', onShow: '', shareTicket: undefined, scene: undefined } as unknown as typeof Current.router;
  return renderPage(<CheckPage />);
}

const NOT_HERS = /温州生育保险可报销|可报销的项目范围|可报销的产前检查项目范围/;

test('home, Hengyang: the next check is a window, with no item list and no word of a reimbursable scope; its name is the timeline’s', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: AT_CHECK_3 });
  render(<Home />);
  const title = await screen.findByRole('heading', { name: '下一次产检：第三次产检' });
  const card = title.parentElement!;
  expect(within(card).queryByText(NOT_HERS)).not.toBeInTheDocument();
  expect(within(card).queryByText(/参考项目/)).not.toBeInTheDocument();
  for (const item of ['尿常规', '胎儿系统彩色多普勒超声检查', '胎儿脐血监测和胎盘成熟度检测']) expect(card).not.toHaveTextContent(item);
  expect(screen.queryByText(/第三次检查/)).not.toBeInTheDocument();
});

test('home, Wenzhou: the items are her city’s scope and say so, with their source', async () => {
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: AT_CHECK_3 });
  render(<Home />);
  const title = await screen.findByRole('heading', { name: '下一次产检：第三次产检' });
  const card = title.parentElement!;
  expect(within(card).getByText('参考项目')).toBeInTheDocument();
  expect(within(card).getByText(/胎儿系统彩色多普勒超声检查/)).toBeInTheDocument();
  expect(within(card).getByText(/来源：温州市生育保险产前检查范围（征求意见稿附件）/)).toBeInTheDocument();
});

test('check page, Hengyang: the Wenzhou list is folded away under its own title and never called her scope', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: AT_CHECK_1 });
  await openCheck(1);
  expect(screen.queryByText(NOT_HERS)).not.toBeInTheDocument();
  expect(screen.queryByText('宫腔镜检查')).not.toBeInTheDocument();
  expect(screen.queryByText('阴道镜检查')).not.toBeInTheDocument();
  const fold = screen.getByRole('button', { name: CHECK_ITEMS_ELSEWHERE_TITLE });
  expect(fold).toHaveAttribute('aria-expanded', 'false');
  fireEvent.click(fold);
  expect(fold).toHaveAttribute('aria-expanded', 'true');
  const items = within(screen.getByRole('list', { name: '温州医保列出的第一次产检参考项目' })).getAllByRole('listitem');
  expect(items.map((i) => i.textContent)).toEqual(checkCatalog().checks[0]!.items.map((i) => i.name));
  expect(screen.getByText(/不是您当地医保的报销范围/)).toBeInTheDocument();
  expect(screen.queryByText(NOT_HERS)).not.toBeInTheDocument();
});

test('check page, Wenzhou: the list is open, as her city’s reimbursable scope', async () => {
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: AT_CHECK_1 });
  await openCheck(1);
  expect(screen.queryByRole('button', { name: CHECK_ITEMS_ELSEWHERE_TITLE })).not.toBeInTheDocument();
  expect(screen.getByText(/这是温州生育保险可报销的产前检查项目范围/)).toBeInTheDocument();
  expect(within(screen.getByRole('list', { name: '第一次产检的参考项目' })).getAllByRole('listitem')).toHaveLength(13);
});

test('check 3 in Hunan says 胎儿四维彩超 is in the province’s fund scope, with the article; not on check 2, not in Wenzhou', async () => {
  onboarded({ region: '430000', insurance: 'employee', stage: 'pregnant', dating: AT_CHECK_3 });
  const three = await openCheck(3);
  const note = screen.getByText(/胎儿四维彩超/);
  expect(note).toHaveTextContent('湖南已将胎儿四维彩超');
  expect(screen.getByText('依据：HN-WJ-2025-12 四(三)1')).toBeInTheDocument();
  three.unmount();
  const two = await openCheck(2);
  expect(screen.queryByText(/胎儿四维彩超/)).not.toBeInTheDocument();
  two.unmount();
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: AT_CHECK_3 });
  await openCheck(3);
  expect(screen.queryByText(/胎儿四维彩超/)).not.toBeInTheDocument();
});

test('the delivery estimate’s hints tell a Hunan member that 无痛分娩 and 宫颈环扎术 are in the fund scope; not in Jilin', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: AT_CHECK_3 });
  const hunan = await renderPage(<EstimatePage />);
  expect(screen.getByText(/湖南已将无痛分娩、宫颈环扎术纳入全省医保基金支付范围/)).toBeInTheDocument();
  expect(screen.getByText('依据：HN-WJ-2025-12 四(三)1')).toBeInTheDocument();
  hunan.unmount();
  onboarded({ region: '220200', insurance: 'employee', stage: 'pregnant', dating: AT_CHECK_3, registeredOn: '2026-01-10' });
  await renderPage(<EstimatePage />);
  expect(screen.queryByText(/无痛分娩/)).not.toBeInTheDocument();
});

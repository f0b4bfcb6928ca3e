// Journey 2, 产检: the timeline with today's statuses (overdue stands out), a check's 参考项目 with
// their source, marking it done with the date and the amount (yuan → fen), the quota ledger
// updating at once with covered/overflow and the reason, the calendar (.ics in H5, one event per
// tap in WeChat), the offline fallback, and the checks closing after a birth or an ended pregnancy.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import { formatChineseDate, checkCatalog, pregnancyTimeline } from '@/domain';
import Checks from '@/pages/checks/index';
import CheckPage from '@/subpackages/check/index';
import Quota from '@/subpackages/quota/index';
import { useAppStore } from '@/stores';
import { setClock } from '@/utils/clock';
import { server } from '../../mock/node';
import { TODAY, freshApp, fullText, onboarded, tap, typeInto, renderPage } from './helpers';

// The shared Taro shim names Taro's hooks but not its API functions; NutUI imports some of those
// (getEnv, getCurrentInstance) by name.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro');
  return { __esModule: true, ...actual.default, ...actual, default: actual.default };
});


let blobs: Blob[] = [];
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

beforeEach(() => {
  freshApp();
  blobs = [];
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return 'blob:test';
  };
  URL.revokeObjectURL = () => undefined;
});
afterEach(() => {
  Current.router = null;
});
afterAll(() => {
  setClock(null);
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});

const WENZHOU_LMP = '2026-01-05'; // 55 days on 2026-03-01: check 1 (2026-02-16 … 2026-04-12) is due

async function openCheck(no: number) {
  Current.router = { params: { no: String(no) }, path: '/subpackages/check/index', onReady: '', onHide: '', onShow: '', shareTicket: undefined, scene: undefined } as unknown as typeof Current.router;
  return renderPage(<CheckPage />);
}

const blobText = (b: Blob) => b.text();

test('the twelve checks with their status today; an overdue check stands out', async () => {
  // LMP 2025-11-01: 120 days on 2026-03-01, check 1 ended on day 97
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: '2025-11-01' } });
  render(<Checks />);
  const list = await screen.findByRole('list', { name: '十二次产检' });
  const items = within(list).getAllByRole('listitem');
  expect(items).toHaveLength(12);
  expect(within(items[0]!).getByText('第一次产检')).toBeInTheDocument();
  expect(within(items[0]!).getByText('已逾期')).toBeInTheDocument();
  expect(items[0]!.className).toContain('checks-item--overdue');
  expect(within(items[1]!).getByText('现在可以做')).toBeInTheDocument();
  expect(within(items[11]!).getByText('未到时间')).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('有 1 次产检已过建议时间');
  // the dates are the engine's, in Chinese
  const t = pregnancyTimeline({ dating: { method: 'lmp', date: '2025-11-01' } }, TODAY);
  if (!t.ok) throw new Error('timeline');
  const second = t.value.checks[1]!;
  expect(within(items[1]!).getByText(fullText(`孕14–19周 · ${formatChineseDate(second.start)} — ${formatChineseDate(second.end)}`))).toBeInTheDocument();
  expect(screen.getByText('今天 孕17周+1天')).toBeInTheDocument();
});

test('H5: one .ics with all twelve checks as all-day events, UTF-8 and CRLF', async () => {
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: WENZHOU_LMP } });
  const clicked: string[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
  render(<Checks />);
  tap(await screen.findByText('把十二次产检加入日历'));
  expect(screen.getByText(/下载一个日历文件/)).toBeInTheDocument();
  expect(screen.queryByText(/\.ics）/)).not.toBeInTheDocument();
  click.mockRestore();
  expect(clicked).toEqual(['yunbao-checks.ics']);
  expect(screen.getByText(/已下载日历文件 yunbao-checks\.ics/)).toBeInTheDocument();
  expect(blobs).toHaveLength(1);
  expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
  const text = await blobText(blobs[0]!);
  expect(text.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(12);
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  expect(text).toContain('DTSTART;VALUE=DATE:20260216\r\nDTEND;VALUE=DATE:20260217');
  expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:孕保通：第一次产检（孕6–13周）');
  // every physical line within 75 octets
  for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
});

test('WeChat: the next check goes to the phone calendar, one event per tap', async () => {
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: WENZHOU_LMP } });
  const add = jest.fn().mockResolvedValue({ errMsg: 'addPhoneCalendar:ok' });
  const saved = { env: process.env.TARO_ENV, add: Taro.addPhoneCalendar };
  (Taro as unknown as { addPhoneCalendar: unknown }).addPhoneCalendar = add;
  process.env.TARO_ENV = 'weapp';
  try {
    render(<Checks />);
    tap(await screen.findByText('把下一次产检加入手机日历'));
    await screen.findByText('已加入手机日历');
    expect(add).toHaveBeenCalledTimes(1);
    expect(add.mock.calls[0][0]).toMatchObject({
      title: '孕保通：第一次产检（孕6–13周）',
      allDay: true,
      startTime: Date.parse('2026-02-16T00:00:00+08:00') / 1000,
    });
    expect(screen.queryByText('把十二次产检加入日历')).not.toBeInTheDocument();
  } finally {
    process.env.TARO_ENV = saved.env;
    (Taro as unknown as { addPhoneCalendar: unknown }).addPhoneCalendar = saved.add;
  }
});

test('a check lists its 参考项目 with the source; marking it done updates the quota ledger at once', async () => {
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: WENZHOU_LMP } });
  const page = await openCheck(1);
  expect(screen.getByRole('heading', { name: '第一次产检' })).toBeInTheDocument();
  expect(screen.getByText('来源：温州市生育保险产前检查范围（征求意见稿附件）')).toBeInTheDocument();
  expect(screen.getByText(/实际做哪些检查，由医生根据您的情况决定/)).toBeInTheDocument();
  const items = within(screen.getByRole('list', { name: '第一次产检的参考项目' })).getAllByRole('listitem');
  expect(items.map((i) => i.textContent)).toEqual(checkCatalog().checks[0]!.items.map((i) => i.name));
  expect(await screen.findByText(fullText('2026年2月16日 — 2026年4月12日'))).toBeInTheDocument();
  expect(screen.getByText('现在可以做')).toBeInTheDocument();

  // the date defaults to today; the amount is yuan as typed
  expect(screen.getByLabelText('检查日期')).toHaveValue(TODAY);
  tap('保存记录');
  expect(screen.getByText('请填写这次产检的费用，免费的请填 0')).toBeInTheDocument();
  typeInto('这次产检的费用（元）', '12.345');
  expect(screen.getByText('请填写金额，如 256 或 256.50（单位：元）')).toBeInTheDocument();
  typeInto('检查日期', '2026-02-20');
  typeInto('这次产检的费用（元）', '356.5');
  tap('保存记录');
  expect(useAppStore.getState().checksDone['1']).toEqual({ date: '2026-02-20', amount: 35650, inList: true, publicHealth: false });
  expect(document.querySelector('.check-done')).toHaveTextContent('已完成：2026年2月20日，费用 ¥356.50');
  const claim = await screen.findByText('计入定额');
  expect(claim.parentElement).toHaveTextContent('¥356.50');
  expect(screen.getByText('已全部计入定额')).toBeInTheDocument();
  expect(screen.getByText(/定额剩余/)).toHaveTextContent('定额剩余 ¥2,643.50（共 ¥3,000.00）');
  page.unmount();

  render(<Quota />);
  expect(await screen.findByText('第一次产检')).toBeInTheDocument();
  const ledger = screen.getByRole('list', { name: '每次产检的报销' });
  expect(ledger).toHaveTextContent('产检费用¥356.50');
  expect(ledger).toHaveTextContent('计入定额¥356.50');
  expect(ledger).toHaveTextContent('定额外¥0.00');
  expect(screen.getAllByText('温州政策为征求意见稿').length).toBeGreaterThan(0);
  expect(screen.getByRole('progressbar', { name: '产前检查定额已用 12%' })).toBeInTheDocument();
});

test('the ledger gives each claim its reason and the hint; a claim past the cap overflows', async () => {
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: '2025-07-01' } });
  const s = useAppStore.getState();
  act(() => {
    s.markCheckDone(1, { date: '2025-08-20', amount: 250000, inList: true, publicHealth: false });
    s.markCheckDone(2, { date: '2025-09-20', amount: 80000, inList: true, publicHealth: false });
    s.markCheckDone(3, { date: '2025-10-20', amount: 10000, inList: false, publicHealth: false });
    s.markCheckDone(4, { date: '2025-11-20', amount: 5000, inList: true, publicHealth: true });
  });
  render(<Quota />);
  const ledger = await screen.findByRole('list', { name: '每次产检的报销' });
  const rows = within(ledger).getAllByRole('listitem');
  expect(rows[0]).toHaveTextContent('计入定额¥2,500.00');
  expect(rows[0]).toHaveTextContent('已全部计入定额');
  expect(rows[1]).toHaveTextContent('计入定额¥500.00');
  expect(rows[1]).toHaveTextContent('定额外¥300.00');
  expect(rows[1]).toHaveTextContent('定额已用完，超出部分不能从定额报销');
  expect(rows[2]).toHaveTextContent('有项目不在产前检查报销范围内，不计入定额');
  expect(rows[3]).toHaveTextContent('已由基本公共卫生服务支付，不计入定额');
  expect(screen.getByText(/普通门诊统筹/).className).toBe('quota-hint');
  expect(screen.getByRole('progressbar', { name: '产前检查定额已用 100%' })).toBeInTheDocument();
});

test('issue 17 point 8: with no quota, one amount, named as the field names it, and no 计入定额 ¥0.00 over a 定额外 figure', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: '2025-10-02' } });
  const page = await openCheck(2);
  // the field and its hint name the same amount: the check's cost, the receipt's 合计
  const field = screen.getByLabelText('这次产检的费用（元）');
  expect(field).toBeInTheDocument();
  expect(screen.getByText(/票据上的「合计」/)).toBeInTheDocument();
  expect(screen.queryByText(/自己付了多少/)).not.toBeInTheDocument();
  typeInto('这次产检的费用（元）', '350');
  tap('保存记录');
  const claim = await screen.findByRole('heading', { name: '这次的报销' });
  const card = claim.parentElement!;
  expect(card).toHaveTextContent('这次产检的费用¥350.00');
  expect(within(card).queryByText('计入定额')).not.toBeInTheDocument();
  expect(within(card).queryByText('定额外')).not.toBeInTheDocument();
  expect(card).not.toHaveTextContent('¥0.00');
  expect(card).toHaveTextContent('您的参保类型没有产前检查定额');
  expect(card).toHaveTextContent(/普通门诊规定报销/);
  expect(document.body.textContent).not.toMatch(/自付/);
  page.unmount();

  render(<Quota />);
  const ledger = await screen.findByRole('list', { name: '每次产检的报销' });
  expect(ledger).toHaveTextContent('产检费用¥350.00');
  expect(ledger).not.toHaveTextContent('计入定额');
  expect(ledger).not.toHaveTextContent('定额外');
  expect(ledger).not.toHaveTextContent('¥0.00');
});

test('a Hunan employee: 限额未知 in the ledger, never 没有定额', async () => {
  onboarded({ region: '430400', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: WENZHOU_LMP } });
  act(() => useAppStore.getState().markCheckDone(1, { date: '2026-02-20', amount: 20000, inList: true, publicHealth: false }));
  render(<Quota />);
  expect(await screen.findByText('限额未知')).toBeInTheDocument();
  expect(screen.getByText('限额未知：文件未规定，请向参保地医保部门确认')).toBeInTheDocument();
  expect(screen.queryByText(/没有定额/)).not.toBeInTheDocument();
});

test('the ledger with no claims yet is an empty state, not a zero table', async () => {
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: WENZHOU_LMP } });
  render(<Quota />);
  expect(await screen.findByText(/还没有记录产检费用/)).toBeInTheDocument();
  expect(screen.queryByRole('list', { name: '每次产检的报销' })).not.toBeInTheDocument();
});

test('undoing a check asks first, then the ledger forgets it', async () => {
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: WENZHOU_LMP } });
  act(() => useAppStore.getState().markCheckDone(1, { date: '2026-02-20', amount: 20000, inList: true, publicHealth: false }));
  await openCheck(1);
  tap('撤销完成');
  tap(await screen.findByText('撤销'));
  await waitFor(() => expect(useAppStore.getState().checksDone['1']).toBeUndefined());
  expect(await screen.findByText('保存记录')).toBeInTheDocument();
});

test('with the API unreachable the timeline comes from the bundled engine and says so', async () => {
  server.use(http.post('*/api/v1/pregnancy/timeline', () => HttpResponse.error()));
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: WENZHOU_LMP } });
  render(<Checks />);
  expect(await screen.findAllByText('离线计算，结果来自内置政策')).not.toHaveLength(0);
  expect(screen.getAllByRole('listitem')).toHaveLength(12);
});

test('after the birth the checks close gently and point to the newborn and postpartum tasks', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'postpartum', birthDate: '2026-02-27', dating: { method: 'lmp', date: '2025-05-20' } });
  render(<Checks />);
  expect(screen.getByText('产检已经结束')).toBeInTheDocument();
  expect(screen.getByText(/宝宝于 2026年2月27日 出生/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /新生儿参保登记/ })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /产后与新生儿服务包/ })).toBeInTheDocument();
  expect(screen.queryByRole('list', { name: '十二次产检' })).not.toBeInTheDocument();
});

test('a pregnancy that ended closes the checks with care and no newborn task', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'ended', endedOn: '2026-02-25', dating: { method: 'lmp', date: '2025-12-01' } });
  render(<Checks />);
  expect(screen.getByText('产检提醒已关闭')).toBeInTheDocument();
  expect(screen.getByText(/请好好休息，照顾好自己/)).toBeInTheDocument();
  expect(screen.queryByText(/新生儿/)).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: /产后康复服务/ })).toBeInTheDocument();
});

test('a check number outside 1–12 says so instead of crashing', async () => {
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: WENZHOU_LMP } });
  await openCheck(13);
  expect(screen.getByRole('alert')).toHaveTextContent('没有找到这次产检');
});

test('each check page adds just that check to the WeChat calendar', async () => {
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: WENZHOU_LMP } });
  const add = jest.fn().mockResolvedValue({ errMsg: 'addPhoneCalendar:ok' });
  const saved = { env: process.env.TARO_ENV, add: Taro.addPhoneCalendar };
  (Taro as unknown as { addPhoneCalendar: unknown }).addPhoneCalendar = add;
  process.env.TARO_ENV = 'weapp';
  try {
    await openCheck(3);
    fireEvent.click(await screen.findByText('把这次产检加入手机日历'));
    await screen.findByText('已加入手机日历');
    expect(add).toHaveBeenCalledTimes(1);
    expect(add.mock.calls[0][0].title).toBe('孕保通：第三次产检（孕20–24周）');
  } finally {
    process.env.TARO_ENV = saved.env;
    (Taro as unknown as { addPhoneCalendar: unknown }).addPhoneCalendar = saved.add;
  }
});

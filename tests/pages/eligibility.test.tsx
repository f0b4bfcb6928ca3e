// Journey 4, 资格自查: a relative with no profile walks the short wizard and sees the eight
// benefits, each eligible or not, why and the article; copies the result as text; a Wenzhou answer
// carries the draft banner; the wizard's place is kept.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import Taro from '@tarojs/taro';
import { eligibility } from '@/domain';
import Eligibility from '@/subpackages/eligibility/index';
import { useAppStore } from '@/stores';
import { setClock } from '@/utils/clock';
import { server } from '../../mock/node';
import { TODAY, choose, freshApp, onboarded, tap } from './helpers';

beforeEach(() => freshApp());
afterAll(() => setClock(null));

const NAMES = ['产前检查费用定额', '衡阳分娩基本医疗费用零自付', '分娩费用全额保障', '生育津贴', '辅助生殖费用纳入医保', '计划生育手术费用', '新生儿凭出生医学证明参保', '湖南生育友好服务包'];

test('a relative without a profile finishes the wizard and sees the eight benefits with reasons and articles', async () => {
  render(<Eligibility />);
  expect(screen.getByText('第 1 步，共 3 步')).toBeInTheDocument();
  tap('下一步');
  expect(screen.getByText('请选择参保地区')).toBeInTheDocument();
  choose(/^吉林市/);
  tap('下一步');
  choose(/^职工医保/);
  tap('下一步');
  choose(/^怀孕中/);
  expect(screen.getByText('第 3 步，共 5 步')).toBeInTheDocument();
  tap('下一步');
  fireEvent.change(screen.getByLabelText('预产期'), { target: { value: '2026-08-01' } });
  tap('下一步');
  choose(/^不是/);
  tap('查看结果');

  const list = await screen.findByRole('list', { name: '八项生育医保待遇' });
  const items = within(list).getAllByRole('listitem');
  expect(items.map((i) => i.querySelector('.elig-benefit__name')?.textContent)).toEqual(NAMES);
  const expected = eligibility({ region: '220200', insurance: 'employee', stage: 'pregnant', deliveryDate: '2026-08-01', employer: { fullyFunded: false } }, TODAY);
  if (!expected.ok) throw new Error(expected.error.message);
  expected.value.benefits.forEach((b, i) => {
    expect(items[i]).toHaveTextContent(b.eligible ? '可以享受' : '按现有文件不能享受');
    expect(items[i]).toHaveTextContent(b.reason);
    if (b.citation) expect(items[i]).toHaveTextContent(`依据：${b.citation}`);
  });
  const count = expected.value.benefits.filter((b) => b.eligible).length;
  expect(screen.getByText(`可以享受 ${count} 项，共 8 项`)).toBeInTheDocument();
  expect(screen.getByText('吉林市 · 职工医保 · 怀孕中 · 预产期 2026年8月1日')).toBeInTheDocument();
  expect(screen.queryByText('温州政策为征求意见稿')).not.toBeInTheDocument();
});

test('copy as text: every benefit, its answer and article, for a chat', async () => {
  const copied: string[] = [];
  const spy = jest.spyOn(Taro, 'setClipboardData').mockImplementation(async (o: { data: string }) => {
    copied.push(o.data);
    return { errMsg: 'setClipboardData:ok' } as never;
  });
  act(() => useAppStore.getState().setEligibilityDraft({ region: '430400', insurance: 'resident', stage: 'pregnant', deliveryDate: '2026-10-12', step: 99 }));
  render(<Eligibility />);
  tap(await screen.findByText('复制结果发给家人'));
  await screen.findByText('已复制，可以粘贴到聊天里');
  expect(copied).toHaveLength(1);
  for (const n of NAMES) expect(copied[0]).toContain(n);
  expect(copied[0]).toContain('衡阳市 · 城乡居民医保 · 怀孕中 · 预产期 2026年10月12日');
  expect(copied[0]).toMatch(/衡阳分娩基本医疗费用零自付：可以享受/);
  expect(copied[0]).toContain('HY-2025-8');
  spy.mockRestore();
});

test('Wenzhou answers rest on a draft: the banner is there', async () => {
  act(() => useAppStore.getState().setEligibilityDraft({ region: '330300', insurance: 'employee', stage: 'planning', step: 99 }));
  render(<Eligibility />);
  expect(await screen.findByText('温州政策为征求意见稿')).toBeInTheDocument();
  expect(screen.getAllByText('依据征求意见稿，正式文件可能调整').length).toBe(8);
});

test('her own profile fills the answers in; the place in the wizard is kept', () => {
  onboarded({ region: '330300', insurance: 'flexible', stage: 'pregnant', dating: { method: 'edd', date: '2026-09-01' } });
  const first = render(<Eligibility />);
  expect(screen.getByRole('radio', { name: /^温州市/ })).toHaveAttribute('aria-checked', 'true');
  tap('下一步');
  expect(screen.getByRole('radio', { name: /^灵活就业人员职工医保/ })).toHaveAttribute('aria-checked', 'true');
  first.unmount();
  render(<Eligibility />);
  expect(screen.getByText('第 2 步，共 4 步')).toBeInTheDocument();
  tap('上一步');
  expect(screen.getByText('第 1 步，共 4 步')).toBeInTheDocument();
});

test('offline: the answer comes from the bundled engine and says so', async () => {
  server.use(http.post('*/api/v1/eligibility', () => HttpResponse.error()));
  act(() => useAppStore.getState().setEligibilityDraft({ region: '220000', insurance: 'flexible', stage: 'postpartum', step: 99 }));
  render(<Eligibility />);
  expect(await screen.findByText('离线计算，结果来自内置政策')).toBeInTheDocument();
  expect(within(screen.getByRole('list', { name: '八项生育医保待遇' })).getAllByRole('listitem')).toHaveLength(8);
});

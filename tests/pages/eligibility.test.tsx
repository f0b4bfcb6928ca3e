// Journey 4, 资格自查: a relative with no profile walks the short wizard and sees the eight
// benefits, each eligible or not, why and the article; copies the result as text; a Wenzhou answer
// carries the draft banner; the wizard's place is kept.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import Taro from '@tarojs/taro';
import { BENEFIT_NAMES, eligibility } from '@/domain';
import Eligibility from '@/subpackages/eligibility/index';
import { useAppStore } from '@/stores';
import { setClock } from '@/utils/clock';
import { server } from '../../mock/node';
import { TODAY, choose, freshApp, onboarded, tap } from './helpers';

beforeEach(() => freshApp());
afterAll(() => setClock(null));

const NAMES = ['产前检查费用定额', '衡阳分娩基本医疗费用零自付', '分娩费用全额保障', '生育津贴', '辅助生殖费用纳入医保', '计划生育手术费用', '新生儿凭出生医学证明参保', '湖南生育友好服务包'];

/** The benefits of the result, group by group (可以享受, 按现有文件不能享受, 不适用于您的地区). */
function groups() {
  const names = (label: string) => {
    const list = screen.queryByRole('list', { name: label });
    return list ? within(list).getAllByRole('listitem').map((i) => i.querySelector('.elig-benefit__name')?.textContent) : [];
  };
  return { yes: names('可以享受的待遇'), no: names('不能享受的待遇'), elsewhere: names('不适用于您地区的待遇') };
}

test('a relative without a profile finishes the wizard and sees the eight benefits with reasons and articles', async () => {
  render(<Eligibility />);
  expect(screen.getByText('第 1 步，共 3 步')).toBeInTheDocument();
  tap('下一步');
  expect(screen.getByText('请选择参保地区')).toBeInTheDocument();
  choose(/^吉林市/);
  tap('下一步');
  choose(/^职工医保/);
  choose(/^不是/);
  tap('下一步');
  choose(/^怀孕中/);
  fireEvent.change(screen.getByLabelText('预产期'), { target: { value: '2026-08-01' } });
  tap('查看结果');

  await screen.findByRole('list', { name: '可以享受的待遇' });
  const items = ['可以享受的待遇', '不能享受的待遇', '不适用于您地区的待遇'].flatMap((label) => {
    const list = screen.queryByRole('list', { name: label });
    return list ? within(list).getAllByRole('listitem') : [];
  });
  expect(items).toHaveLength(8);
  const expected = eligibility({ region: '220200', insurance: 'employee', stage: 'pregnant', deliveryDate: '2026-08-01', employer: { fullyFunded: false } }, TODAY);
  if (!expected.ok) throw new Error(expected.error.message);
  for (const b of expected.value.benefits) {
    const item = items.find((i) => i.querySelector('.elig-benefit__name')?.textContent === BENEFIT_NAMES[b.id])!;
    expect(item).toHaveTextContent(b.reason);
    if (b.citation) expect(item).toHaveTextContent(`依据：${b.citation}`);
  }
  expect(screen.getByText('吉林市 · 职工医保 · 怀孕中 · 预产期 2026年8月1日')).toBeInTheDocument();
  expect(screen.queryByText('温州政策为征求意见稿')).not.toBeInTheDocument();
});

test('issue 17 point 7: the step count never grows, another region’s programmes are apart from 不能享受, one voice (您)', async () => {
  render(<Eligibility />);
  const noShe = () => expect(document.body.textContent).not.toContain('她');
  expect(screen.getByText('第 1 步，共 3 步')).toBeInTheDocument();
  noShe();
  choose(/^吉林市/);
  tap('下一步');
  expect(screen.getByText('第 2 步，共 3 步')).toBeInTheDocument();
  choose(/^职工医保/);
  // the employer question joins this step; the count stays
  expect(screen.getByRole('radiogroup', { name: '您的单位是财政全额拨款的单位吗？' })).toBeInTheDocument();
  expect(screen.getByText('第 2 步，共 3 步')).toBeInTheDocument();
  noShe();
  choose(/^不是/);
  tap('下一步');
  expect(screen.getByText('第 3 步，共 3 步')).toBeInTheDocument();
  choose(/^怀孕中/);
  expect(screen.getByText('第 3 步，共 3 步')).toBeInTheDocument();
  expect(screen.getByLabelText('预产期')).toBeInTheDocument();
  noShe();
  tap('查看结果');

  await screen.findByRole('list', { name: '可以享受的待遇' });
  const g = groups();
  expect(g.elsewhere).toEqual(['衡阳分娩基本医疗费用零自付', '湖南生育友好服务包']);
  expect(g.no).toEqual([]);
  expect(g.yes).toHaveLength(6);
  const elsewhere = screen.getByRole('list', { name: '不适用于您地区的待遇' });
  expect(within(elsewhere).queryByText('按现有文件不能享受')).not.toBeInTheDocument();
  expect(within(elsewhere).getAllByText('不适用于您的地区')).toHaveLength(2);
  expect(screen.getByRole('heading', { name: '可以享受 6 项' })).toBeInTheDocument();
  expect(screen.queryByText(/共 8 项/)).not.toBeInTheDocument();
  noShe();
});

test('a Hengyang resident: the zero copay is hers, nothing is another region’s; 不能享受 keeps its own group', async () => {
  act(() => useAppStore.getState().setEligibilityDraft({ region: '430400', insurance: 'resident', stage: 'pregnant', step: 99 }));
  render(<Eligibility />);
  await screen.findByRole('list', { name: '可以享受的待遇' });
  const g = groups();
  expect(g.yes).toContain('衡阳分娩基本医疗费用零自付');
  expect(g.yes).toContain('湖南生育友好服务包');
  expect(g.elsewhere).toEqual([]);
  expect(g.no).toContain('生育津贴');
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
  expect(screen.getByText('第 2 步，共 3 步')).toBeInTheDocument();
  tap('上一步');
  expect(screen.getByText('第 1 步，共 3 步')).toBeInTheDocument();
});

test('offline: the answer comes from the bundled engine and says so', async () => {
  server.use(http.post('*/api/v1/eligibility', () => HttpResponse.error()));
  act(() => useAppStore.getState().setEligibilityDraft({ region: '220000', insurance: 'flexible', stage: 'postpartum', step: 99 }));
  render(<Eligibility />);
  expect(await screen.findByText('离线计算，结果来自内置政策')).toBeInTheDocument();
  expect(Object.values(groups()).flat()).toHaveLength(8);
});

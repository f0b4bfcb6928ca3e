// 我的: edits in 修改资料 update home; large-text mode scales the page; recording the birth moves
// home to the newborn tasks; the policy documents list.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { POLICY_DOCUMENTS } from '@/domain';
import Home from '@/pages/index/index';
import Me from '@/pages/me/index';
import EditProfile from '@/profile/edit/index';
import Documents from '@/subpackages/documents/index';
import { useAppStore } from '@/stores';
import { setClock } from '@/utils/clock';
import { choose, freshApp, onboarded, tap, typeInto } from './helpers';

beforeEach(() => {
  freshApp();
  onboarded({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } });
});
afterAll(() => setClock(null));

test('我的 shows her profile; editing the dating in 修改资料 changes the week on home', async () => {
  const me = render(<Me />);
  expect(screen.getByText('参保地区：衡阳市')).toBeInTheDocument();
  expect(screen.getByText('阶段：怀孕中 · 末次月经 2026年1月5日')).toBeInTheDocument();
  me.unmount();

  const edit = render(<EditProfile />);
  choose('预产期');
  typeInto('预产期（医生告诉您的日期）', '2026-09-01');
  choose(/^温州市/);
  choose(/^职工医保/);
  tap('保存');
  expect(useAppStore.getState().profile).toMatchObject({ region: '330300', insurance: 'employee', dating: { method: 'edd', date: '2026-09-01' } });
  edit.unmount();

  render(<Home />);
  // EDD 2026-09-01 → LMP 2025-11-25 → 96 days on 2026-03-01
  expect(await screen.findByText('孕13周+5天')).toBeInTheDocument();
  expect(screen.getByText('距预产期还有 184 天')).toBeInTheDocument();
  // Wenzhou rests on a draft: the banner is there
  expect((await screen.findAllByText('温州政策为征求意见稿')).length).toBeGreaterThan(0);
  expect(await screen.findByText(/剩余/)).toBeInTheDocument();
});

test('a Hunan employee sees 限额未知, never 没有定额', async () => {
  act(() => useAppStore.getState().updateProfile({ insurance: 'employee' }));
  render(<Home />);
  expect(await screen.findByText('限额未知')).toBeInTheDocument();
  expect(screen.queryByText(/没有定额/)).not.toBeInTheDocument();
});

test('大字模式 switches the page root to the large scale and is kept', () => {
  const { container } = render(<Me />);
  const toggle = screen.getByRole('switch', { name: '大字模式' });
  expect(toggle).toHaveAttribute('aria-checked', 'false');
  fireEvent.click(toggle);
  expect(useAppStore.getState().largeText).toBe(true);
  expect(screen.getByRole('switch', { name: '大字模式' })).toHaveAttribute('aria-checked', 'true');
  const root = container.querySelector('.yb-page') as HTMLElement;
  expect(root.className).toContain('yb-large');
  expect(root.style.getPropertyValue('--yb-fs')).toBe('1.25');
});

test('recording the birth from 我的 closes the checks and home shows the newborn enrollment', async () => {
  const me = render(<Me />);
  tap('宝宝出生了，记录分娩');
  typeInto('宝宝的出生日期', '2026-02-27');
  tap('确认记录');
  expect(useAppStore.getState().profile).toMatchObject({ stage: 'postpartum', birthDate: '2026-02-27' });
  me.unmount();
  render(<Home />);
  expect(await screen.findByText('还剩 88 天')).toBeInTheDocument();
  expect(screen.queryByText(/下一次产检/)).not.toBeInTheDocument();
});

test('an ended pregnancy closes the checks gently, with no newborn task', async () => {
  const me = render(<Me />);
  tap('本次妊娠已结束（未分娩）');
  typeInto('妊娠结束的日期', '2026-02-25');
  tap('确认记录');
  me.unmount();
  render(<Home />);
  expect(await screen.findByText('请好好照顾自己')).toBeInTheDocument();
  expect(screen.queryByText(/新生儿/)).not.toBeInTheDocument();
  expect(screen.queryByText(/下一次产检/)).not.toBeInTheDocument();
  expect(await screen.findByText('湘悦产康包')).toBeInTheDocument();
});

test('the policy documents page lists every document with its status', () => {
  render(<Documents />);
  for (const d of POLICY_DOCUMENTS) expect(screen.getByText(d.id)).toBeInTheDocument();
  expect(screen.getAllByText('征求意见稿（未生效）').length).toBe(POLICY_DOCUMENTS.filter((d) => d.status === 'draft').length);
});

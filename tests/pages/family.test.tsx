// 替家人查询 (issue 17, point 5): the first screen offers a family member 资格自查 (and whatever is
// added to its list later) and the policy documents, without consent; before consent nothing at
// all is written to the device; a result shared in WeChat opens the wizard's result for the
// receiver, with the same answers, not onboarding.
import { act, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current, HOOKS_APP_ID, getPageInstance } from '@tarojs/runtime';
import { eligibility } from '@/domain';
import Onboarding from '@/profile/onboarding/index';
import { FAMILY_QUERIES } from '@/profile/onboarding/_components/familyQueries';
import Eligibility, { shareLinkOf } from '@/subpackages/eligibility/index';
import { STORAGE_KEY, useAppStore } from '@/stores';
import { TODAY, choose, freshApp, onboarded, tap } from './helpers';

let writes: jest.SpyInstance[];

beforeEach(() => {
  freshApp();
  window.localStorage.clear();
  writes = [jest.spyOn(Taro, 'setStorageSync'), jest.spyOn(Taro, 'setStorage')];
});
afterEach(() => {
  Current.router = null;
  jest.restoreAllMocks();
});

const written = () => writes.reduce((n, spy) => n + spy.mock.calls.length, 0);

test('the first screen offers 替家人查询 beside the consent, and the policy documents, each opening its page', () => {
  const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }) as never);
  render(<Onboarding />);
  expect(screen.getByRole('heading', { name: '替家人查询' })).toBeInTheDocument();
  expect(screen.getByText('不用同意，也不会在这台手机上保存任何内容')).toBeInTheDocument();
  expect(FAMILY_QUERIES.map((q) => q.url)).toContain('/subpackages/eligibility/index');
  for (const q of FAMILY_QUERIES) {
    tap(screen.getByRole('link', { name: new RegExp(`^${q.label}`) }));
    expect(navigate).toHaveBeenLastCalledWith({ url: q.url });
  }
  // the hint under the consent points to 政策文件, and it is right here
  expect(screen.getByText(/不同意也可以替家人查询，或阅读下面的政策文件/)).toBeInTheDocument();
  tap(screen.getByRole('link', { name: /^政策文件/ }));
  expect(navigate).toHaveBeenLastCalledWith({ url: '/subpackages/documents/index' });
  expect(written()).toBe(0);
});

test('a family member walks 资格自查 to its result and back without consent: nothing is written to the device', async () => {
  render(<Eligibility />);
  expect(screen.getByText('这次查询不需要同意，回答不会保存在这台手机上。')).toBeInTheDocument();
  choose(/^温州市/);
  tap('下一步');
  choose(/^职工医保/);
  choose(/^不清楚/);
  tap('下一步');
  choose(/^怀孕中/);
  tap('查看结果');
  await screen.findByRole('list', { name: '可以享受的待遇' });
  expect(screen.getAllByRole('listitem')).toHaveLength(8);
  tap('修改回答');
  tap('下一步');
  // the answers live for this visit only (in memory), never in storage
  expect(useAppStore.getState().eligibilityDraft).toMatchObject({ region: '330300', insurance: 'employee' });
  expect(written()).toBe(0);
  expect(window.localStorage.length).toBe(0);
});

test('once she consents, her own data is saved as before', () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'planning' });
  expect(writes[0]).toHaveBeenCalledWith(STORAGE_KEY, expect.any(String));
  expect(window.localStorage.getItem(STORAGE_KEY)).toContain('430400');
});

test('WeChat share: the path carries every answer, and the receiver lands on that result (not onboarding)', async () => {
  // the sender, with her own profile and a due date
  onboarded({ region: '220200', insurance: 'employee', stage: 'pregnant', dating: { method: 'edd', date: '2026-08-01' } });
  act(() => useAppStore.getState().setEligibilityDraft({ region: '220200', insurance: 'employee', stage: 'pregnant', deliveryDate: '2026-08-01', fullyFunded: false, step: 99 }));
  const sender = render(<Eligibility />);
  await screen.findByRole('list', { name: '可以享受的待遇' });
  const share = (getPageInstance(HOOKS_APP_ID) as unknown as { onShareAppMessage?: (() => { title: string; path: string })[] }).onShareAppMessage;
  expect(share?.length).toBeGreaterThan(0);
  const message = share![share!.length - 1]!();
  const req = { region: '220200', insurance: 'employee', stage: 'pregnant', deliveryDate: '2026-08-01', employer: { fullyFunded: false } } as const;
  expect(message.path).toBe(shareLinkOf(req));
  expect(message.path).toBe('/subpackages/eligibility/index?region=220200&insurance=employee&stage=pregnant&deliveryDate=2026-08-01&fullyFunded=0');
  sender.unmount();

  // the receiver: another phone, no profile, no consent, opened from the chat
  freshApp();
  window.localStorage.clear();
  for (const spy of writes) spy.mockClear();
  const reLaunch = jest.spyOn(Taro, 'reLaunch');
  const [route, query] = message.path.split('?');
  Current.router = { params: Object.fromEntries(new URLSearchParams(query)), path: route, onReady: '', onHide: '', onShow: '' } as unknown as typeof Current.router;
  render(<Eligibility />);
  await screen.findByRole('list', { name: '可以享受的待遇' });
  const expected = eligibility(req, TODAY);
  if (!expected.ok) throw new Error(expected.error.message);
  const items = screen.getAllByRole('listitem');
  expect(items).toHaveLength(8);
  for (const b of expected.value.benefits) expect(items.some((item) => item.textContent?.includes(b.reason))).toBe(true);
  expect(screen.getByText('吉林市 · 职工医保 · 怀孕中 · 预产期 2026年8月1日')).toBeInTheDocument();
  expect(reLaunch).not.toHaveBeenCalled();
  expect(written()).toBe(0);
  // and she can change the answers from there
  tap('修改回答');
  expect(screen.getByRole('radio', { name: /^吉林市/ })).toHaveAttribute('aria-checked', 'true');
});

// Onboarding by LMP, then the home page shows the week the engine computes for that LMP.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { datePregnancy } from '@/domain';
import Onboarding from '@/profile/onboarding/index';
import Home from '@/pages/index/index';
import { useAppStore } from '@/stores';
import { setClock } from '@/utils/clock';
import { TODAY, choose, freshApp, tap, typeInto } from './helpers';

beforeEach(() => freshApp());
afterAll(() => setClock(null));

async function passConsent() {
  await act(async () => tap('同意并继续'));
  expect(screen.getByRole('alert')).toHaveTextContent('请先勾选同意');
  fireEvent.click(screen.getByRole('checkbox', { name: /本机保存/ }));
  await act(async () => tap('同意并继续'));
}

test('consent, region, insurance and LMP → home shows 孕7周+6天, the EDD and days to go', async () => {
  const { unmount } = render(<Onboarding />);
  await passConsent();
  expect(await screen.findByRole('radiogroup', { name: '您在哪里参保？' })).toBeInTheDocument();
  choose(/^衡阳市/);
  choose(/^城乡居民医保/);
  choose(/^怀孕中/);
  typeInto('末次月经第一天', '2026-01-05');
  expect(screen.getByText(/按此推算：孕7周\+6天，孕早期/)).toBeInTheDocument();
  tap('完成');

  const profile = useAppStore.getState().profile;
  expect(profile).toMatchObject({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05', cycleDays: 28 } });
  expect(profile?.consent.healthDataOnDevice).toBe(true);
  unmount();

  render(<Home />);
  expect(await screen.findByText('孕7周+6天')).toBeInTheDocument();
  expect(screen.getByText('孕早期')).toBeInTheDocument();
  expect(screen.getByText('预产期 2026年10月12日')).toBeInTheDocument();
  expect(screen.getByText('距预产期还有 225 天')).toBeInTheDocument();
  // the next check and the Hengyang delivery summary are there, computed
  expect(await screen.findByText(/下一次产检：/)).toBeInTheDocument();
  expect(await screen.findByText('基本医疗费用零自付')).toBeInTheDocument();
  expect(screen.queryByText(/早产/)).not.toBeInTheDocument();
});

test('a future LMP, an LMP over 44 weeks ago and a bad cycle are refused with the engine’s Chinese messages', async () => {
  render(<Onboarding />);
  await passConsent();
  choose(/^温州市/);
  choose(/^职工医保/);
  choose(/^怀孕中/);

  typeInto('末次月经第一天', '2026-03-05');
  tap('完成');
  const future = datePregnancy({ method: 'lmp', date: '2026-03-05', cycleDays: 28 }, TODAY);
  expect(future.ok).toBe(false);
  if (!future.ok) expect(await screen.findByText(future.error.details[0]?.message ?? future.error.message)).toBeInTheDocument();

  typeInto('末次月经第一天', '2025-04-01');
  const old = datePregnancy({ method: 'lmp', date: '2025-04-01', cycleDays: 28 }, TODAY);
  expect(old.ok).toBe(false);
  if (!old.ok) expect(await screen.findByText(old.error.details[0]?.message ?? old.error.message)).toBeInTheDocument();

  typeInto('末次月经第一天', '2026-01-05');
  typeInto('月经周期（天）', '50');
  expect(await screen.findByText('月经周期请填写 21 到 45 之间的整数')).toBeInTheDocument();
  expect(useAppStore.getState().profile).toBeNull();
});

test('IVF dating and a Jilin employee who has not registered: home says to register first', async () => {
  const { unmount } = render(<Onboarding />);
  await passConsent();
  choose(/^吉林市/);
  choose(/^职工医保/);
  choose(/^还没有/);
  choose(/^怀孕中/);
  choose('试管移植日');
  typeInto('胚胎移植日期', '2026-01-20');
  choose(/^第5天囊胚/);
  tap('完成');
  expect(useAppStore.getState().profile).toMatchObject({ region: '220200', registeredOn: null, dating: { method: 'ivf', embryoDay: 5 } });
  unmount();
  render(<Home />);
  expect(await screen.findByText('请先办理生育保险备案。')).toBeInTheDocument();
});

test('备孕 and 已分娩 homes', async () => {
  const { unmount } = render(<Onboarding />);
  await passConsent();
  choose(/^湖南省其他地区/);
  choose(/^职工医保/);
  choose(/^已分娩/);
  typeInto('宝宝的出生日期', '2026-02-20');
  tap('完成');
  unmount();
  const home = render(<Home />);
  // born 2026-02-20, today 2026-03-01: 9 days old, 81 days of the 90 left
  expect(await screen.findByText('还剩 81 天')).toBeInTheDocument();
  expect(await screen.findByText('湘悦产康包')).toBeInTheDocument();
  home.unmount();

  useAppStore.getState().updateProfile({ stage: 'planning' });
  render(<Home />);
  expect(await screen.findByText('湘迎备孕包')).toBeInTheDocument();
  expect(screen.queryByText(/新生儿参保/)).not.toBeInTheDocument();
});

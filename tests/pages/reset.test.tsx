// A stored value that cannot be read never gives a white screen: onboarding says why, once.
// Older versions that read well migrate and home shows her week.
import { act, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Onboarding from '@/profile/onboarding/index';
import Home from '@/pages/index/index';
import { STORAGE_KEY, reloadFromStorage, useAppStore } from '@/stores';
import { setClock } from '@/utils/clock';
import { BROKEN, V1_STATE, V2_STATE, V3_STATE, V4_STATE, stored, truncated } from '../stores/fixtures';
import { freshApp } from './helpers';

const STATES: Record<number, unknown> = { 1: V1_STATE, 2: V2_STATE, 3: V3_STATE, 4: V4_STATE };
const CORRUPT = '本地数据已损坏，已重置，请重新填写。';

beforeEach(() => freshApp());
afterAll(() => setClock(null));

async function coldStartWith(write: () => void) {
  write();
  await act(() => reloadFromStorage());
}

describe.each([1, 2, 3, 4])('stored version %i', (version) => {
  test('truncated → onboarding with the message, dismissable', async () => {
    await coldStartWith(() => Taro.setStorageSync(STORAGE_KEY, truncated(stored(STATES[version], version))));
    render(<Onboarding />);
    expect(screen.getByRole('alert')).toHaveTextContent(CORRUPT);
    act(() => screen.getByText('知道了').click());
    expect(screen.queryByText(CORRUPT)).not.toBeInTheDocument();
    expect(useAppStore.getState().profile).toBeNull();
  });

  test('content that does not read as that version → onboarding with the message', async () => {
    await coldStartWith(() => Taro.setStorageSync(STORAGE_KEY, stored(BROKEN[version], version)));
    render(<Onboarding />);
    expect(screen.getByText(CORRUPT)).toBeInTheDocument();
  });

  test('well formed → migrated, home shows her week', async () => {
    await coldStartWith(() => Taro.setStorageSync(STORAGE_KEY, stored(STATES[version], version)));
    expect(useAppStore.getState().resetReason).toBeNull();
    render(<Home />);
    // v1: LMP 2026-01-05 with a 30-day cycle → effective LMP 2026-01-07 → 53 days; v2–v4: EDD 2026-10-12 / LMP 2026-01-05 → 55 days
    expect(await screen.findByText(version === 1 ? '孕7周+4天' : '孕7周+6天')).toBeInTheDocument();
  });
});

test('a value Taro itself cannot parse (raw localStorage cut short) → onboarding with the message', async () => {
  await coldStartWith(() => window.localStorage.setItem(STORAGE_KEY, '{"data":"{\\"state\\":{\\"prof'));
  render(<Onboarding />);
  expect(screen.getByText(CORRUPT)).toBeInTheDocument();
});

test('a version newer than this build → onboarding says so', async () => {
  await coldStartWith(() => Taro.setStorageSync(STORAGE_KEY, stored(V3_STATE, 42)));
  render(<Onboarding />);
  expect(screen.getByRole('alert')).toHaveTextContent('本地数据来自更新版本的孕保通');
});

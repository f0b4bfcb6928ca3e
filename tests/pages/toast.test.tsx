// The app's toast (src/components/Toast, on NutUI's Toast): the text appears in a polite status
// region, without NutUI's invalid `aria-role`, and goes away by itself; a toast shown just before
// navigating shows on the page opened next; 我的 and 修改资料 confirm with it.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Button } from '@tarojs/components';
import { PageRoot, showToast } from '@/components';
import { resetToasts, TOAST_SECONDS } from '@/components/Toast';
import Home from '@/pages/index/index';
import Me from '@/pages/me/index';
import EditProfile from '@/profile/edit/index';
import { setClock } from '@/utils/clock';
import { freshApp, onboarded, tap, typeInto } from './helpers';

beforeEach(() => {
  freshApp();
  onboarded({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } });
});
afterEach(() => act(() => resetToasts()));
afterAll(() => setClock(null));

/** The toast's live region of the page on screen. */
const toastRegion = () => document.querySelector<HTMLElement>('.yb-toast-region');

function Saver() {
  return (
    <PageRoot>
      <Button onClick={() => showToast('已保存')}>保存</Button>
    </PageRoot>
  );
}

test('the toast says its text in a polite status region, then goes away by itself', async () => {
  render(<Saver />);
  const region = toastRegion();
  // the live region is there, empty, before anything is said (so screen readers hear the change)
  expect(region).toHaveAttribute('role', 'status');
  expect(region).toHaveAttribute('aria-live', 'polite');
  expect(region).toHaveTextContent('');

  tap('保存');
  const text = await screen.findByText('已保存', { selector: '.nut-toast-text' });
  expect(text.closest('[role="status"]')).toBe(region);
  // NutUI's own ARIA is WeChat's: no aria-role attribute, no second (alert) announcement in H5
  expect(document.querySelector('[aria-role]')).toBeNull();
  expect(region?.querySelector('[role="alert"]')).toBeNull();
  expect(region?.querySelector('.nut-toast [aria-label]')).toBeNull();

  await waitFor(() => expect(screen.queryByText('已保存', { selector: '.nut-toast-text' })).not.toBeInTheDocument(), {
    timeout: TOAST_SECONDS * 1000 + 1500,
  });
  expect(toastRegion()).toHaveTextContent('');
});

test('a toast shown just before navigating appears on the page opened next', async () => {
  act(() => showToast('已删除全部数据'));
  render(<Home />);
  expect(await screen.findByText('已删除全部数据')).toBeInTheDocument();
  expect(screen.getByText('已删除全部数据').closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');
});

test('recording the birth on 我的 confirms with 已记录', async () => {
  render(<Me />);
  tap('宝宝出生了，记录分娩');
  typeInto('宝宝的出生日期', '2026-02-27');
  tap('确认记录');
  expect(await screen.findByText('已记录', { selector: '.nut-toast-text' })).toBeInTheDocument();
  expect(screen.getByText('已记录', { selector: '.nut-toast-text' }).closest('[role="status"]')).toBe(toastRegion());
});

test('saving 修改资料 confirms with 已保存', async () => {
  render(<EditProfile />);
  fireEvent.click(screen.getByRole('button', { name: '保存' }));
  expect(await screen.findByText('已保存', { selector: '.nut-toast-text' })).toBeInTheDocument();
});

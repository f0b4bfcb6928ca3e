// The shared widgets by keyboard (issue 17, point 4), H5: every control is a tab stop and answers
// the keys a native control of its kind does (Enter for a link; Enter and Space for a button,
// checkbox or switch; arrows, Space and Enter in a radio group with one tab stop). The browser
// journey by keyboard alone is tests/e2e/keyboard.test.ts.
import { useState } from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Card, Checkbox, ChoiceGroup, Citation, LinkRow, Toggle, pressable } from '@/components';
import { ChoiceGroup as NutChoiceGroup, ConfirmDialog, Toggle as NutToggle } from '@/components/nut';
import Onboarding from '@/profile/onboarding/index';
import { freshApp } from './helpers';

beforeEach(() => freshApp());

const OPTIONS = [
  { value: 'a', label: '甲' },
  { value: 'b', label: '乙' },
  { value: 'c', label: '丙' },
] as const;

function Group({ nut = false, initial = null }: { nut?: boolean; initial?: 'a' | 'b' | 'c' | null }) {
  const [value, setValue] = useState<'a' | 'b' | 'c' | null>(initial);
  const Widget = nut ? NutChoiceGroup : ChoiceGroup;
  return <Widget name="g" label="选一个" options={OPTIONS} value={value} onChange={setValue} />;
}

const radio = (name: string) => screen.getByRole('radio', { name: new RegExp(`^${name}`) });
const tabStops = () => screen.getAllByRole('radio').map((r) => r.getAttribute('tabindex'));
const checkedOne = () => screen.getAllByRole('radio').find((r) => r.getAttribute('aria-checked') === 'true')?.textContent ?? null;

describe.each([
  ['hand-made (main package)', false],
  ['NutUI (subpackages)', true],
])('the radio group, %s', (_name, nut) => {
  test('one tab stop: the first option until one is chosen, then the chosen one', async () => {
    const { unmount } = render(<Group nut={nut} />);
    await waitFor(() => expect(tabStops()).toEqual(['0', '-1', '-1']));
    unmount();
    render(<Group nut={nut} initial="b" />);
    await waitFor(() => expect(tabStops()).toEqual(['-1', '0', '-1']));
  });

  test('arrows move the choice and the focus (wrapping), Space and Enter choose, Home and End', async () => {
    render(<Group nut={nut} />);
    await waitFor(() => expect(tabStops()).toEqual(['0', '-1', '-1']));
    act(() => radio('甲').focus());
    fireEvent.keyDown(radio('甲'), { key: ' ' });
    expect(checkedOne()).toBe('甲');
    fireEvent.keyDown(radio('甲'), { key: 'ArrowDown' });
    expect(checkedOne()).toBe('乙');
    expect(document.activeElement).toBe(radio('乙'));
    fireEvent.keyDown(radio('乙'), { key: 'ArrowRight' });
    expect(checkedOne()).toBe('丙');
    fireEvent.keyDown(radio('丙'), { key: 'ArrowDown' });
    expect(checkedOne()).toBe('甲');
    fireEvent.keyDown(radio('甲'), { key: 'ArrowUp' });
    expect(checkedOne()).toBe('丙');
    fireEvent.keyDown(radio('丙'), { key: 'Home' });
    expect(checkedOne()).toBe('甲');
    fireEvent.keyDown(radio('甲'), { key: 'End' });
    expect(checkedOne()).toBe('丙');
    await waitFor(() => expect(tabStops()).toEqual(['-1', '-1', '0']));
    act(() => radio('乙').focus());
    fireEvent.keyDown(radio('乙'), { key: 'Enter' });
    expect(checkedOne()).toBe('乙');
  });
});

test('the consent box: a tab stop, ticked and unticked by Space and Enter', () => {
  function Box() {
    const [on, setOn] = useState(false);
    return <Checkbox label="我同意" checked={on} onChange={setOn} />;
  }
  render(<Box />);
  const box = screen.getByRole('checkbox', { name: '我同意' });
  expect(box).toHaveAttribute('tabindex', '0');
  fireEvent.keyDown(box, { key: ' ' });
  expect(box).toHaveAttribute('aria-checked', 'true');
  fireEvent.keyDown(box, { key: 'Enter' });
  expect(box).toHaveAttribute('aria-checked', 'false');
  fireEvent.keyDown(box, { key: 'a' });
  expect(box).toHaveAttribute('aria-checked', 'false');
});

test.each([
  ['hand-made', Toggle],
  ['NutUI', NutToggle],
])('the %s switch: Space and Enter turn it on and off', (_name, Widget) => {
  function Switch() {
    const [on, setOn] = useState(false);
    return <Widget label="大字模式" on={on} onChange={setOn} />;
  }
  render(<Switch />);
  const target = () => screen.getByRole('switch');
  fireEvent.keyDown(target(), { key: ' ' });
  expect(target()).toHaveAttribute('aria-checked', 'true');
  fireEvent.keyDown(target(), { key: 'Enter' });
  expect(target()).toHaveAttribute('aria-checked', 'false');
});

test('a button is the browser’s own: in the tab order, Enter and Space press it (H5)', () => {
  const pressed = jest.fn();
  render(
    <>
      <Button onTap={pressed}>同意并继续</Button>
      <Button kind="ghost" disabled onTap={pressed}>
        删除
      </Button>
    </>,
  );
  const button = screen.getByRole('button', { name: '同意并继续' });
  expect(button.tagName).toBe('BUTTON');
  expect(button).toHaveAttribute('type', 'button');
  expect(button.tabIndex).toBe(0);
  fireEvent.click(button);
  expect(pressed).toHaveBeenCalledTimes(1);
  expect(screen.getByRole('button', { name: '删除' })).toBeDisabled();
});

test('links (rows, a card’s action, a citation) answer Enter and not Space; buttons both', () => {
  const row = jest.fn();
  const action = jest.fn();
  const quiet = jest.fn();
  const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }) as never);
  render(
    <>
      <LinkRow label="政策文件" onTap={row} />
      <Card title="卡片" action={{ label: '查看明细', onTap: action }} />
      <Citation citation="HY-2025-8 二(一)" />
      <View {...pressable(quiet, { role: 'button' })}>
        <Text>本次妊娠已结束</Text>
      </View>
    </>,
  );
  const links = screen.getAllByRole('link');
  expect(links).toHaveLength(3);
  for (const link of links) {
    expect(link).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(link, { key: ' ' });
    fireEvent.keyDown(link, { key: 'Enter' });
  }
  expect(row).toHaveBeenCalledTimes(1);
  expect(action).toHaveBeenCalledTimes(1);
  expect(navigate).toHaveBeenCalledTimes(1);
  expect(navigate.mock.calls[0]![0]).toEqual({ url: `/subpackages/documents/text?id=HY-2025-8&article=${encodeURIComponent('二(一)')}` });
  const button = screen.getByRole('button', { name: '本次妊娠已结束' });
  fireEvent.keyDown(button, { key: ' ' });
  fireEvent.keyDown(button, { key: 'Enter' });
  expect(quiet).toHaveBeenCalledTimes(2);
  navigate.mockRestore();
});

test('the onboarding consent: Tab order is the box, then 同意并继续; Space ticks, Enter continues', async () => {
  render(<Onboarding />);
  const box = screen.getByRole('checkbox', { name: /本机保存/ });
  const next = screen.getByRole('button', { name: '同意并继续' });
  const focusable = Array.from(document.querySelectorAll<HTMLElement>('[tabindex="0"], button, input, a[href]')).filter((el) => !el.hasAttribute('disabled'));
  expect(focusable.indexOf(box)).toBeLessThan(focusable.indexOf(next));
  fireEvent.keyDown(box, { key: ' ' });
  expect(box).toHaveAttribute('aria-checked', 'true');
  await act(async () => fireEvent.click(next));
  expect(await screen.findByRole('radiogroup', { name: '您在哪里参保？' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '完成' }).tagName).toBe('BUTTON');
});

test('a confirmation dialog: named, focus on the safe answer, Tab stays inside, Escape cancels, focus goes back', async () => {
  const confirm = jest.fn();
  function Ask() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <Button onTap={() => setOpen(true)}>撤销完成</Button>
        <ConfirmDialog visible={open} title="撤销这次产检的记录？" content="这次的日期和费用会被删除。" confirmText="撤销" cancelText="保留" onConfirm={confirm} onCancel={() => setOpen(false)} />
      </>
    );
  }
  render(<Ask />);
  const opener = screen.getByRole('button', { name: '撤销完成' });
  act(() => opener.focus());
  fireEvent.click(opener);
  const dialog = await screen.findByRole('dialog', { name: '撤销这次产检的记录？' });
  expect(dialog).toHaveAccessibleDescription('这次的日期和费用会被删除。');
  const keep = screen.getByRole('button', { name: '保留' });
  const undo = screen.getByRole('button', { name: '撤销' });
  await waitFor(() => expect(document.activeElement).toBe(keep));
  fireEvent.keyDown(keep, { key: 'Tab' });
  expect(document.activeElement).toBe(undo);
  fireEvent.keyDown(undo, { key: 'Tab' });
  expect(document.activeElement).toBe(keep);
  fireEvent.keyDown(keep, { key: 'Tab', shiftKey: true });
  expect(document.activeElement).toBe(undo);
  fireEvent.keyDown(undo, { key: 'Enter' });
  expect(confirm).toHaveBeenCalledTimes(1);
  fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(document.activeElement).toBe(opener);
});

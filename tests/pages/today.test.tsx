// useToday: the calendar day in Asia/Shanghai (not the machine's UTC day), moving on at midnight.
import { act, render, screen } from '@testing-library/react';
import { useToday } from '@/hooks/useToday';
import { setClock } from '@/utils/clock';

function Probe() {
  return <span>{useToday()}</span>;
}

afterEach(() => {
  jest.useRealTimers();
  setClock(null);
});

test('16:00 UTC is already the next day in Shanghai', () => {
  setClock(() => new Date('2026-03-01T16:00:00Z'));
  render(<Probe />);
  expect(screen.getByText('2026-03-02')).toBeInTheDocument();
});

test('the day changes at Shanghai midnight without a restart', () => {
  jest.useFakeTimers({ now: new Date('2026-03-01T15:59:58Z') }); // 23:59:58 in Shanghai
  render(<Probe />);
  expect(screen.getByText('2026-03-01')).toBeInTheDocument();
  act(() => {
    jest.advanceTimersByTime(5_000);
  });
  expect(screen.getByText('2026-03-02')).toBeInTheDocument();
});

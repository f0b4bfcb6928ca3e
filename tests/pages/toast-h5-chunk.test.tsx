// H5 loads NutUI's toast bubble as its own chunk (src/components/Toast/nut-toast.h5.tsx). When
// that chunk cannot be fetched (the network went away first), the text still shows, in a plain
// bubble that closes itself after the toast's time, like NutUI's.
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { NutToast, preloadNutToast } from '../../src/components/Toast/nut-toast.h5';

jest.mock('../../src/components/Toast/nut-toast-bubble', () => {
  throw new Error('Loading chunk 579 failed.');
});

afterEach(() => jest.useRealTimers());

test('a bubble chunk that fails to load: the text is shown plainly and closes after its duration', async () => {
  jest.useFakeTimers();
  const onClose = jest.fn();
  render(
    <Suspense fallback={null}>
      <NutToast visible content="已保存" duration={2} onClose={onClose} />
    </Suspense>,
  );
  await act(async () => {
    await jest.runOnlyPendingTimersAsync();
  });
  expect(await screen.findByText('已保存')).toBeInTheDocument();
  expect(onClose).not.toHaveBeenCalled();
  await act(async () => {
    await jest.advanceTimersByTimeAsync(2000);
  });
  expect(onClose).toHaveBeenCalledTimes(1);
});

test('preloading, even twice, does not throw when the chunk cannot be fetched', () => {
  expect(() => {
    preloadNutToast();
    preloadNutToast();
  }).not.toThrow();
});

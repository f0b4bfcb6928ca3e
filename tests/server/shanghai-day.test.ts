// The computations' `today` (server/core/operations.ts): the calendar day in Asia/Shanghai,
// cached for the day it was computed in, and right on both sides of midnight there (16:00 UTC)
// and when the clock goes back.
import { shanghaiDayOf } from '../../server/core/operations';

test.each([
  ['2026-11-22T15:59:59.999Z', '2026-11-22'],
  ['2026-11-22T16:00:00.000Z', '2026-11-23'],
  ['2026-11-23T15:59:59.999Z', '2026-11-23'],
  ['2026-11-23T16:00:00.000Z', '2026-11-24'],
  ['2026-12-31T16:00:00.000Z', '2027-01-01'],
  ['2028-02-28T16:00:00.000Z', '2028-02-29'],
])('%s is %s in Shanghai', (instant, day) => {
  expect(shanghaiDayOf(() => new Date(instant))()).toBe(day);
});

test('one clock read per call: the day follows the clock across midnight, forwards and back', () => {
  const clock = { now: new Date('2026-11-23T15:59:59.999Z') };
  const today = shanghaiDayOf(() => clock.now);
  expect(today()).toBe('2026-11-23');
  clock.now = new Date('2026-11-23T16:00:00.000Z');
  expect(today()).toBe('2026-11-24');
  clock.now = new Date('2026-11-24T15:59:59.999Z');
  expect(today()).toBe('2026-11-24');
  clock.now = new Date('2026-11-23T15:59:59.999Z');
  expect(today()).toBe('2026-11-23');
  clock.now = new Date('2026-11-22T00:00:00.000Z');
  expect(today()).toBe('2026-11-22');
});

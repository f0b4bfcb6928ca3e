// The After-the-birth requests built from what the store holds: her birth or loss, the weeks of a
// loss from her dating, the allowance draft (yuan as typed, a Jilin unit's funding), the EDD while
// pregnant, and the ticks she kept.
import { allowanceRequestOf, afterBirthRequestOf, lossWeeksOf, parseWeeks, subsidyRequestOf } from '@/stores/requests';
import type { Profile } from '@/stores/slices/profile';

const CONSENT = { healthDataOnDevice: true as const, at: '2026-02-20T01:00:00.000Z' };
const TODAY = '2026-03-01';
const profile = (p: Partial<Profile>): Profile => ({ region: '430000', insurance: 'employee', stage: 'postpartum', birthDate: '2026-02-20', consent: CONSENT, ...p });

describe('allowanceRequestOf', () => {
  test('a birth with the draft: the wage in fen, babies, difficult birth and child order', () => {
    expect(allowanceRequestOf(profile({}), { wage: '6,000.5', babies: 2, difficult: true, childOrder: 2 }, TODAY)).toEqual({
      region: '430000',
      insurance: 'employee',
      event: { kind: 'birth', date: '2026-02-20', babies: 2, difficult: true, childOrder: 2 },
      employerAverageMonthlyWage: 600050,
    });
  });

  test('no draft: one baby, no difficult birth, her first child, no wage (the answer asks for it)', () => {
    expect(allowanceRequestOf(profile({}), null, TODAY)).toEqual({
      region: '430000',
      insurance: 'employee',
      event: { kind: 'birth', date: '2026-02-20', babies: 1, difficult: false, childOrder: 1 },
    });
  });

  test.each(['', '   ', '六千', '0', '12.345'])('a wage that is not an amount (%j) is left out', (wage) => {
    expect(allowanceRequestOf(profile({}), { wage }, TODAY)?.employerAverageMonthlyWage).toBeUndefined();
  });

  test('pregnant: from her EDD, so she can plan her leave; planning: nothing to date', () => {
    const pregnant = profile({ stage: 'pregnant', birthDate: undefined, dating: { method: 'edd', date: '2026-10-12' } });
    expect(allowanceRequestOf(pregnant, null, TODAY)?.event).toEqual({ kind: 'birth', date: '2026-10-12', babies: 1, difficult: false, childOrder: 1 });
    expect(allowanceRequestOf(profile({ stage: 'planning', birthDate: undefined }), null, TODAY)).toBeNull();
  });

  test('a loss: the weeks from her dating on the day it ended, either side of 16 weeks', () => {
    const ended = (endedOn: string) => profile({ stage: 'ended', birthDate: undefined, endedOn, dating: { method: 'lmp', date: '2026-01-01' } });
    // LMP 2026-01-01: 15+6 on 2026-04-22, 16+0 on 2026-04-23
    expect(lossWeeksOf(ended('2026-04-22'))).toBe(15);
    expect(lossWeeksOf(ended('2026-04-23'))).toBe(16);
    expect(allowanceRequestOf(ended('2026-04-23'), { weeks: '3' }, TODAY)?.event).toEqual({ kind: 'loss', date: '2026-04-23', weeks: 16 });
  });

  test('a loss her dating cannot date: the weeks she typed, or no request until she does', () => {
    const ended = profile({ stage: 'ended', birthDate: undefined, endedOn: '2026-02-10' });
    expect(lossWeeksOf(ended)).toBeNull();
    expect(allowanceRequestOf(ended, null, TODAY)).toBeNull();
    expect(allowanceRequestOf(ended, { weeks: '12' }, TODAY)?.event).toEqual({ kind: 'loss', date: '2026-02-10', weeks: 12 });
  });

  test.each([
    ['0', 0],
    ['44', 44],
    ['45', null],
    ['-1', null],
    ['12.5', null],
    ['', null],
  ])('parseWeeks(%j) = %p', (text, weeks) => {
    expect(parseWeeks(text)).toBe(weeks);
  });

  test('the unit’s funding is sent only where it changes the answer (Jilin employees)', () => {
    expect(allowanceRequestOf(profile({ region: '220000' }), { fullyFunded: true }, TODAY)?.employer).toEqual({ fullyFunded: true });
    expect(allowanceRequestOf(profile({ region: '220000' }), { fullyFunded: null }, TODAY)?.employer).toBeUndefined();
    expect(allowanceRequestOf(profile({ region: '430000' }), { fullyFunded: true }, TODAY)?.employer).toBeUndefined();
  });
});

test('afterBirthRequestOf: the birth or loss on record with her ticks; none before', () => {
  expect(afterBirthRequestOf(profile({}), ['hukou'])).toEqual({ region: '430000', insurance: 'employee', event: { kind: 'birth', date: '2026-02-20' }, done: ['hukou'] });
  expect(afterBirthRequestOf(profile({ stage: 'ended', birthDate: undefined, endedOn: '2026-02-10' }), [], true)).toEqual({
    region: '430000',
    insurance: 'employee',
    event: { kind: 'loss', date: '2026-02-10' },
    done: [],
    employer: { fullyFunded: true },
  });
  expect(afterBirthRequestOf(profile({ stage: 'pregnant', birthDate: undefined, dating: { method: 'edd', date: '2026-10-12' } }), [])).toBeNull();
});

test('subsidyRequestOf: the birth date, or the EDD as a forecast; nothing while planning or after a loss', () => {
  expect(subsidyRequestOf(profile({}), TODAY)).toEqual({ birthDate: '2026-02-20', today: TODAY });
  expect(subsidyRequestOf(profile({ stage: 'pregnant', birthDate: undefined, dating: { method: 'edd', date: '2026-10-12' } }), TODAY)).toEqual({ birthDate: '2026-10-12', today: TODAY });
  expect(subsidyRequestOf(profile({ stage: 'planning', birthDate: undefined }), TODAY)).toBeNull();
  expect(subsidyRequestOf(profile({ stage: 'ended', birthDate: undefined, endedOn: '2026-02-10' }), TODAY)).toBeNull();
});

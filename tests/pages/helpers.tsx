// Shared by the page tests of app-core: a fixed "today", a clean store, and small actions.
import { act, fireEvent, screen } from '@testing-library/react';
import { resetAll, useAppStore, type ProfileInput } from '@/stores';
import { setClock } from '@/utils/clock';

/** 2026-03-01 10:00 in Shanghai. */
export const NOW = new Date('2026-03-01T02:00:00Z');
export const TODAY = '2026-03-01';
export const CONSENT_AT = '2026-02-20T01:00:00.000Z';

export function freshApp(at: Date = NOW): void {
  setClock(() => at);
  act(() => resetAll());
}

export function onboarded(input: ProfileInput): void {
  act(() => useAppStore.getState().completeOnboarding(input, CONSENT_AT));
}

export function choose(name: RegExp | string): void {
  fireEvent.click(screen.getByRole('radio', { name }));
}

export function typeInto(label: RegExp | string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** Click the element with this text (or the element itself). */
export function tap(target: RegExp | string | HTMLElement): void {
  fireEvent.click(typeof target === 'string' || target instanceof RegExp ? screen.getByText(target) : target);
}

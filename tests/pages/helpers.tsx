// Shared by the page tests of app-core: a fixed "today", a clean store, and small actions.
import type { ReactElement } from 'react';
import { act, fireEvent, render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { resetAll, useAppStore, type ProfileInput } from '@/stores';
import type { EnrollmentAnswer } from '@/api/contract';
import { setClock } from '@/utils/clock';
import { deviceUser } from '../../server/auth/login';

/** 2026-03-01 10:00 in Shanghai. */
export const NOW = new Date('2026-03-01T02:00:00Z');
export const TODAY = '2026-03-01';
export const CONSENT_AT = '2026-02-20T01:00:00.000Z';

/** An enrollment as the list last saw it (ID masked), for the offline list. */
export const LAST_SEEN_ENROLLMENT: EnrollmentAnswer = {
  id: 'e1',
  status: 'submitted',
  certificateNo: 'R430765432',
  babyName: '王小禾',
  sex: 'M',
  birthDate: '2026-02-20',
  region: '430400',
  coverageStart: '2026-02-20',
  birthYearPremiumWaived: true,
  guardian: { name: '王芳', idNo: '430421********0047', relation: 'mother', insuredInRegion: true },
  createdAt: '2026-02-21T02:00:00.000Z',
  citation: 'GOV-2024-38',
};

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

/**
 * Types into the field labelled `label`: an `input` event, as a keyboard sends (NutUI's Input
 * listens to Taro's input event; the native date input's onChange hears it too).
 */
export function typeInto(label: RegExp | string, value: string): void {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

/** Click the element with this text (or the element itself). */
export function tap(target: RegExp | string | HTMLElement): void {
  fireEvent.click(typeof target === 'string' || target instanceof RegExp ? screen.getByText(target) : target);
}

/**
 * Renders a page and waits until Taro's <taro-input-core> elements (NutUI's Input) have drawn
 * their real <input>: Stencil renders custom elements a tick after they are attached, so a
 * label's control is there only then.
 */
/** The account the server gives this app's device login (mock/ runs the server's own login). */
export const myAccount = (): Promise<string> => {
  const secret = useAppStore.getState().deviceSecret;
  if (!secret) throw new Error('no device secret yet: the app has not logged in');
  return deviceUser(secret);
};

export async function renderPage(ui: ReactElement): Promise<RenderResult> {
  const result = render(ui);
  await inputsReady();
  return result;
}

/** Waits for every NutUI/Taro input on the page to hold its native <input>. */
export async function inputsReady(): Promise<void> {
  await waitFor(() => {
    for (const host of Array.from(document.querySelectorAll('taro-input-core'))) {
      if (!host.querySelector('input')) throw new Error('taro-input-core not rendered yet');
    }
  });
}

/**
 * A getByText matcher for text split over elements (a date is its own <Text>, kept on one line):
 * the innermost element whose whole text is `text`.
 */
export const fullText =
  (text: string) =>
  (_content: string, el: Element | null): boolean =>
    el !== null && el.textContent === text && Array.from(el.children).every((c) => c.textContent !== text);

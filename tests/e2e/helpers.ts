// Shared helpers of the browser suite (run by `npm run test:e2e` after `npm run build:h5`):
// Debian's Chromium through playwright-core at a phone viewport, Taro's hash routes, screenshots
// in tests/e2e/artifacts/ (git-ignored), axe-core for accessibility.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { EMPTY_PERSISTED, STORE_VERSION, type PersistedState } from '../../src/stores/migrations';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8787';
export const ARTIFACTS = path.join(__dirname, 'artifacts');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh phone-sized context (its own localStorage), Asia/Shanghai, Chinese. */
export async function newPhone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The server's CSP forbids inline scripts; axe-core is injected as one.
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  return { context, page };
}

/** The visible, settled Taro page (pages slide in over ~300 ms; left pages stay hidden in the DOM). */
export function currentPage(page: Page): Locator {
  return page.locator('.taro_page.taro_page_stationed:visible').last();
}

export async function waitStationed(page: Page, timeout = 15_000): Promise<Locator> {
  const current = currentPage(page);
  await current.waitFor({ state: 'visible', timeout });
  // let the slide-in transition finish
  await page.waitForTimeout(350);
  return current;
}

/** Go to a route such as 'profile/onboarding/index' (query allowed) and wait for it to settle. */
export async function openPage(page: Page, route: string): Promise<Locator> {
  const clean = route.replace(/^\/+/, '');
  await page.goto(`${BASE_URL}/#/${clean}`);
  return waitStationed(page);
}

/** Waits until the visible page's route (the hash) starts with `route`. */
export async function waitForRoute(page: Page, route: string, timeout = 15_000): Promise<Locator> {
  const clean = route.replace(/^\/+/, '');
  await page.waitForFunction((r) => window.location.hash.replace(/^#\/?/, '').startsWith(r), clean, { timeout });
  return waitStationed(page, timeout);
}

/**
 * The whole visible page, not only the viewport: Taro's page container scrolls, not the document,
 * so the viewport is stretched to the content for the shot and then put back.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  const content = await page
    .locator('.taro_page.taro_page_stationed:visible')
    .last()
    .evaluate((el) => el.scrollHeight)
    .catch(() => viewport.height);
  const height = Math.min(Math.max(viewport.height, content + 60), 5000);
  if (height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height });
    await page.waitForTimeout(150);
  }
  await page.screenshot({ path: file, fullPage: true });
  if (height > viewport.height) await page.setViewportSize(viewport);
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** axe-core on the current document; returns the serious and critical violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // Only the page on screen: Taro keeps earlier pages in the DOM, hidden.
    const result = await axe.run({ exclude: ['.taro_page:not(.taro_page_stationed)'] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Readable summary for an assertion message. */
export const describeViolations = (v: AxeViolation[]): string =>
  v.map((x) => `${x.impact} ${x.id}: ${x.help}\n  ${x.nodes.map((n) => `${n.target.join(' ')} ${n.html}`).join('\n  ')}`).join('\n');

/** Today in Asia/Shanghai as 'YYYY-MM-DD' (the machine may run in UTC). */
export function shanghaiToday(at = new Date()): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' plus n days. */
export function addDaysIso(iso: string, n: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** A profile as onboarding stores it, without the consent (seedProfile adds it). */
export type SeedProfile = Omit<NonNullable<PersistedState['profile']>, 'consent'>;

/**
 * Onboarding already done: the store's persisted state (src/stores/migrations.ts) as Taro's H5
 * storage keeps it ({data: "<json>"}), written only when nothing is stored so the app's own
 * writes survive later navigations.
 */
export async function seedProfile(page: Page, profile: SeedProfile): Promise<void> {
  const state: PersistedState = {
    ...EMPTY_PERSISTED,
    profile: { ...profile, consent: { healthDataOnDevice: true, at: new Date().toISOString() } },
  };
  const value = JSON.stringify({ data: JSON.stringify({ state, version: STORE_VERSION }) });
  await page.addInitScript((v) => {
    if (window.localStorage.getItem('yunbao-state') === null) window.localStorage.setItem('yunbao-state', v);
  }, value);
}

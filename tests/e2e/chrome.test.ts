// What frames every page in H5 (issue 17, the smaller items): the tab bar (icons, no CSP refusal on
// a switch, 大字模式 reaches it), the favicon, and a way back on every page outside the tab bar.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, addDaysIso, currentPage, launch, newPhone, openPage, screenshot, seedProfile, shanghaiToday, waitForRoute } from './helpers';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
});

const PREGNANT = { region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: addDaysIso(shanghaiToday(), -70) } } as const;
const TABS = [
  ['首页', 'pages/index/index'],
  ['产检', 'pages/checks/index'],
  ['服务包', 'pages/packages/index'],
  ['我的', 'pages/me/index'],
] as const;

test('switching tabs under the real CSP: nothing refused, every tab has its icon, no request fails', async () => {
  // The server's own CSP, enforced (the other suites bypass it to inject axe).
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  page = await context.newPage();
  const refused: string[] = [];
  const failed: string[] = [];
  await page.exposeFunction('__refused', (what: string) => refused.push(what));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => void (window as unknown as { __refused: (w: string) => void }).__refused(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await seedProfile(page, PREGNANT);
  await openPage(page, 'pages/index/index');
  const bar = page.locator('.taro-tabbar__tabbar');
  for (const [tab, route] of [...TABS.slice(1), TABS[0]]) {
    await bar.getByText(tab, { exact: true }).click();
    await waitForRoute(page, route);
  }
  expect(refused).toEqual([]);
  const icons = await bar.locator('img.weui-tabbar__icon').evaluateAll((imgs) => imgs.map((i) => ({ src: (i as HTMLImageElement).getAttribute('src') ?? '', drawn: (i as HTMLImageElement).naturalWidth })));
  expect(icons).toHaveLength(4);
  for (const icon of icons) {
    expect(icon.src).not.toBe('');
    expect(icon.drawn).toBeGreaterThan(0);
  }
  expect(await page.evaluate(async () => (await fetch('/favicon.ico')).status)).toBe(200);
  expect(failed).toEqual([]);
  await screenshot(page, 'chrome-01-tab-bar');
});

test('大字模式 enlarges the tab bar with the pages', async () => {
  ({ context, page } = await newPhone(browser));
  await seedProfile(page, PREGNANT);
  await openPage(page, 'pages/me/index');
  const label = page.locator('.taro-tabbar__tabbar .weui-tabbar__label').first();
  const size = async () => Number.parseFloat(await label.evaluate((el) => getComputedStyle(el).fontSize));
  const before = await size();
  await currentPage(page).getByRole('switch', { name: '大字模式' }).click();
  await page.waitForFunction((b) => Number.parseFloat(getComputedStyle(document.querySelector('.taro-tabbar__tabbar .weui-tabbar__label')!).fontSize) > b, before);
  expect(await size()).toBeGreaterThanOrEqual(before * 1.2);
  await screenshot(page, 'chrome-02-tab-bar-large-text');
});

/** The subpackage pages of app.config.ts: every page outside the tab bar and the first run. */
function subpackagePages(): string[] {
  (globalThis as unknown as { defineAppConfig: (c: unknown) => unknown }).defineAppConfig = (c) => c;
  const config = jest.requireActual<{ default: { subPackages: { root: string; pages: string[] }[] } }>('../../src/app.config').default;
  return config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`)).filter((route) => route !== 'profile/onboarding/index');
}

const QUERY: Record<string, string> = { 'subpackages/check/index': '?no=2', 'subpackages/documents/text': '?id=JL-2024' };

test('every page outside the tab bar has a way back in H5: home when opened directly, the page before when opened from it', async () => {
  ({ context, page } = await newPhone(browser));
  await seedProfile(page, { region: '330300', insurance: 'employee', stage: 'postpartum', birthDate: addDaysIso(shanghaiToday(), -20) });
  const pages = subpackagePages();
  expect(pages.length).toBeGreaterThanOrEqual(10);
  for (const route of pages) {
    await page.goto(`${BASE_URL}/#/${route}${QUERY[route] ?? ''}`);
    await page.reload();
    await waitForRoute(page, route);
    const home = currentPage(page).getByRole('link', { name: '回到首页' });
    await home.waitFor();
    if (route === pages[0]) await screenshot(page, 'chrome-03-back-home');
    await home.press('Enter');
    await waitForRoute(page, 'pages/index/index');
  }
  for (const [, route] of TABS) {
    await openPage(page, route);
    expect(await currentPage(page).locator('.yb-back').count()).toBe(0);
  }
  // opened from 我的: back to 我的
  await openPage(page, 'pages/me/index');
  await currentPage(page).getByRole('link', { name: /^隐私与数据/ }).click();
  await waitForRoute(page, 'subpackages/privacy/index');
  await screenshot(page, 'chrome-04-back');
  await currentPage(page).getByRole('link', { name: '返回上一页' }).click();
  await waitForRoute(page, 'pages/me/index');
});

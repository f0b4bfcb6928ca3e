// Journeys 1 and 7 on the production H5 build against the real API: onboarding by LMP → home
// shows the week the engine computes for today in Asia/Shanghai; 我的 (large text, profile edit,
// documents, privacy export and delete); a corrupt stored value resets to onboarding with the
// reason. axe-core on every page of app-core, screenshots in tests/e2e/artifacts/.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { datePregnancy } from '../../src/domain';
import { addDaysIso, currentPage, describeViolations, launch, newPhone, openPage, runAxe, screenshot, shanghaiToday, waitForRoute } from './helpers';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  ({ context, page } = await newPhone(browser));
});
afterEach(async () => {
  await context?.close();
});

async function expectAccessible(name: string) {
  const serious = await runAxe(page);
  expect(describeViolations(serious)).toBe('');
  await screenshot(page, name);
}

// Strings match whole texts (a substring would also find the privacy notice's words).
const visibleText = (text: string | RegExp) => currentPage(page).getByText(text, { exact: typeof text === 'string' }).first();

async function onboardByLmp(lmp: string) {
  await openPage(page, 'profile/onboarding/index');
  await expectAccessible('core-01-onboarding-consent');
  await currentPage(page).getByRole('checkbox', { name: /本机保存/ }).click();
  await visibleText('同意并继续').click();
  await currentPage(page).getByRole('radio', { name: /^衡阳市/ }).click();
  await currentPage(page).getByRole('radio', { name: /^城乡居民医保/ }).click();
  await currentPage(page).getByRole('radio', { name: /^怀孕中/ }).click();
  await currentPage(page).locator('input#dating-date').fill(lmp);
  await visibleText(/按此推算/).waitFor();
  await expectAccessible('core-02-onboarding-form');
  await visibleText('完成').click();
  await waitForRoute(page, 'pages/index/index');
}

test('onboarding by LMP → home shows the expected week, EDD and days to go', async () => {
  const today = shanghaiToday();
  const lmp = addDaysIso(today, -100);
  const expected = datePregnancy({ method: 'lmp', date: lmp, cycleDays: 28 }, today);
  if (!expected.ok) throw new Error(expected.error.message);
  await onboardByLmp(lmp);
  await visibleText(expected.value.gestation.label).waitFor();
  const [y, m, d] = expected.value.edd.split('-').map(Number);
  await visibleText(`预产期 ${y}年${m}月${d}日`).waitFor();
  await visibleText(/下一次产检：/).waitFor();
  await visibleText('基本医疗费用零自付').waitFor();
  expect(await currentPage(page).getByText(/早产/).count()).toBe(0);
  await expectAccessible('core-03-home-pregnant');
});

test('我的: large text, edit dating, documents, export and delete', async () => {
  const today = shanghaiToday();
  await onboardByLmp(addDaysIso(today, -60));
  await page.locator('.taro-tabbar__tabbar').getByText('我的').click();
  await waitForRoute(page, 'pages/me/index');
  await visibleText('参保地区：衡阳市').waitFor();
  await expectAccessible('core-04-me');

  await currentPage(page).getByRole('switch', { name: '大字模式' }).click();
  await expect(currentPage(page).locator('.yb-page.yb-large').count()).resolves.toBe(1);
  await screenshot(page, 'core-05-me-large-text');

  // edit: date by EDD instead
  await visibleText(/修改地区、参保与孕期/).click();
  await waitForRoute(page, 'profile/edit/index');
  await expectAccessible('core-06-profile');
  await currentPage(page).getByRole('radio', { name: '预产期', exact: true }).click();
  const edd = addDaysIso(today, 100);
  await currentPage(page).locator('input#dating-date').fill(edd);
  await visibleText('保存').click();
  await waitForRoute(page, 'pages/me/index');
  const expected = datePregnancy({ method: 'edd', date: edd }, today);
  if (!expected.ok) throw new Error(expected.error.message);
  await page.locator('.taro-tabbar__tabbar').getByText('首页').click();
  await waitForRoute(page, 'pages/index/index');
  await visibleText(expected.value.gestation.label).waitFor();
  await visibleText('距预产期还有 100 天').waitFor();
  await screenshot(page, 'core-07-home-after-edit-large');

  await openPage(page, 'subpackages/documents/index?id=WZ-DRAFT');
  await visibleText('WZ-DRAFT').waitFor();
  await expectAccessible('core-08-documents');

  await openPage(page, 'subpackages/privacy/index');
  await visibleText(/同意孕保通在本机保存/).waitFor();
  await expectAccessible('core-09-privacy');
  const [download] = await Promise.all([page.waitForEvent('download'), visibleText('导出我的全部数据').click()]);
  expect(download.suggestedFilename()).toMatch(/^yunbao-export-\d{8}\.json$/);
  const file = await download.path();
  const data = JSON.parse(readFileSync(file, 'utf8'));
  expect(data.device.profile.dating).toEqual({ method: 'edd', date: edd });
  expect(data.device.largeText).toBe(true);

  await visibleText('删除全部数据').click();
  await page.getByText('确定删除全部数据？').waitFor();
  await screenshot(page, 'core-10-privacy-delete-confirm');
  await page.locator('.nut-dialog-footer-ok:visible').click();
  await waitForRoute(page, 'profile/onboarding/index');
  await visibleText('同意并继续').waitFor();
  // nothing is left, and nothing is written again until she consents anew
  expect(await page.evaluate(() => window.localStorage.getItem('yunbao-state'))).toBeNull();
});

test('a corrupt stored value resets to onboarding and says why', async () => {
  await openPage(page, 'profile/onboarding/index');
  await page.evaluate(() => window.localStorage.setItem('yunbao-state', JSON.stringify({ data: '{"state":{"profile":{"regi' })));
  await page.goto(`${process.env.E2E_BASE_URL ?? ''}/#/pages/index/index`);
  await page.reload();
  await waitForRoute(page, 'profile/onboarding/index');
  await visibleText('本地数据已损坏，已重置，请重新填写。').waitFor();
  await expectAccessible('core-11-reset-message');
});

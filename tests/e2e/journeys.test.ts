// Journeys 2–6 on the production H5 build against the real API (scripts/e2e.mjs): 产检 (mark a
// check done → the quota ledger, the .ics), 分娩费用估算, 资格自查, 服务包 and 新生儿参保 (with a
// connection dropped mid-submit: the retry makes one record). Each test seeds the onboarding state
// in localStorage in the store's persisted format; axe-core on every page; screenshots in
// tests/e2e/artifacts/.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDaysIso, currentPage, describeViolations, launch, newPhone, openPage, runAxe, screenshot, seedProfile, shanghaiToday, waitForRoute, type SeedProfile } from './helpers';

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

const today = shanghaiToday();

const seed = (profile: SeedProfile) => seedProfile(page, profile);

async function expectAccessible(name: string) {
  const serious = await runAxe(page);
  expect(describeViolations(serious)).toBe('');
  await screenshot(page, name);
}

const visible = (text: string | RegExp) => currentPage(page).getByText(text).first();
// Taro's H5 Button renders <taro-button-core> without a button role: find it by its exact text.
const button = (name: string) => currentPage(page).getByText(name, { exact: true });

/** The login token the store persisted (Taro's H5 storage wraps the store's JSON in {data}). */
const storedToken = () =>
  page.evaluate(() => {
    const raw = window.localStorage.getItem('yunbao-state');
    if (!raw) return null;
    const state = JSON.parse(JSON.parse(raw).data).state;
    return typeof state.token === 'string' ? state.token : null;
  });

test('产检: the timeline, mark the first check done with what she paid → the quota ledger; the .ics of all twelve', async () => {
  await seed({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: addDaysIso(today, -60) } });
  await openPage(page, 'pages/checks/index');
  const timeline = currentPage(page).getByRole('list', { name: '十二次产检' });
  await timeline.waitFor();
  expect(await timeline.getByRole('listitem').count()).toBe(12);
  await visible('现在可以做').waitFor();
  await expectAccessible('journeys-01-checks-timeline');

  const [download] = await Promise.all([page.waitForEvent('download'), visible('把十二次产检加入日历').click()]);
  expect(download.suggestedFilename()).toBe('yunbao-checks.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(12);
  expect(ics).toContain('孕保通');

  await timeline.getByRole('listitem').first().click();
  await waitForRoute(page, 'subpackages/check/index');
  await visible('来源：温州市生育保险产前检查范围（征求意见稿附件）').waitFor();
  await expectAccessible('journeys-02-check-page');
  await currentPage(page).locator('input#check-amount').fill('356.50');
  await visible('保存记录').click();
  await visible(/已完成：/).waitFor();
  const covered = currentPage(page).locator('.check-claim__covered');
  await covered.waitFor();
  expect(await covered.textContent()).toBe('¥356.50');
  await expectAccessible('journeys-03-check-done');

  await visible('查看产检费用记录').click();
  await waitForRoute(page, 'subpackages/quota/index');
  const ledger = currentPage(page).getByRole('list', { name: '每次产检的报销' });
  await ledger.waitFor();
  expect(await ledger.textContent()).toContain('计入定额¥356.50');
  expect(await currentPage(page).locator('.quota-figure__value--left').textContent()).toBe('¥2,643.50');
  await visible('温州政策为征求意见稿').waitFor();
  await expectAccessible('journeys-04-quota-ledger');
});

test('分娩费用估算: Hengyang in the scheme, amounts typed → self pay with who pays each line', async () => {
  await seed({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: addDaysIso(today, -100) } });
  await openPage(page, 'subpackages/estimate/index');
  await visible('还需要您回答这些问题，才能估算：').waitFor();
  expect(await currentPage(page).locator('input#cost-inScope').inputValue()).toBe('');
  await expectAccessible('journeys-05-estimate-empty');

  const cp = currentPage(page);
  await cp.getByRole('radiogroup', { name: '医院是医保定点医疗机构吗？' }).getByRole('radio', { name: /^是/ }).click();
  await cp.getByRole('radiogroup', { name: '医院有产科吗？' }).getByRole('radio', { name: '是' }).click();
  await cp.getByRole('radio', { name: '参加了' }).click();
  // H5: the browser's month input (WeChat slides up NutUI's year-month picker)
  await cp.getByLabel('医院从哪个月开始执行零自付').fill('2026-01');
  await cp.locator('input#cost-inScope').fill('4200');
  await cp.locator('input#cost-outOfScope').fill('300');
  await cp.locator('input#cost-specialNeeds').fill('500');
  await visible('衡阳分娩基本医疗费用零自付').waitFor();
  await page.waitForFunction(() => document.querySelector('.taro_page_stationed .est-result__self')?.textContent === '¥800.00');
  const lines = cp.getByRole('list', { name: '各项费用由谁支付' }).getByRole('listitem');
  expect(await lines.count()).toBe(3);
  expect(await lines.first().textContent()).toContain('HY-2025-8 二(一)(三)(六)');
  await cp.locator('.est-result-card').scrollIntoViewIfNeeded();
  await expectAccessible('journeys-06-estimate-result');

  // the draft survives a reload
  await page.reload();
  await waitForRoute(page, 'subpackages/estimate/index');
  expect(await currentPage(page).locator('input#cost-inScope').inputValue()).toBe('4200');
});

test('资格自查: a relative with no profile answers three steps and sees the eight benefits in their groups; copies them', async () => {
  await openPage(page, 'subpackages/eligibility/index');
  const cp = currentPage(page);
  await visible('第 1 步，共 3 步').waitFor();
  await expectAccessible('journeys-07-eligibility-step1');
  await cp.getByRole('radio', { name: /^吉林市/ }).click();
  await button('下一步').click();
  await cp.getByRole('radio', { name: /^职工医保/ }).click();
  await cp.getByRole('radio', { name: /^不是/ }).click();
  await visible('第 2 步，共 3 步').waitFor();
  await button('下一步').click();
  await cp.getByRole('radio', { name: /^怀孕中/ }).click();
  await cp.locator('input#elig-date').fill(addDaysIso(today, 120));
  await visible('第 3 步，共 3 步').waitFor();
  await button('查看结果').click();
  const benefits = cp.getByRole('list', { name: '可以享受的待遇' }).getByRole('listitem');
  await benefits.first().waitFor();
  expect(await benefits.count()).toBe(6);
  expect(await cp.getByRole('list', { name: '不适用于您地区的待遇' }).getByRole('listitem').count()).toBe(2);
  expect(await benefits.first().textContent()).toContain('产前检查费用定额可以享受');
  await expectAccessible('journeys-08-eligibility-result');
  await visible('复制结果发给家人').click();
  await visible('已复制，可以粘贴到聊天里').waitFor();
  const copied = await page.evaluate(() => window.localStorage.getItem('taro_clipboard'));
  expect(copied).toContain('生育津贴');
});

test('服务包: the current package first and highlighted, tiers labelled, links to the quota and the estimate', async () => {
  await seed({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: addDaysIso(today, -60) } });
  await openPage(page, 'pages/packages/index');
  const cards = currentPage(page).getByRole('list', { name: '六个服务包' }).getByRole('listitem');
  await cards.first().waitFor();
  expect(await cards.count()).toBe(6);
  expect(await cards.first().getByRole('heading').textContent()).toBe('湘护早孕包');
  await cards.first().getByText('您现在的阶段').waitFor();
  expect(await currentPage(page).getByText('升级服务（可能收费）').count()).toBeGreaterThan(0);
  await expectAccessible('journeys-09-packages');
  await currentPage(page).getByRole('link', { name: '住院分娩：估算分娩费用' }).click();
  await waitForRoute(page, 'subpackages/estimate/index');
});

test('新生儿参保: device login, the form, a dropped connection mid-submit, the retry → one record; the list', async () => {
  const birth = addDaysIso(today, -5);
  await seed({ region: '430400', insurance: 'resident', stage: 'postpartum', birthDate: birth });
  // The POST reaches the server and is stored; the answer never arrives. Twice: the client repeats
  // a lost enrollment answer once by itself, so she sees the failure only when both are lost.
  let dropped = 0;
  await page.route('**/api/v1/newborn-enrollments', async (route) => {
    if (route.request().method() !== 'POST' || dropped >= 2) return route.fallback();
    dropped += 1;
    await route.fetch();
    await route.abort('connectionreset');
  });

  await openPage(page, 'subpackages/newborn/index');
  const cp = currentPage(page);
  await visible('宝宝的信息').waitFor();
  for (let i = 0; i < 50 && !(await storedToken()); i += 1) await page.waitForTimeout(200);
  expect(await storedToken()).toBeTruthy();
  await cp.locator('input#nb-certificate').fill('R43012345');
  await cp.locator('#nb-certificate-error').waitFor();
  await cp.locator('input#nb-certificate').fill('R430123456');
  await cp.locator('input#nb-baby-name').fill('张小满');
  await cp.getByRole('radio', { name: '女' }).click();
  await cp.locator('input#nb-guardian-name').fill('李华');
  await cp.locator('input#nb-guardian-id').fill('430421199203150048');
  await cp.locator('#nb-guardian-id-error').waitFor();
  await cp.locator('input#nb-guardian-id').fill('430421199203150047');
  await cp.getByRole('switch', { name: '父母一方在湖南参加了基本医疗保险' }).click();
  expect(await cp.locator('input#nb-birth-date').inputValue()).toBe(birth);
  await expectAccessible('journeys-10-newborn-form');

  await visible('提交登记').click();
  await visible('没有提交成功').waitFor();
  expect(await cp.locator('input#nb-certificate').inputValue()).toBe('R430123456');
  await screenshot(page, 'journeys-11-newborn-network-failed');
  await visible('重试提交').click();
  await visible('已登记，尚需到医保部门办理').waitFor();
  await visible('还剩 85 天').waitFor();
  await visible('李华 430421********0047').waitFor();
  await expectAccessible('journeys-12-newborn-result');

  await visible('查看我的全部登记').click();
  await waitForRoute(page, 'subpackages/newborn/list');
  const items = currentPage(page).getByRole('list', { name: '新生儿参保登记' }).getByRole('listitem');
  await items.first().waitFor();
  expect(await items.count()).toBe(1);
  await expectAccessible('journeys-13-newborn-list');
});

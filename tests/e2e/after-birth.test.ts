// After the birth (issue 18) on the production H5 build against the real API: a Hunan employee
// records the birth → home lists what to do by when (the 户口 in a month, the enrollment in 90
// days), ticks kept on the phone → the allowance with a wage of ¥6,000 (¥19,600.00 for 98 days,
// +¥12,000.00 if the 60 extended days are paid) → the subsidy ¥10,800.00 over three years. Also
// the card while pregnant, a relative's estimate from 资格自查 (nothing stored), a loss (gently)
// and an overdue task (what to do now). axe on every new screen; screenshots in tests/e2e/artifacts/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addMonths, daysBetween } from '../../src/domain';
import { addDaysIso, currentPage, describeViolations, launch, newPhone, openPage, runAxe, screenshot, seedProfile, shanghaiToday, waitForRoute } from './helpers';

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

async function expectAccessible(name: string) {
  const serious = await runAxe(page);
  expect(describeViolations(serious)).toBe('');
  await screenshot(page, name);
}

const visible = (text: string | RegExp) => currentPage(page).getByText(text).first();
const button = (name: string) => currentPage(page).getByText(name, { exact: true });
const card = (title: string) => currentPage(page).locator('.yb-card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
const listItem = (list: string, has: string) => currentPage(page).getByRole('list', { name: list }).getByRole('listitem').filter({ hasText: has });

/** What the app stored (Taro's H5 storage wraps the store's JSON in {data}). */
const storedState = () =>
  page.evaluate(() => {
    const raw = window.localStorage.getItem('yunbao-state');
    return raw ? (JSON.parse(JSON.parse(raw).data).state as Record<string, unknown>) : null;
  });

test('a Hunan employee records the birth → the dated list, the allowance for a wage of ¥6,000, the subsidy over three years', async () => {
  await seedProfile(page, { region: '430000', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: addDaysIso(today, -270) } });
  await openPage(page, 'pages/index/index');
  const money = card('产后能领什么');
  await money.getByText('¥10,800.00').waitFor();
  await money.getByText('按预产期估算生育津贴，安排产假').waitFor();
  await money.scrollIntoViewIfNeeded();
  await expectAccessible('after-birth-01-home-pregnant');

  // she records the birth today
  await button('宝宝出生了，记录分娩').click();
  await button('确认记录').click();
  const hukouDays = daysBetween(today, addMonths(today, 1));
  await listItem('产后要办的事', '给宝宝上户口（出生登记）').getByText(`还剩 ${hukouDays} 天`).waitFor();
  await listItem('产后要办的事', '给宝宝参加医保').getByText('还剩 90 天').waitFor();
  await listItem('产后要办的事', '产后42天健康检查').getByText('还剩 42 天').waitFor();
  expect(await listItem('产后要办的事', '领取出生医学证明').getByText('下一件').count()).toBe(1);
  await expectAccessible('after-birth-02-home-born');

  // a tick is kept on the phone and moves 下一件 on
  await currentPage(page).getByRole('checkbox', { name: '已办完：领取出生医学证明' }).click();
  await listItem('产后要办的事', '给宝宝上户口（出生登记）').getByText('下一件').waitFor();
  expect((await storedState())?.afterBirthDone).toEqual(['birth-certificate']);
  await page.reload();
  await waitForRoute(page, 'pages/index/index');
  expect(await currentPage(page).getByRole('checkbox', { name: '已办完：领取出生医学证明' }).getAttribute('aria-checked')).toBe('true');

  // the whole list: where to go, what to bring, the source
  await visible('去哪办、带什么、过期了怎么办').click();
  await waitForRoute(page, 'subpackages/after-birth/index');
  const hukou = listItem('产后要办的事', '给宝宝上户口（出生登记）');
  await hukou.getByText('宝宝常住地派出所的户籍窗口').waitFor();
  await hukou.getByText('依据：HUKOU-1958 七').waitFor();
  await expectAccessible('after-birth-03-list');
  await page.goBack();
  await waitForRoute(page, 'pages/index/index');

  // the allowance: ¥6,000 a month → ¥19,600.00 for 98 days, +¥12,000.00 for the 60 extended days
  await visible('填写单位月平均工资，算一算').click();
  await waitForRoute(page, 'subpackages/allowance/index');
  await visible('不是您本人的工资').waitFor();
  await expectAccessible('after-birth-04-allowance-empty');
  await currentPage(page).locator('input#allowance-wage').fill('6000');
  const result = currentPage(page).locator('.al-result');
  await result.locator('.al-result__amount').getByText('¥19,600.00').waitFor();
  await result.getByText('每天 ¥200.00 × 98 天').waitFor();
  await result.getByText('+¥12,000.00').waitFor();
  await result.getByText('直接发给您本人').waitFor();
  expect(await currentPage(page).getByRole('list', { name: '产假天数' }).getByRole('listitem').count()).toBe(1);
  await currentPage(page).locator('.al-result-card').scrollIntoViewIfNeeded();
  await expectAccessible('after-birth-05-allowance-result');
  expect((await storedState())?.allowanceDraft).toMatchObject({ wage: '6000' });
  await page.goBack();
  await waitForRoute(page, 'pages/index/index');
  await currentPage(page).locator('.home-money__figure').getByText('¥19,600.00').waitFor();

  // the subsidy: ¥10,800.00 over three years, the 户口 first
  const subsidy = card('育儿补贴');
  await subsidy.getByText('¥10,800.00').waitFor();
  await subsidy.scrollIntoViewIfNeeded();
  await screenshot(page, 'after-birth-06-home-money');
  await subsidy.getByText('怎么申领').click();
  await waitForRoute(page, 'subpackages/subsidy/index');
  await visible('¥10,800.00').waitFor();
  expect(await currentPage(page).getByRole('list', { name: '每年可领的育儿补贴' }).getByRole('listitem').count()).toBe(today.slice(5, 7) === '01' ? 3 : 4);
  await visible('第1步 给宝宝上户口（出生登记）').waitFor();
  await expectAccessible('after-birth-07-subsidy');
});

test('a relative from 资格自查: the allowance and the subsidy with her answers, nothing stored', async () => {
  await openPage(page, 'subpackages/eligibility/index');
  const cp = currentPage(page);
  await cp.getByRole('radio', { name: /^温州市/ }).click();
  await button('下一步').click();
  await cp.getByRole('radio', { name: /^职工医保/ }).click();
  await cp.getByRole('radio', { name: /^不是/ }).click();
  await button('下一步').click();
  await cp.getByRole('radio', { name: /^怀孕中/ }).click();
  await cp.locator('input#elig-date').fill(addDaysIso(today, 60));
  await button('查看结果').click();
  const calculators = cp.getByRole('link', { name: /^生育津贴/ });
  await calculators.scrollIntoViewIfNeeded();
  await expectAccessible('after-birth-08-eligibility-calculators');
  await calculators.click();
  await waitForRoute(page, 'subpackages/allowance/index');
  await visible('替家人算一算：填写的内容只在这一页使用，不会保存。').waitFor();
  const al = currentPage(page);
  expect(await al.getByRole('radio', { name: /^温州市/ }).getAttribute('aria-checked')).toBe('true');
  await al.locator('input#allowance-wage').fill('9000');
  await al.getByRole('radiogroup', { name: '这是她的第几个孩子？' }).getByRole('radio', { name: '第2个' }).click();
  // Wenzhou, a second child: 98 days, and 90 extended days (ZJ-RKJS-2021)
  await al.locator('.al-result__amount').getByText('¥29,400.00').waitFor();
  await al.getByText('+¥27,000.00').waitFor();
  await visible('温州政策为征求意见稿').waitFor();
  await expectAccessible('after-birth-09-allowance-family');
  const stored = await storedState();
  expect(stored?.allowanceDraft ?? null).toBeNull();
  expect(JSON.stringify(stored ?? {})).not.toContain('9000');

  await page.goBack();
  await waitForRoute(page, 'subpackages/eligibility/index');
  await currentPage(page).getByRole('link', { name: /^育儿补贴/ }).click();
  await waitForRoute(page, 'subpackages/subsidy/index');
  await visible('预计一共可领').waitFor();
  await visible('¥10,800.00').waitFor();
  await expectAccessible('after-birth-10-subsidy-family');
});

test('替家人查询 from the first screen, before any consent: the allowance and the subsidy, and the phone keeps nothing', async () => {
  await openPage(page, 'profile/onboarding/index');
  await currentPage(page).getByRole('link', { name: /^生育津贴/ }).click();
  await waitForRoute(page, 'subpackages/allowance/index');
  const al = currentPage(page);
  await al.getByRole('radio', { name: /^湖南省其他地区/ }).click();
  await al.getByRole('radio', { name: /^职工医保/ }).click();
  await al.locator('input#allowance-date').fill(addDaysIso(today, 30));
  await al.locator('input#allowance-wage').fill('6000');
  await al.locator('.al-result__amount').getByText('¥19,600.00').waitFor();
  await page.goBack();
  await waitForRoute(page, 'profile/onboarding/index');
  await currentPage(page).getByRole('link', { name: /^育儿补贴/ }).click();
  await waitForRoute(page, 'subpackages/subsidy/index');
  await currentPage(page).locator('input#subsidy-date').fill(addDaysIso(today, 30));
  await visible('预计一共可领').waitFor();
  await visible('¥10,800.00').waitFor();
  expect(await page.evaluate(() => Object.keys(window.localStorage))).toEqual([]);
  expect(await page.evaluate(() => Object.keys(window.sessionStorage))).toEqual([]);
});

test('after a loss: only her check and the allowance, in gentle words', async () => {
  await seedProfile(page, {
    region: '430400',
    insurance: 'employee',
    stage: 'ended',
    endedOn: addDaysIso(today, -10),
    dating: { method: 'lmp', date: addDaysIso(today, -10 - 20 * 7) },
  });
  await openPage(page, 'pages/index/index');
  await visible('愿您好好休养。').waitFor();
  const tasks = currentPage(page).getByRole('list', { name: '接下来可以做的事' }).getByRole('listitem');
  expect(await tasks.allTextContents()).toEqual([expect.stringContaining('身体复查'), expect.stringContaining('生育津贴')]);
  expect(await currentPage(page).getByText(/宝宝|户口|新生儿/).count()).toBe(0);
  // 20 weeks: 42 days (NAT-619 七)
  await visible('可以休 42 天，期间可以领生育津贴，直接发给您本人').waitFor();
  await expectAccessible('after-birth-11-home-loss');
});

test('an overdue task stays on the list, marked, with what to do now', async () => {
  await seedProfile(page, { region: '220000', insurance: 'resident', stage: 'postpartum', birthDate: addDaysIso(today, -100) });
  await openPage(page, 'subpackages/after-birth/index');
  const enrollment = listItem('产后要办的事', '给宝宝参加医保');
  await enrollment.getByText('已过期限 10 天').waitFor();
  await enrollment.getByText('现在怎么办').waitFor();
  await enrollment.getByText(/超过90天也可以参保/).waitFor();
  expect(await currentPage(page).getByText('生育津贴', { exact: true }).count()).toBe(0);
  await expectAccessible('after-birth-12-list-overdue');
});

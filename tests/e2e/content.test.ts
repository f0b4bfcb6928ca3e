// Issue 17 in the browser (production H5 build, real API, 390×844): errors brought into sight and
// marked alike (point 9), money without alarm (point 8), labels that do not break mid-word,
// dialog and picker buttons in the app's colour, and the other changed screens, each checked with
// axe and kept as a screenshot in tests/e2e/artifacts/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDaysIso, currentPage, describeViolations, launch, newPhone, openPage, runAxe, screenshot, seedProfile, shanghaiToday } from './helpers';

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
const button = (name: string) => currentPage(page).getByText(name, { exact: true });

async function expectAccessible(name: string) {
  const serious = await runAxe(page);
  expect(describeViolations(serious)).toBe('');
  await screenshot(page, name);
}

/** The app's magenta ($yb-primary) and error red ($yb-error), as the browser reports colours. */
const PRIMARY = 'rgb(194, 24, 91)';
const ERROR = 'rgb(176, 0, 32)';

test('issue 17 point 9: 提交登记 with errors moves focus and scrolls to the first; every invalid field is marked alike', async () => {
  await seedProfile(page, { region: '430400', insurance: 'resident', stage: 'postpartum', birthDate: addDaysIso(today, -5) });
  const cp = await openPage(page, 'subpackages/newborn/index');
  await cp.getByText('宝宝的信息').waitFor();
  await cp.locator('input#nb-baby-name').fill('张小满');
  await cp.locator('input#nb-birth-date').fill(addDaysIso(today, 3));
  await cp.locator('input#nb-guardian-name').fill('李华');
  // the button at the foot of the form, as she reaches it
  await button('提交登记').scrollIntoViewIfNeeded();
  await button('提交登记').click();
  await page.waitForTimeout(600);

  // focus went to the first invalid field in reading order, and it is on screen
  const focused = await page.evaluate(() => document.activeElement?.id ?? '');
  expect(focused).toBe('nb-certificate');
  const box = await cp.locator('input#nb-certificate').boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  await screenshot(page, 'content-01-newborn-errors-in-sight');

  // every field with an error: aria-invalid, and the same red frame (the birth date too)
  const frames = await cp.evaluate((root) => {
    const out: Record<string, string> = {};
    for (const input of Array.from(root.querySelectorAll<HTMLElement>('input[aria-invalid="true"]'))) {
      const frame = input.closest('.yb-input') ?? input;
      out[input.id || input.getAttribute('aria-label') || input.tagName] = getComputedStyle(frame).borderTopColor;
    }
    return out;
  });
  expect(Object.keys(frames)).toEqual(expect.arrayContaining(['nb-certificate', 'nb-birth-date', 'nb-guardian-id']));
  for (const colour of Object.values(frames)) expect(colour).toBe(ERROR);
  // the unanswered sex question is marked the same way
  const sexBorder = await cp.getByRole('radiogroup', { name: '宝宝的性别' }).getByRole('radio').first().evaluate((el) => getComputedStyle(el).borderTopColor);
  expect(sexBorder).toBe(ERROR);
  await expectAccessible('content-02-newborn-errors-marked');
});

/** The amounts on the page drawn in the error red. */
const redAmounts = (root: ReturnType<typeof currentPage>) =>
  root.evaluate(
    (el, error) => Array.from(el.querySelectorAll<HTMLElement>('.yb-money')).filter((m) => getComputedStyle(m).color === error).map((m) => m.textContent),
    ERROR,
  );

test('issue 17 point 8: with no quota, no red figure and no ¥0.00 over the amount she entered', async () => {
  await seedProfile(page, { region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: addDaysIso(today, -120) } });
  const cp = await openPage(page, 'subpackages/check/index?no=2');
  await cp.locator('input#check-amount').fill('350');
  await button('保存记录').click();
  const card = cp.getByRole('heading', { name: '这次的报销' }).locator('..');
  await card.waitFor();
  expect(await card.textContent()).toContain('这次产检的费用¥350.00');
  expect(await card.textContent()).not.toContain('¥0.00');
  expect(await redAmounts(cp)).toEqual([]);
  await expectAccessible('content-03-check-no-quota');
});

test('issue 17: a Wenzhou claim past the quota is not red either: nothing there for her to act on', async () => {
  await seedProfile(page, { region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: addDaysIso(today, -120) } });
  const cp = await openPage(page, 'subpackages/check/index?no=1');
  await cp.locator('input#check-amount').fill('3500');
  await button('保存记录').click();
  await cp.getByText('定额外').waitFor();
  expect(await redAmounts(cp)).toEqual([]);
  await screenshot(page, 'content-04-check-wenzhou-overflow');
});

/** Labels (and dates) that take more lines than one: their text, for the failure message. */
async function brokenLabels(root: ReturnType<typeof currentPage>, selector: string): Promise<string[]> {
  return root.evaluate((el, sel) => {
    const out: string[] = [];
    for (const label of Array.from(el.querySelectorAll<HTMLElement>(sel))) {
      const range = document.createRange();
      range.selectNodeContents(label);
      const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
      if (label.getBoundingClientRect().width > 0 && lines.size > 1) out.push(label.textContent ?? '');
    }
    return out;
  }, selector);
}

test('issue 17: short choice labels and dates keep to one line at 390 px', async () => {
  // onboarding's dating methods: 末次月经, 预产期, 试管移植日
  await openPage(page, 'profile/onboarding/index');
  await currentPage(page).getByRole('checkbox', { name: /本机保存/ }).click();
  await button('同意并继续').click();
  await currentPage(page).getByRole('radio', { name: /^怀孕中/ }).click();
  await currentPage(page).getByRole('radio', { name: '试管移植日' }).waitFor();
  expect(await brokenLabels(currentPage(page), '.yb-choice__list--inline .yb-choice__label')).toEqual([]);
  await expectAccessible('content-05-onboarding-dating-methods');

  // the newborn form's relations (其他监护人) and the enrollment result's dates
  await context.close();
  ({ context, page } = await newPhone(browser));
  await seedProfile(page, { region: '430400', insurance: 'resident', stage: 'postpartum', birthDate: addDaysIso(today, -2) });
  const cp = await openPage(page, 'subpackages/newborn/index');
  await cp.getByRole('radio', { name: '其他监护人' }).waitFor();
  expect(await brokenLabels(cp, '.yb-choice__list--inline .yb-choice__label')).toEqual([]);
  // a number of this run's own: the server may refuse one another account has recorded
  await cp.locator('input#nb-certificate').fill(`R${String(Date.now() % 1e9).padStart(9, '0')}`);
  await cp.locator('input#nb-baby-name').fill('张小满');
  await cp.getByRole('radio', { name: '女' }).click();
  await cp.locator('input#nb-guardian-name').fill('李华');
  await cp.locator('input#nb-guardian-id').fill('430421199203150047');
  await button('提交登记').click();
  await cp.getByText('已登记，尚需到医保部门办理').waitFor().catch(async (e: unknown) => {
    await screenshot(page, 'content-06-newborn-result-failed');
    throw e;
  });
  expect(await brokenLabels(cp, '.yb-date')).toEqual([]);
  await expectAccessible('content-06-newborn-result-dates');
});

test('issue 17: dialog buttons are in the app’s colour, not NutUI’s red (pickers: WeChat only)', async () => {
  await seedProfile(page, { region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: addDaysIso(today, -120) } });
  let cp = await openPage(page, 'subpackages/check/index?no=2');
  await cp.locator('input#check-amount').fill('80');
  await button('保存记录').click();
  await button('撤销完成').click();
  const ok = page.locator('.nut-dialog-footer-ok:visible');
  await ok.waitFor();
  await page.waitForTimeout(400);
  const okStyle = await ok.evaluate((el) => ({ bg: getComputedStyle(el).backgroundImage + getComputedStyle(el).backgroundColor }));
  expect(okStyle.bg).toContain(PRIMARY);
  expect(okStyle.bg).not.toMatch(/rgb\(255, 15, 35\)|rgb\(250, 44, 25\)|rgb\(255, 66, 79\)/);
  await expectAccessible('content-07-dialog-colours');
  await page.locator('.nut-dialog-footer-cancel:visible').click();

  // NutUI's pickers open only in WeChat now: H5 takes months and dates with the browser's own
  // inputs (keyboard users, issue 17 point 4), so no NutUI picker button is drawn here.
  cp = await openPage(page, 'subpackages/estimate/index');
  await cp.getByRole('radio', { name: '参加了' }).click();
  expect(await cp.getByLabel('医院从哪个月开始执行零自付').getAttribute('type')).toBe('month');
  expect(await page.locator('.nut-picker:visible').count()).toBe(0);
  await screenshot(page, 'content-08-month-input');
});

test('issue 17: the changed screens pass axe: Wenzhou’s list folded on a Hengyang check, the estimate naming what is missing, a birth corrected', async () => {
  await seedProfile(page, { region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: addDaysIso(today, -150) } });
  let cp = await openPage(page, 'subpackages/check/index?no=3');
  const fold = cp.getByRole('button', { name: '温州医保列出的参考项目（不是您当地的报销范围）' });
  await expectAccessible('content-09-check-folded');
  await fold.click();
  await cp.getByRole('list', { name: '温州医保列出的第三次产检参考项目' }).waitFor();
  expect(await fold.getAttribute('aria-expanded')).toBe('true');
  await expectAccessible('content-10-check-unfolded');

  cp = await openPage(page, 'subpackages/estimate/index');
  await cp.getByRole('radiogroup', { name: '医院是医保定点医疗机构吗？' }).getByRole('radio', { name: /^是/ }).click();
  await cp.getByRole('radiogroup', { name: '医院有产科吗？' }).getByRole('radio', { name: '是' }).click();
  await cp.getByRole('radio', { name: '参加了' }).click();
  const missing = cp.getByRole('list', { name: '还需要回答的问题' });
  await missing.waitFor();
  expect(await missing.textContent()).toBe('医院从哪个月开始执行零自付');
  expect(await cp.getByText('按普通住院规则报销').count()).toBe(0);
  await cp.locator('.est-result-card').scrollIntoViewIfNeeded();
  await expectAccessible('content-11-estimate-missing');

  await context.close();
  ({ context, page } = await newPhone(browser));
  await seedProfile(page, { region: '430400', insurance: 'resident', stage: 'postpartum', birthDate: addDaysIso(today, -3), dating: { method: 'lmp', date: addDaysIso(today, -275) } });
  cp = await openPage(page, 'pages/index/index');
  await cp.getByText('撤销分娩记录', { exact: true }).click();
  await cp.getByText(/撤销后，孕保通会回到怀孕中的状态/).waitFor();
  await expectAccessible('content-12-home-undo-birth');
  await button('确认撤销').click();
  await cp.getByText('宝宝出生了，记录分娩').waitFor();
  await screenshot(page, 'content-13-home-after-undo');
});

// Keyboard alone (issue 17, point 4): onboarding, a check record, the delivery estimate and 资格自查
// with Tab, Shift+Tab, Space, Enter and the arrow keys, no click and no tap anywhere; every tab
// stop on the way is in reading order, and axe finds nothing serious or critical on any page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
  // Any click or tap fails the test: this is the keyboard's journey.
  await page.addInitScript(() => {
    const w = window as unknown as { __pointer: string[] };
    w.__pointer = [];
    for (const type of ['mousedown', 'pointerdown', 'touchstart']) {
      window.addEventListener(type, (e) => w.__pointer.push(`${type} on ${(e.target as Element | null)?.tagName ?? '?'}`), true);
    }
  });
});
afterEach(async () => {
  expect(await page.evaluate(() => (window as unknown as { __pointer: string[] }).__pointer)).toEqual([]);
  await context?.close();
});

/** The element with focus: its role, accessible name (aria-label or text) and place on the page. */
interface Focused {
  tag: string;
  role: string;
  name: string;
  id: string;
  /** Top and left within the scrolled page (null outside the page: the tab bar). */
  top: number | null;
  left: number | null;
}

async function focused(): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', role: '', name: '', id: '', top: null, left: null };
    const labelled = el.getAttribute('aria-labelledby');
    const byLabel = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    const name = (el.getAttribute('aria-label') ?? (labelled ? document.getElementById(labelled)?.textContent : null) ?? byLabel ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
    const container = el.closest('.taro_page') as HTMLElement | null;
    const inPage = container !== null && container !== el;
    const r = el.getBoundingClientRect();
    const c = container?.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role') ?? (el.tagName === 'BUTTON' ? 'button' : el.tagName === 'A' ? 'link' : el.tagName === 'INPUT' ? `input:${(el as HTMLInputElement).type}` : ''),
      name,
      id: el.id,
      top: inPage && c ? Math.round(r.top - c.top + container!.scrollTop) : null,
      left: inPage && c ? Math.round(r.left - c.left) : null,
    };
  });
}

/**
 * Every stop Tab made on the current page, to check the reading order at the end of each page
 * (null where she went back with Shift+Tab or an action moved focus: the order restarts there).
 */
let stops: (Focused | null)[] = [];

async function press(key: string) {
  await page.keyboard.press(key);
  if (key === 'Tab') stops.push(await focused());
  else if (key !== ' ' && !key.startsWith('Arrow')) stops.push(null);
}

/** Tab (or Shift+Tab) until the focused control matches; fails after `limit` stops. */
async function tabTo(match: (f: Focused) => boolean, what: string, { back = false, limit = 60 } = {}): Promise<Focused> {
  for (let i = 0; i < limit; i += 1) {
    await press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused();
    if (match(f)) return f;
  }
  throw new Error(`no tab stop for ${what} within ${limit} ${back ? 'Shift+Tab' : 'Tab'} presses; last: ${JSON.stringify(stops.slice(-5))}`);
}

const named = (role: string, name: string | RegExp) => (f: Focused) => f.role === role && (typeof name === 'string' ? f.name === name : name.test(f.name));

/** The radio in focus moved by arrows until it is the one named (the arrows also choose it). */
async function arrowTo(name: RegExp, key = 'ArrowDown', limit = 8) {
  for (let i = 0; i < limit; i += 1) {
    const f = await focused();
    if (f.role === 'radio' && name.test(f.name)) return;
    await press(key);
  }
  throw new Error(`arrows did not reach ${name}`);
}

async function checked(name: RegExp): Promise<boolean> {
  return (await currentPage(page).getByRole('radio', { name }).getAttribute('aria-checked')) === 'true';
}

/**
 * The page's tab stops come in the order they read: each below the one before, or beside it on
 * the same row. Stops outside the page (the tab bar) and repeats (a radio group's arrows) are skipped.
 */
function expectReadingOrder(pageName: string) {
  const inPage = stops.filter((s) => s === null || (s.top !== null && s.tag !== 'div'));
  for (let i = 1; i < inPage.length; i += 1) {
    const a = inPage[i - 1];
    const b = inPage[i];
    if (!a || !b || (a.name === b.name && a.id === b.id)) continue;
    const sameRow = Math.abs(b.top! - a.top!) < 8;
    const ok = sameRow ? b.left! >= a.left! : b.top! > a.top!;
    if (!ok) throw new Error(`${pageName}: tab order jumps back from "${a.name}" (${a.top},${a.left}) to "${b.name}" (${b.top},${b.left})`);
  }
  stops = [];
}

async function expectAccessible(name: string) {
  const serious = await runAxe(page);
  expect(describeViolations(serious)).toBe('');
  await screenshot(page, name);
}

/**
 * The order Chromium's date and month inputs take their parts in follows the browser's own
 * language (month/day/year here), not the page's zh-CN: learn it once on a scratch input.
 */
let monthFirst: boolean | null = null;
async function learnDateOrder() {
  await page.evaluate(() => {
    const probe = document.createElement('input');
    probe.type = 'date';
    probe.id = 'yb-date-order-probe';
    document.body.appendChild(probe);
    probe.focus();
  });
  await page.keyboard.type('02032026');
  monthFirst = (await page.evaluate(() => (document.getElementById('yb-date-order-probe') as HTMLInputElement).value)) === '2026-02-03';
  await page.evaluate(() => document.getElementById('yb-date-order-probe')?.remove());
}

/** Types a date into the focused <input type="date"> part by part, as a keyboard user would. */
async function typeDate(iso: string) {
  const [y, m, d] = iso.split('-');
  if (monthFirst) {
    await page.keyboard.type(`${m}${d}${y}`);
  } else {
    await page.keyboard.type(y!);
    await page.keyboard.press('Tab');
    await page.keyboard.type(`${m}${d}`);
  }
}

/**
 * January of this year in the focused <input type="month">, by arrows: its two parts (month and
 * year, in either order) each start at January and this year on the first ArrowUp.
 */
async function chooseJanuary() {
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowUp');
}

test('onboarding, a check record, the delivery estimate and 资格自查 by keyboard alone', async () => {
  const today = shanghaiToday();
  const lmp = addDaysIso(today, -70);

  // ---- onboarding: consent ----
  await openPage(page, 'profile/onboarding/index');
  await learnDateOrder();
  stops = [];
  const box = await tabTo(named('checkbox', /本机保存/), 'the consent box');
  expect(box.name).toBe('我同意孕保通在本机保存我的孕期与健康信息');
  await press(' ');
  expect(await currentPage(page).getByRole('checkbox').getAttribute('aria-checked')).toBe('true');
  await press('Enter');
  expect(await currentPage(page).getByRole('checkbox').getAttribute('aria-checked')).toBe('false');
  await press('Enter');
  await tabTo(named('button', '同意并继续'), '同意并继续');
  // Shift+Tab goes back to the box, Tab forward again.
  await press('Shift+Tab');
  expect((await focused()).role).toBe('checkbox');
  await press('Tab');
  await expectAccessible('keyboard-01-consent-focused');
  expectReadingOrder('consent');
  await press('Enter');

  // ---- onboarding: her profile ----
  await currentPage(page).getByRole('radiogroup', { name: '您在哪里参保？' }).waitFor();
  await tabTo((f) => f.role === 'radio' && /^衡阳市/.test(f.name), 'the first region');
  await press(' ');
  expect(await checked(/^衡阳市/)).toBe(true);
  await press('ArrowDown');
  expect(await checked(/^湖南省其他地区/)).toBe(true);
  await press('ArrowUp');
  expect(await checked(/^衡阳市/)).toBe(true);
  // one tab stop per group: the next Tab leaves the regions for the insurance kinds
  await press('Tab');
  expect((await focused()).role).toBe('radio');
  expect((await focused()).name).not.toMatch(/市|地区/);
  await arrowTo(/^城乡居民医保/);
  expect(await checked(/^城乡居民医保/)).toBe(true);
  await press('Tab');
  await arrowTo(/^怀孕中/);
  await press('Enter');
  expect(await checked(/^怀孕中/)).toBe(true);
  await tabTo((f) => f.id === 'dating-date', 'the LMP date');
  await typeDate(lmp);
  expect(await currentPage(page).locator('input#dating-date').inputValue()).toBe(lmp);
  await currentPage(page).getByText(/按此推算/).waitFor();
  await tabTo(named('button', '完成'), '完成');
  await expectAccessible('keyboard-02-profile-focused');
  expectReadingOrder('profile form');
  await press('Enter');
  await waitForRoute(page, 'pages/index/index');

  // ---- a check record: 产检 tab, the first check, what she paid ----
  await tabTo((f) => f.tag === 'a' && f.name === '产检', 'the 产检 tab');
  stops = [];
  await press('Enter');
  await waitForRoute(page, 'pages/checks/index');
  await currentPage(page).getByRole('list', { name: '十二次产检' }).waitFor();
  await tabTo((f) => f.role === 'link' && /^第一次产检/.test(f.name), 'the first check');
  await expectAccessible('keyboard-03-checks-focused');
  expectReadingOrder('checks');
  await press('Enter');
  await waitForRoute(page, 'subpackages/check/index');
  await tabTo((f) => f.id === 'check-amount', 'the amount');
  await page.keyboard.type('356.50');
  await tabTo((f) => f.role === 'switch' && /不在产前检查报销范围内/.test(f.name), 'the first toggle');
  await press(' ');
  expect(await currentPage(page).getByRole('switch', { name: /不在产前检查报销范围内/ }).getAttribute('aria-checked')).toBe('true');
  await press('Enter');
  expect(await currentPage(page).getByRole('switch', { name: /不在产前检查报销范围内/ }).getAttribute('aria-checked')).toBe('false');
  await tabTo(named('button', '保存记录'), '保存记录');
  await press('Enter');
  await currentPage(page).getByText(/^已完成：/).waitFor();
  expect(await currentPage(page).getByText(/^已完成：/).textContent()).toContain('¥356.50');
  expectReadingOrder('check');
  // Undo asks first; the dialog is reached, answered and left by keyboard too.
  await tabTo(named('button', '撤销完成'), '撤销完成', { back: true });
  await press('Enter');
  const dialog = page.getByRole('dialog', { name: '撤销这次产检的记录？' });
  await dialog.waitFor();
  expect((await focused()).name).toBe('保留');
  await press('Tab');
  expect((await focused()).name).toBe('撤销');
  await press('Tab');
  expect((await focused()).name).toBe('保留');
  await expectAccessible('keyboard-04-check-undo-dialog');
  await press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  // The dialog closes over its fade-out; focus comes back to its opener once it has gone.
  for (let i = 0; i < 30 && (await focused()).name !== '撤销完成'; i += 1) await page.waitForTimeout(100);
  expect((await focused()).name).toBe('撤销完成');
  await currentPage(page).getByText(/^已完成：/).waitFor();
  stops = [];
  await tabTo((f) => f.name === '返回上一页', 'the way back', { back: true });
  await press('Enter');
  await waitForRoute(page, 'pages/checks/index');

  // ---- the delivery estimate, from the home page's card ----
  await tabTo((f) => f.tag === 'a' && f.name === '首页', 'the 首页 tab');
  await press('Enter');
  await waitForRoute(page, 'pages/index/index');
  stops = [];
  await tabTo((f) => f.role === 'link' && /分娩/.test(f.name) && /自付|估算/.test(f.name), 'the estimate card');
  await press('Enter');
  await waitForRoute(page, 'subpackages/estimate/index');
  await tabTo((f) => f.role === 'radio' && /^是/.test(f.name), 'designated: 是');
  await press(' ');
  await press('Tab');
  await press(' ');
  expect(await currentPage(page).getByRole('radiogroup', { name: '医院有产科吗？' }).getByRole('radio', { name: '是' }).getAttribute('aria-checked')).toBe('true');
  await tabTo((f) => f.role === 'radio' && f.name === '一级', 'the hospital level');
  await arrowTo(/^三级$/, 'ArrowRight');
  await press('Tab');
  await arrowTo(/^参加了/);
  await press(' ');
  await tabTo((f) => f.id === 'zero-copay-from', 'the month the hospital joined');
  await chooseJanuary();
  expect(await currentPage(page).locator('input#zero-copay-from').inputValue()).toBe(`${today.slice(0, 4)}-01`);
  await tabTo((f) => f.id === 'cost-inScope', 'the in-scope cost');
  await page.keyboard.type('6000');
  await press('Tab');
  await page.keyboard.type('250.5');
  const self = currentPage(page).locator('.est-result__self');
  await self.waitFor();
  await page.waitForFunction(() => /¥/.test(document.querySelector('.taro_page_stationed .est-result__self')?.textContent ?? ''));
  await tabTo(named('button', '清空重填'), 'the last control');
  await expectAccessible('keyboard-05-estimate-done');
  expectReadingOrder('estimate');

  // ---- 资格自查, from 我的 ----
  await tabTo((f) => f.name === '返回上一页', 'the way back', { back: true });
  await press('Enter');
  await waitForRoute(page, 'pages/index/index');
  await tabTo((f) => f.tag === 'a' && f.name === '我的', 'the 我的 tab');
  await press('Enter');
  await waitForRoute(page, 'pages/me/index');
  stops = [];
  await tabTo((f) => f.role === 'switch' && f.name === '大字模式', '大字模式');
  await tabTo(named('link', /^资格自查/), '资格自查');
  expectReadingOrder('me');
  await press('Enter');
  await waitForRoute(page, 'subpackages/eligibility/index');
  // her answers are filled in from her profile; the arrows change one and change it back
  await tabTo((f) => f.role === 'radio', 'the region options');
  expect((await focused()).name).toMatch(/^衡阳市/);
  await press('ArrowDown');
  expect(await checked(/^湖南省其他地区/)).toBe(true);
  await press('ArrowUp');
  expect(await checked(/^衡阳市/)).toBe(true);
  await expectAccessible('keyboard-06-eligibility-step');
  for (let step = 0; step < 6; step += 1) {
    const next = await tabTo((f) => f.role === 'button' && (f.name === '下一步' || f.name === '查看结果'), 'the next step');
    await press('Enter');
    if (next.name === '查看结果') break;
  }
  await currentPage(page).getByRole('list', { name: '可以享受的待遇' }).waitFor();
  expect(await currentPage(page).getByRole('listitem').count()).toBe(8);
  await tabTo(named('button', '复制结果发给家人'), 'copy');
  // a citation opens its article by keyboard as well
  await tabTo((f) => f.role === 'link' && /^依据 HY-2025-8/.test(f.name), 'a Hengyang citation');
  await expectAccessible('keyboard-07-eligibility-result');
  expectReadingOrder('eligibility result');
  await press('Enter');
  await waitForRoute(page, 'subpackages/documents/text');
  await currentPage(page).locator('.doc__cited').first().waitFor();
  await expectAccessible('keyboard-08-citation-article');
});

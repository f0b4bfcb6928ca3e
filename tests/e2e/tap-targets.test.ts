// Tap targets: every control a mother taps is at least 44×44 CSS px (WCAG 2.5.5, WeChat's
// elder-friendly guide). Inline text links inside a sentence are exempt, as WCAG allows.
import type { Browser, Page } from 'playwright-core';
import { addDaysIso, launch, newPhone, openPage, seedProfile, shanghaiToday } from './helpers';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const ROUTES = [
  '/pages/index/index',
  '/pages/checks/index',
  '/pages/packages/index',
  '/pages/me/index',
  '/subpackages/check/index?no=2',
  '/subpackages/quota/index',
  '/subpackages/estimate/index',
  '/subpackages/eligibility/index',
  '/subpackages/newborn/index',
  '/subpackages/privacy/index',
  '/profile/edit/index',
  '/subpackages/allowance/index',
  '/subpackages/subsidy/index',
  // after the birth (a Hunan employee, born 20 days ago): home's dated list with its ticks, the whole list
  '/pages/index/index?after=birth',
  '/subpackages/after-birth/index?after=birth',
];

test.each(ROUTES)('%s: every control is at least 44×44 px', async (route) => {
  ({ page } = await newPhone(browser));
  const today = shanghaiToday();
  await seedProfile(
    page,
    route.endsWith('after=birth')
      ? { region: '430000', insurance: 'employee', stage: 'postpartum', birthDate: addDaysIso(today, -20) }
      : { region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: addDaysIso(today, -100) } },
  );
  const current = await openPage(page, route);
  await page.waitForTimeout(300);
  const { measured, small } = await current.evaluate((root) => {
    const selector = 'taro-button-core, button, input:not([type=hidden]), textarea, select, [role=button], [role=radio], [role=switch], [role=checkbox], [role=link], a[href]';
    const out: string[] = [];
    let count = 0;
    for (const el of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue; // hidden
      const style = window.getComputedStyle(el);
      if (style.display === 'inline') continue; // a link inside a sentence
      count += 1;
      // A control inside a larger labelled target counts by the target.
      const target = el.closest('label, [role=radio], [role=checkbox], [role=switch]') ?? el;
      const t = target.getBoundingClientRect();
      if (Math.round(t.height) < 44 || Math.round(t.width) < 44) {
        out.push(`${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 20)}" ${Math.round(t.width)}×${Math.round(t.height)}`);
      }
    }
    return { measured: count, small: out };
  });
  await page.context().close();
  expect(measured).toBeGreaterThan(0);
  expect(small).toEqual([]);
});

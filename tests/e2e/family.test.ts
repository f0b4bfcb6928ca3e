// 替家人查询 and 政策原文 in the browser (issue 17, points 5 and 6): from the first screen, without
// consent, a family member finishes 资格自查 and the phone keeps nothing (no localStorage, no
// sessionStorage, no cookie); the policy documents open from there too, and a citation opens its
// article, highlighted and scrolled into view.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import path from 'node:path';
import { ARTIFACTS, currentPage, describeViolations, launch, newPhone, openPage, runAxe, screenshot, waitForRoute } from './helpers';

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

const kept = async () => ({
  local: await page.evaluate(() => Object.keys(window.localStorage)),
  session: await page.evaluate(() => Object.keys(window.sessionStorage)),
  cookies: (await context.cookies()).map((c) => c.name),
});

const radio = (name: RegExp) => currentPage(page).getByRole('radio', { name });
const button = (name: string) => currentPage(page).getByRole('button', { name, exact: true });

test('替家人查询: 资格自查 from the first screen, without consent, and nothing is kept on the phone', async () => {
  await openPage(page, 'profile/onboarding/index');
  const family = currentPage(page).getByRole('link', { name: /^生育医保待遇自查/ });
  await family.waitFor();
  await expectAccessible('family-01-first-screen');
  await family.click();
  await waitForRoute(page, 'subpackages/eligibility/index');
  await currentPage(page).getByText('这次查询不需要同意，回答不会保存在这台手机上。').waitFor();
  await expectAccessible('family-02-wizard');
  await radio(/^温州市/).click();
  await button('下一步').click();
  await radio(/^职工医保/).click();
  await radio(/^不清楚/).click();
  await button('下一步').click();
  await radio(/^已分娩/).click();
  await currentPage(page).locator('input#elig-date').fill('2026-11-20');
  await button('查看结果').click();
  await currentPage(page).getByRole('list', { name: '可以享受的待遇' }).waitFor();
  expect(await currentPage(page).getByRole('listitem').count()).toBe(8);
  await expectAccessible('family-03-result');
  expect(await kept()).toEqual({ local: [], session: [], cookies: [] });

  // back to the first screen, where she started
  await currentPage(page).getByRole('link', { name: '返回上一页' }).click();
  await waitForRoute(page, 'profile/onboarding/index');
  await currentPage(page).getByRole('checkbox', { name: /本机保存/ }).waitFor();
  expect(await kept()).toEqual({ local: [], session: [], cookies: [] });
});

test('政策文件 from the first screen; a document opens its text; a citation opens its article, highlighted and in view', async () => {
  await openPage(page, 'profile/onboarding/index');
  await currentPage(page).getByRole('link', { name: /^政策文件/ }).click();
  await waitForRoute(page, 'subpackages/documents/index');
  await expectAccessible('documents-01-list');
  await currentPage(page).getByRole('link', { name: '阅读 JL-2024 原文 ›' }).click();
  await waitForRoute(page, 'subpackages/documents/text');
  await currentPage(page).getByText('七、有关要求').waitFor();
  await expectAccessible('documents-02-text');
  await currentPage(page).getByRole('link', { name: '返回上一页' }).click();
  await waitForRoute(page, 'subpackages/documents/index');
  await currentPage(page).getByRole('link', { name: 'GOV-2024-38 内容摘要 ›' }).click();
  await waitForRoute(page, 'subpackages/documents/text');
  await currentPage(page).getByText('内容摘要').waitFor();
  await expectAccessible('documents-03-reference-summary');
  expect(await kept()).toEqual({ local: [], session: [], cookies: [] });
});

test('a citation on a result opens the document at its article, highlighted and scrolled into view', async () => {
  await openPage(page, 'subpackages/eligibility/index?region=430400&insurance=resident&stage=pregnant&deliveryDate=2026-10-12');
  const citation = currentPage(page).getByRole('link', { name: '依据 HY-2025-8 二(一)，查看政策原文', exact: true }).first();
  await citation.click();
  await waitForRoute(page, 'subpackages/documents/text');
  const cited = currentPage(page).getByRole('region', { name: '依据的条款 二(一)', exact: true });
  await cited.waitFor();
  expect(await cited.textContent()).toMatch(/^（一）全面推行“分娩基本医疗费用零自付”/);
  // scrolled to: the highlighted article is on screen, not the top of the document
  await page.waitForFunction(() => {
    const el = document.querySelector('.taro_page_stationed #docs-cited-first');
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight / 2;
  });
  await page.screenshot({ path: path.join(ARTIFACTS, 'documents-04-citation-in-view.png') });
  expect(describeViolations(await runAxe(page))).toBe('');
});

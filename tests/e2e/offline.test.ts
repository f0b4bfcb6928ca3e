// Issue 7, point 6, in the browser: the production H5 build served by this test's OWN API child
// process, which is stopped mid-session. The app is served by the server it talks to, so every
// page's chunk is loaded while the server is up (each page visited once), and after the stop the
// app is only navigated in-app (hash routes, no reload). With the server stopped: home, 产检 and
// the estimate still compute from the bundled engine and say so; the newborn enrollment fails with
// a clear message, the typed form stays; the server restarted on the same port and database, the
// retry gives the result page and the list shows exactly one record. Screenshots: offline-*.png.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serverArgs } from '../../scripts/lib/server-build.mjs';
import { addDaysIso, currentPage, launch, newPhone, screenshot, seedProfile, shanghaiToday, waitForRoute } from './helpers';

const root = path.resolve(__dirname, '..', '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yunbao-offline-'));
const databasePath = path.join(dataDir, 'offline.sqlite');
let port = 0;
let base = '';
let api: ChildProcess | null = null;

let browser: Browser;
let context: BrowserContext;
let page: Page;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const p = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(p));
    });
  });

async function startApi(): Promise<void> {
  api = spawn(process.execPath, serverArgs(root), {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: databasePath,
      STATIC_ROOT: path.join(root, 'dist', 'h5'),
      RATE_LIMIT_PER_MINUTE: '0',
      WECHAT_APPID: '',
      WECHAT_SECRET: '',
    },
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the API did not answer /api/v1/health within 30 s');
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function stopApi(): Promise<void> {
  const child = api;
  api = null;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

beforeAll(async () => {
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  await startApi();
  browser = await launch();
  ({ context, page } = await newPhone(browser));
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stopApi();
  rmSync(dataDir, { recursive: true, force: true });
});

const today = shanghaiToday();
const OFFLINE = '离线计算，结果来自内置政策';

const visible = (text: string | RegExp) => currentPage(page).getByText(text).first();

/** In-app navigation: a hash change, never a reload (there is no server to reload from). */
async function goInApp(route: string) {
  await page.evaluate((r) => {
    window.location.hash = `#/${r}`;
  }, route);
  await waitForRoute(page, route);
}

test('server stopped: home, 产检 and the estimate compute from the engine and say so; enrollment fails clearly, keeps the form, and the retry after a restart makes one record', async () => {
  const lmp = addDaysIso(today, -100);
  const birth = addDaysIso(today, -5);
  await seedProfile(page, { region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: lmp } });

  // Server up: home, then each page once so its chunk is in the document.
  await page.goto(`${base}/#/pages/index/index`);
  await waitForRoute(page, 'pages/index/index');
  await visible(/孕\d+周/).waitFor();
  for (const route of ['subpackages/check/index?no=1', 'subpackages/estimate/index', 'subpackages/newborn/list', 'subpackages/newborn/index', 'pages/checks/index']) {
    await goInApp(route);
  }
  await goInApp('pages/index/index');
  expect(await page.evaluate(() => document.body.textContent ?? '')).not.toContain(OFFLINE);

  // The server goes away.
  await stopApi();
  await expect(fetch(`${base}/api/v1/health`)).rejects.toThrow();

  // 产检: the twelve checks; marking the first one done recomputes the timeline and the quota.
  await goInApp('pages/checks/index');
  const timeline = currentPage(page).getByRole('list', { name: '十二次产检' });
  await timeline.waitFor();
  expect(await timeline.getByRole('listitem').count()).toBe(12);
  await goInApp('subpackages/check/index?no=1');
  await currentPage(page).locator('input#check-amount').fill('356.50');
  await visible('保存记录').click();
  await visible(/已完成：/).waitFor();
  await visible(OFFLINE).waitFor();
  await screenshot(page, 'offline-1-check-done');
  // no quota (a Hengyang resident): the claim shows the one amount she entered
  const claim = currentPage(page).getByRole('heading', { name: '这次的报销' }).locator('..');
  await claim.getByText('这次产检的费用', { exact: true }).waitFor();
  expect(await claim.textContent()).toContain('¥356.50');
  await goInApp('pages/checks/index');
  await visible(OFFLINE).waitFor();
  await screenshot(page, 'offline-2-checks');

  // Home: the week and the due date from the engine, marked offline.
  await goInApp('pages/index/index');
  await visible(/孕\d+周\+\d天/).waitFor();
  await visible(/· 离线/).waitFor();
  await visible(OFFLINE).waitFor();
  await screenshot(page, 'offline-3-home');

  // The estimate: typed costs → self pay, from the engine.
  await goInApp('subpackages/estimate/index');
  const cp = () => currentPage(page);
  await cp().getByRole('radiogroup', { name: '医院是医保定点医疗机构吗？' }).getByRole('radio', { name: /^是/ }).click();
  await cp().getByRole('radiogroup', { name: '医院有产科吗？' }).getByRole('radio', { name: /^是/ }).click();
  await cp().getByRole('radiogroup', { name: '这家医院参加了衡阳「分娩基本医疗费用零自付」吗？' }).getByRole('radio', { name: /^没有参加/ }).click();
  await cp().locator('input#cost-inScope').fill('4200');
  await cp().locator('input#cost-outOfScope').fill('300');
  // outside the scheme: ordinary inpatient rules, with her own deductible and ratio
  await cp().locator('input#ordinary-deductible').fill('0');
  await cp().locator('input#ordinary-ratio').fill('70');
  await visible(OFFLINE).waitFor();
  // 4200 × 30% + 300 outside the list
  await cp().locator('.est-result__self', { hasText: '¥1,560.00' }).waitFor();
  // what she typed is kept on the device
  expect(await page.evaluate(() => window.localStorage.getItem('yunbao-state'))).toContain('4200');
  await screenshot(page, 'offline-4-estimate');

  // The newborn enrollment: a full valid form, submitted without a server.
  await goInApp('subpackages/newborn/index');
  await visible('宝宝的信息').waitFor();
  await cp().locator('input#nb-certificate').fill('R430123456');
  await cp().locator('input#nb-baby-name').fill('张小满');
  await cp().getByRole('radio', { name: '女' }).click();
  await cp().locator('input#nb-birth-date').fill(birth);
  await cp().locator('input#nb-guardian-name').fill('李华');
  await cp().locator('input#nb-guardian-id').fill('430421199203150047');
  await cp().getByRole('switch', { name: '父母一方在湖南参加了基本医疗保险' }).click();
  await visible('提交登记').click();
  await visible('没有提交成功').waitFor();
  const alert = cp().getByRole('alert').first();
  expect(await alert.textContent()).toContain('您填写的内容已保留，可放心重试，不会重复登记');
  await visible('重试提交').waitFor();
  expect(await cp().locator('input#nb-certificate').inputValue()).toBe('R430123456');
  expect(await cp().locator('input#nb-baby-name').inputValue()).toBe('张小满');
  expect(await cp().locator('input#nb-birth-date').inputValue()).toBe(birth);
  expect(await cp().locator('input#nb-guardian-name').inputValue()).toBe('李华');
  expect(await cp().locator('input#nb-guardian-id').inputValue()).toBe('430421199203150047');
  await screenshot(page, 'offline-5-newborn-failed');

  // The server is back on the same port and database: the retry makes the record.
  await startApi();
  await visible('重试提交').click();
  await visible('已登记，尚需到医保部门办理').waitFor();
  await screenshot(page, 'offline-6-newborn-result');
  await visible('查看我的全部登记').click();
  await waitForRoute(page, 'subpackages/newborn/list');
  const items = cp().getByRole('list', { name: '新生儿参保登记' }).getByRole('listitem');
  await items.first().waitFor();
  expect(await items.count()).toBe(1);
  expect(await cp().getByRole('list', { name: '新生儿参保登记' }).textContent()).toContain('张小满（女）');
  await screenshot(page, 'offline-7-newborn-list');
});

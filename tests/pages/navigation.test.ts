// src/utils/navigation.ts decides how a page is reached under WeChat's rules; the weapp double
// (tests/weapp/walk.test.ts) follows every link with it. Here: each rule on a model stack.
import fs from 'node:fs';
import path from 'node:path';
import Taro from '@tarojs/taro';
import { MAX_PAGE_STACK, TAB_PAGES, goBack, openPage, replacePage, restartAt } from '../../src/utils/navigation';

type Call = [api: string, arg: Record<string, unknown>];
const mockCalls: Call[] = [];
let mockStack: { route: string; options: Record<string, string> }[] = [];
let mockRefuse: string | null = null;

jest.mock('@tarojs/taro', () => {
  const api = (name: string) => (arg: Record<string, unknown>) => {
    mockCalls.push([name, arg]);
    return mockRefuse === name ? Promise.reject({ errMsg: `${name}:fail refused` }) : Promise.resolve({ errMsg: `${name}:ok` });
  };
  return {
    __esModule: true,
    default: {
      getCurrentPages: () => mockStack,
      navigateTo: api('navigateTo'),
      redirectTo: api('redirectTo'),
      switchTab: api('switchTab'),
      navigateBack: api('navigateBack'),
      reLaunch: api('reLaunch'),
    },
  };
});

const page = (route: string, options: Record<string, string> = {}) => ({ route, options });
beforeEach(() => {
  mockCalls.length = 0;
  mockStack = [page('pages/checks/index')];
  mockRefuse = null;
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

test('a tab page opens with switchTab, its query dropped', async () => {
  expect(await openPage('/pages/packages/index?from=home')).toBe(true);
  expect(mockCalls).toEqual([['switchTab', { url: '/pages/packages/index' }]]);
});

test('a new page opens on top with navigateTo', async () => {
  await openPage('/subpackages/check/index?no=3');
  expect(mockCalls).toEqual([['navigateTo', { url: '/subpackages/check/index?no=3' }]]);
});

test('a page already open (same route and query) is gone back to', async () => {
  mockStack = [page('pages/checks/index'), page('subpackages/check/index', { no: '1', $taroTimestamp: '1' }), page('subpackages/quota/index')];
  await openPage('/subpackages/check/index?no=1');
  expect(mockCalls).toEqual([['navigateBack', { delta: 1 }]]);
  mockCalls.length = 0;
  await openPage('/subpackages/check/index?no=2');
  expect(mockCalls).toEqual([['navigateTo', { url: '/subpackages/check/index?no=2' }]]);
});

test('the page on top is not opened again', async () => {
  mockStack = [page('pages/checks/index'), page('subpackages/quota/index')];
  expect(await openPage('/subpackages/quota/index')).toBe(true);
  expect(mockCalls).toEqual([]);
});

test('a query is compared decoded (WeChat hands options over as written)', async () => {
  mockStack = [page('pages/index/index'), page('subpackages/documents/index', { id: 'HY-2025-8' }), page('subpackages/privacy/index')];
  await openPage(`/subpackages/documents/index?id=${encodeURIComponent('HY-2025-8')}`);
  expect(mockCalls).toEqual([['navigateBack', { delta: 1 }]]);
});

test(`with ${MAX_PAGE_STACK} pages open the top one is replaced`, async () => {
  mockStack = Array.from({ length: MAX_PAGE_STACK }, (_, i) => page('subpackages/documents/index', { n: String(i) }));
  await openPage('/subpackages/privacy/index');
  expect(mockCalls).toEqual([['redirectTo', { url: '/subpackages/privacy/index' }]]);
});

test('a refused navigateTo is retried as redirectTo, and nothing rejects', async () => {
  mockRefuse = 'navigateTo';
  await expect(openPage('/subpackages/privacy/index')).resolves.toBe(true);
  expect(mockCalls.map((c) => c[0])).toEqual(['navigateTo', 'redirectTo']);
  mockRefuse = 'switchTab';
  await expect(openPage('/pages/me/index')).resolves.toBe(false);
  mockRefuse = 'reLaunch';
  await expect(restartAt('/profile/onboarding/index')).resolves.toBe(false);
});

test('replacePage redirects, unless the page is already open', async () => {
  mockStack = [page('pages/checks/index'), page('subpackages/check/index', { no: '3' })];
  await replacePage('/subpackages/check/index?no=4');
  expect(mockCalls).toEqual([['redirectTo', { url: '/subpackages/check/index?no=4' }]]);
});

test('goBack from the only page goes to the home tab', async () => {
  mockStack = [page('profile/edit/index')];
  await goBack();
  expect(mockCalls).toEqual([['switchTab', { url: '/pages/index/index' }]]);
  mockCalls.length = 0;
  mockStack = [page('pages/me/index'), page('profile/edit/index')];
  await goBack();
  expect(mockCalls).toEqual([['navigateBack', { delta: 1 }]]);
});

test('TAB_PAGES are the tab bar of src/app.config.ts', () => {
  const source = fs.readFileSync(path.join(__dirname, '../../src/app.config.ts'), 'utf8');
  const tabBar = source.slice(source.indexOf('tabBar'));
  expect([...tabBar.matchAll(/pagePath: '([^']+)'/g)].map((m) => m[1])).toEqual([...TAB_PAGES]);
  expect(Taro.getCurrentPages).toBeDefined();
});

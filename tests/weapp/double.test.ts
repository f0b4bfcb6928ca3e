// The double itself: where it claims to behave like WeChat, it does (or is stricter). These
// are the rules the journeys lean on, checked through the same `wx` the app calls.
import { setImmediate } from 'node:timers';
import { newDevice } from './double/device';
import { WX_MAX_CONCURRENT_REQUESTS, type Upstream, type UpstreamAnswer, type UpstreamRequest } from './double/network';
import { STORAGE_KEY_LIMIT_BYTES } from './double/storage';
import { MAX_PAGE_STACK, WechatDouble } from './double/wechat';
import { PREGNANT_IN_HENGYANG, START, seededDevice } from './harness';

type Result = { ok: boolean; res: Record<string, unknown> };

/** Calls wx[api] inside the app's realm and waits for its success or fail. */
async function wxCall(wx: WechatDouble, api: string, options: Record<string, unknown> = {}): Promise<Result> {
  const target = (wx.realm.evaluate('wx') as Record<string, (o: unknown) => unknown>)[api]!;
  let result: Result | null = null;
  target({ ...options, success: (res: Record<string, unknown>) => (result = { ok: true, res }), fail: (res: Record<string, unknown>) => (result = { ok: false, res }) });
  await wx.settle();
  if (!result) throw new Error(`${api}: neither success nor fail was called`);
  return result;
}

/** An upstream under the test's control: answers from `reply`, or never when it returns null. */
function testUpstream(reply: (r: UpstreamRequest) => UpstreamAnswer | null) {
  const seen: UpstreamRequest[] = [];
  const pending: (() => void)[] = [];
  let inFlight = 0;
  let peak = 0;
  const upstream: Upstream = {
    origin: 'https://double.test',
    mayHang: true,
    send(request) {
      seen.push(request);
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      const answer = reply(request);
      return new Promise<UpstreamAnswer>((resolve) => {
        const done = () => {
          inFlight -= 1;
          resolve(answer ?? { status: 200, headers: {}, body: Buffer.from('') });
        };
        if (answer) setImmediate(done);
        else pending.push(done);
      });
    },
  };
  return { upstream, seen, release: () => pending.splice(0).forEach((f) => f()), peak: () => peak };
}

const json = (status: number, body: unknown): UpstreamAnswer => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: Buffer.from(JSON.stringify(body)) });

let wx: WechatDouble;
let test$: ReturnType<typeof testUpstream>;
beforeEach(async () => {
  test$ = testUpstream((r) => (r.path.startsWith('/hang') ? null : json(r.path.startsWith('/missing') ? 404 : 200, { path: r.path })));
  wx = await WechatDouble.launch({ device: newDevice(), upstreams: [test$.upstream], start: START });
});
afterEach(() => {
  test$.release();
  wx.close();
});

describe('the realm is iOS 12 under WeChat', () => {
  test.each(['Object.fromEntries', 'globalThis', 'Array.prototype.at', 'Promise.allSettled', 'String.prototype.replaceAll', 'structuredClone'])('%s is missing', (name) => {
    expect(wx.realm.evaluate(`typeof ${name.replace(/^globalThis$/, 'this.globalThis')}`)).toBe('undefined');
  });

  test('no code from strings, except new Function("return this")', () => {
    expect(() => wx.realm.evaluate('eval("1")')).toThrow(/code from strings/);
    expect(() => wx.realm.evaluate('new Function("return 1")')).toThrow(/code from strings/);
    expect(wx.realm.evaluate('new Function("return this")() === this')).toBe(true);
  });

  test('no Node or browser globals; Date is the double clock', async () => {
    expect(wx.realm.evaluate('[typeof process, typeof URL, typeof TextEncoder, typeof window, typeof document, typeof fetch].join()')).toBe(
      'undefined,undefined,undefined,undefined,undefined,undefined',
    );
    const before = wx.clock.now();
    expect(wx.realm.evaluate('Date.now()')).toBe(before);
    await wx.wait(90_000);
    expect(wx.realm.evaluate('new Date().getTime()')).toBe(before + 90_000);
  });
});

describe('storage', () => {
  test('a missing key reads as an empty string; values come back as stored', () => {
    expect(wx.realm.evaluate('wx.getStorageSync("nothing")')).toBe('');
    wx.realm.evaluate('wx.setStorageSync("k", { a: [1, "二"] })');
    expect(wx.realm.evaluate('JSON.stringify(wx.getStorageSync("k"))')).toBe('{"a":[1,"二"]}');
  });

  test('one key over 1 MB throws and leaves the old value', () => {
    wx.realm.evaluate('wx.setStorageSync("big", "ok")');
    const tooBig = 'x'.repeat(STORAGE_KEY_LIMIT_BYTES);
    expect(() => (wx.realm.evaluate('wx') as { setStorageSync(k: string, v: string): void }).setStorageSync('big', tooBig)).toThrow('setStorageSync:fail:entry size limit reached');
    expect(wx.realm.evaluate('wx.getStorageSync("big")')).toBe('ok');
  });

  test('past 10 MB in all, a write throws', () => {
    const set = (wx.realm.evaluate('wx') as { setStorageSync(k: string, v: string): void }).setStorageSync;
    const chunk = 'x'.repeat(1000 * 1000);
    for (let i = 0; i < 10; i++) set(`k${i}`, chunk);
    expect(() => set('k10', chunk)).toThrow('setStorageSync:fail:exceed storage max size 10MB');
  });
});

describe('wx.request', () => {
  test('content-type json on every request, a DELETE without data included; GET data becomes the query', async () => {
    await wxCall(wx, 'request', { url: 'https://double.test/me', method: 'DELETE' });
    await wxCall(wx, 'request', { url: 'https://double.test/items', data: { stage: 'pregnant', weeks: 10 } });
    await wxCall(wx, 'request', { url: 'https://double.test/items', method: 'POST', data: { a: 1 } });
    expect(test$.seen.map((r) => [r.method, r.path, r.headers['content-type'], r.body?.toString() ?? null])).toEqual([
      ['DELETE', '/me', 'application/json', null],
      ['GET', '/items?stage=pregnant&weeks=10', 'application/json', null],
      ['POST', '/items', 'application/json', '{"a":1}'],
    ]);
  });

  test('success for every status; dataType json parses the body; headers in canonical case', async () => {
    const r = await wxCall(wx, 'request', { url: 'https://double.test/missing' });
    expect(r.ok).toBe(true);
    expect(r.res).toMatchObject({ statusCode: 404, data: { path: '/missing' }, header: { 'Content-Type': 'application/json; charset=utf-8' } });
    const text = await wxCall(wx, 'request', { url: 'https://double.test/x', dataType: 'text' });
    expect(text.res.data).toBe('{"path":"/x"}');
  });

  test('60 s timeout by default and at most; the late answer is dropped', async () => {
    const results: string[] = [];
    const w = wx.realm.evaluate('wx') as { request(o: unknown): void };
    w.request({ url: 'https://double.test/hang', success: () => results.push('late success'), fail: (e: { errMsg: string }) => results.push(`default ${e.errMsg}`) });
    w.request({ url: 'https://double.test/hang', timeout: 600_000, fail: (e: { errMsg: string }) => results.push(`asked 600 s ${e.errMsg}`) });
    await wx.wait(59_999);
    expect(results).toEqual([]);
    await wx.wait(1);
    expect(results).toEqual(['default request:fail timeout', 'asked 600 s request:fail timeout']);
    test$.release();
    await wx.settle();
    expect(results).toHaveLength(2);
  });

  test(`at most ${WX_MAX_CONCURRENT_REQUESTS} at once; the rest wait their turn`, async () => {
    const w = wx.realm.evaluate('wx') as { request(o: unknown): void };
    let done = 0;
    for (let i = 0; i < 15; i++) w.request({ url: `https://double.test/hang/${i}`, complete: () => (done += 1) });
    await wx.settle(0);
    expect(test$.seen).toHaveLength(WX_MAX_CONCURRENT_REQUESTS);
    test$.release();
    await wx.settle(0);
    test$.release();
    await wx.settle(0);
    expect({ sent: test$.seen.length, done, peak: test$.peak() }).toEqual({ sent: 15, done: 15, peak: WX_MAX_CONCURRENT_REQUESTS });
  });

  test('https and registered domains only', async () => {
    expect((await wxCall(wx, 'request', { url: 'http://double.test/x' })).res.errMsg).toMatch(/^request:fail url not in domain list/);
    expect((await wxCall(wx, 'request', { url: 'https://elsewhere.test/x' })).res.errMsg).toMatch(/^request:fail url not in domain list/);
  });
});

describe('the page stack', () => {
  test(`${MAX_PAGE_STACK} pages at most: the next navigateTo fails with WeChat's message`, async () => {
    await wxCall(wx, 'reLaunch', { url: '/subpackages/documents/index' });
    for (let i = 1; i < MAX_PAGE_STACK; i++) expect((await wxCall(wx, 'navigateTo', { url: `/subpackages/documents/index?n=${i}` })).ok).toBe(true);
    expect(wx.stack).toHaveLength(MAX_PAGE_STACK);
    expect(await wxCall(wx, 'navigateTo', { url: '/subpackages/privacy/index' })).toEqual({ ok: false, res: { errMsg: 'navigateTo:fail webview count limit exceed' } });
    expect(wx.stack).toHaveLength(MAX_PAGE_STACK);
  });

  test('tab pages: only switchTab, without a query; switchTab closes the pages above', async () => {
    wx.close();
    // Tab pages need a profile (without one they send her to onboarding).
    wx = await WechatDouble.launch({ device: seededDevice(PREGNANT_IN_HENGYANG), upstreams: [test$.upstream], start: START });
    await wxCall(wx, 'reLaunch', { url: '/pages/me/index' });
    expect((await wxCall(wx, 'navigateTo', { url: '/pages/checks/index' })).res.errMsg).toBe('navigateTo:fail can not navigateTo a tabbar page');
    expect((await wxCall(wx, 'redirectTo', { url: '/pages/checks/index' })).res.errMsg).toBe('redirectTo:fail can not redirectTo a tabbar page');
    expect((await wxCall(wx, 'switchTab', { url: '/pages/checks/index?x=1' })).ok).toBe(false);
    expect((await wxCall(wx, 'switchTab', { url: '/subpackages/privacy/index' })).ok).toBe(false);
    await wxCall(wx, 'navigateTo', { url: '/subpackages/privacy/index' });
    expect((await wxCall(wx, 'switchTab', { url: '/pages/checks/index' })).ok).toBe(true);
    expect(wx.stack.map((p) => p.route)).toEqual(['pages/checks/index']);
    expect((await wxCall(wx, 'navigateBack')).res.errMsg).toBe('navigateBack:fail cannot navigate back at first page.');
  });

  test('onLoad receives the query as written (WeChat does not percent-decode it)', async () => {
    await wxCall(wx, 'reLaunch', { url: '/subpackages/documents/index?id=HY%2D1&x=a%20b' });
    expect(wx.page.query).toEqual({ id: 'HY%2D1', x: 'a%20b' });
  });
});

test('privacy: the first privacy API asks (and the answer is remembered); a refusal fails the call', async () => {
  const refused = await WechatDouble.launch({ device: newDevice({ answers: { privacy: 'disagree', calendar: 'allow', modal: 'confirm' } }), upstreams: [], start: START });
  expect((await wxCall(refused, 'requirePrivacyAuthorize')).res).toMatchObject({ errno: 104 });
  refused.close();
  expect((await wxCall(wx, 'setClipboardData', { data: '复制的内容' })).ok).toBe(true);
  expect((await wxCall(wx, 'setClipboardData', { data: '第二次' })).ok).toBe(true);
  expect(wx.privacyPrompts).toEqual([{ api: 'setClipboardData', answer: 'agree' }]);
  expect(wx.clipboard).toEqual(['复制的内容', '第二次']);
});

test('addPhoneCalendar and shareFileMessage only from a tap', async () => {
  expect((await wxCall(wx, 'addPhoneCalendar', { title: 'x', startTime: 1 })).res.errMsg).toBe('addPhoneCalendar:fail can only be invoked by user TAP gesture.');
  expect((await wxCall(wx, 'shareFileMessage', { filePath: 'wxfile://usr/x.json' })).res.errMsg).toBe('shareFileMessage:fail can only be invoked by user TAP gesture.');
});

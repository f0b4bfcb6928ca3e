// Every link on every page, followed in the double: each opens its page (WeChat accepts the
// navigation), nothing throws, and the stack stays within WeChat's 10 pages. Then round trips
// (a check ↔ its quota ledger, again and again) and a long wander of random taps and backs.
import { type ApiServer } from './double/server';
import { MAX_PAGE_STACK, type WechatDouble } from './double/wechat';
import { POSTPARTUM_IN_HENGYANG, PREGNANT_IN_HENGYANG, expectHealthy, launchPhone, seededDevice, startSharedServer, type Phone, type SeedProfile } from './harness';
import { findLink, linksOf, type LinkSignature } from './links';

type Step = { tab: string } | { link: LinkSignature };

interface Edge {
  from: string;
  link: LinkSignature;
  apis: string[];
  to: string;
  depth: number;
}

// Enough to see a stack that grows with each round trip: its depth must not change after the first.
const ROUND_TRIPS = 4;

let server: ApiServer;
beforeAll(async () => {
  server = await startSharedServer();
});
afterAll(() => server.close());

// One check recorded, so the quota page lists a claim that links back to its check.
const RECORDED = { checksDone: { '1': { date: '2026-02-20', amount: 35000, inList: true, publicHealth: false } } };

const TABS = ['首页', '产检', '服务包', '我的'];

/** Fails on any navigation WeChat refused, any app error, or a stack over 10 pages. */
function expectSound(wx: WechatDouble, since: number, what: string): void {
  const refused = wx.navigation.slice(since).filter((n) => !n.ok);
  if (refused.length > 0) throw new Error(`${what}: WeChat refused ${refused.map((n) => `${n.api}(${n.url}): ${n.errMsg}`).join('; ')}`);
  expect(wx.stack.length).toBeLessThanOrEqual(MAX_PAGE_STACK);
  expectHealthy(wx);
}

/**
 * Breadth first from the four tabs: each link is tapped on a freshly reached page (the app is
 * launched again on the same phone and the path replayed). Then every pair of pages that link
 * to each other is gone back and forth ROUND_TRIPS times from where the walk first met them.
 */
async function walk(profile: SeedProfile, rest: object): Promise<{ edges: Edge[]; maxDepth: number; roundTrips: number }> {
  const phone: Phone = await launchPhone({ server, device: seededDevice(profile, rest) });
  const arrive = async (path: Step[]) => {
    const wx = await phone.relaunch();
    for (const step of path) {
      if ('tab' in step) await wx.tapTab(step.tab);
      else await wx.tap(findLink(wx.page, step.link));
    }
    return wx;
  };
  const edges: Edge[] = [];
  const pathTo = new Map<string, Step[]>();
  const queue: Step[][] = TABS.map((tab) => [{ tab }]);
  let maxDepth = 0;
  let roundTrips = 0;
  try {
    while (queue.length > 0) {
      const path = queue.shift()!;
      const here = await arrive(path);
      const from = here.page.url;
      if (pathTo.has(from)) continue;
      pathTo.set(from, path);
      for (const { signature } of linksOf(here.page)) {
        const wx = await arrive(path);
        const since = wx.navigation.length;
        await wx.tap(findLink(wx.page, signature));
        const what = `${from} → "${signature.text}"`;
        expectSound(wx, since, what);
        const apis = wx.navigation.slice(since).map((n) => n.api);
        if (apis.length === 0) continue; // not a link: it changed the page in place
        maxDepth = Math.max(maxDepth, wx.maxStackDepth);
        edges.push({ from, link: signature, apis, to: wx.page.url, depth: wx.stack.length });
        if (!pathTo.has(wx.page.url)) queue.push([...path, { link: signature }]);
      }
    }
    const paired = new Set<string>();
    for (const there of edges) {
      const back = edges.find((e) => e.from === there.to && e.to === there.from);
      const pair = [there.from, there.to].sort().join(' ⇄ ');
      if (!back || there.from === there.to || paired.has(pair)) continue;
      paired.add(pair);
      const wx = await arrive(pathTo.get(there.from)!);
      let depth = 0;
      for (let i = 1; i <= ROUND_TRIPS; i++) {
        const since = wx.navigation.length;
        await wx.tap(findLink(wx.page, there.link));
        expectSound(wx, since, `${there.from} → ${there.to}, round trip ${i}`);
        await wx.tap(findLink(wx.page, back.link));
        expectSound(wx, since, `${there.to} → ${there.from}, round trip ${i}`);
        expect(wx.page.url).toBe(there.from);
        if (i === 1) depth = wx.stack.length;
        else expect(`${there.from} ⇄ ${there.to}: ${wx.stack.length} pages after round trip ${i}`).toBe(`${there.from} ⇄ ${there.to}: ${depth} pages after round trip ${i}`);
      }
      maxDepth = Math.max(maxDepth, wx.maxStackDepth);
      roundTrips += 1;
    }
  } finally {
    await phone.close();
  }
  return { edges, maxDepth, roundTrips };
}

test('pregnant: every link on every page opens its page within the stack limit', async () => {
  const { edges, maxDepth, roundTrips } = await walk(PREGNANT_IN_HENGYANG, RECORDED);
  const pages = new Set(edges.flatMap((e) => [e.from, e.to].map((u) => u.split('?')[0])));
  expect([...pages].sort()).toEqual(
    expect.arrayContaining(['/pages/checks/index', '/pages/index/index', '/pages/me/index', '/pages/packages/index', '/subpackages/check/index', '/subpackages/documents/index', '/subpackages/quota/index', '/subpackages/estimate/index', '/subpackages/eligibility/index', '/subpackages/privacy/index', '/profile/edit/index']),
  );
  expect(edges.length).toBeGreaterThan(30);
  expect(maxDepth).toBeLessThanOrEqual(MAX_PAGE_STACK);
  expect(roundTrips).toBeGreaterThan(0);
  console.log(`pregnant walk: ${edges.length} links on ${pages.size} pages, ${roundTrips} pairs gone back and forth ${ROUND_TRIPS}×, deepest stack ${maxDepth}`);
});

test('after the birth: every link on every page, the newborn pages included', async () => {
  const { edges, maxDepth, roundTrips } = await walk(POSTPARTUM_IN_HENGYANG, {});
  const pages = new Set(edges.flatMap((e) => [e.from, e.to].map((u) => u.split('?')[0])));
  expect([...pages]).toEqual(expect.arrayContaining(['/subpackages/newborn/index', '/subpackages/newborn/list']));
  expect(maxDepth).toBeLessThanOrEqual(MAX_PAGE_STACK);
  console.log(`postpartum walk: ${edges.length} links on ${pages.size} pages, ${roundTrips} pairs gone back and forth ${ROUND_TRIPS}×, deepest stack ${maxDepth}`);
});

test('round trips: a check and its quota ledger, twenty times over, never pile up', async () => {
  const phone = await launchPhone({ server, device: seededDevice(PREGNANT_IN_HENGYANG, RECORDED) });
  try {
    const { wx } = phone;
    await wx.tapTab('产检');
    await wx.tap('第一次产检');
    const start = wx.stack.length;
    for (let i = 1; i <= 20; i++) {
      const since = wx.navigation.length;
      await wx.tap('查看产检费用记录');
      expectSound(wx, since, `round trip ${i}, to the ledger`);
      expect(wx.page.route).toBe('subpackages/quota/index');
      await wx.tap(/^第一次产检/);
      expectSound(wx, since, `round trip ${i}, back to the check`);
      expect(wx.page.url).toBe('/subpackages/check/index?no=1');
    }
    expect(wx.stack.length).toBeLessThanOrEqual(start + 1);
  } finally {
    await phone.close();
  }
});

/** A small deterministic PRNG (mulberry32), so a failing wander can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('a wander of 150 random links, backs and tab taps stays within the stack limit', async () => {
  const seed = 20260311;
  const next = random(seed);
  const phone = await launchPhone({ server, device: seededDevice(PREGNANT_IN_HENGYANG, RECORDED) });
  const trail: string[] = [];
  try {
    const { wx } = phone;
    for (let step = 0; step < 150; step++) {
      const since = wx.navigation.length;
      const roll = next();
      const links = linksOf(wx.page);
      if (roll < 0.05 && wx.stack.length > 1) {
        trail.push('back');
        await wx.back();
      } else if (roll < 0.1 || links.length === 0) {
        const tab = TABS[Math.floor(next() * TABS.length)]!;
        trail.push(`tab ${tab}`);
        await wx.tapTab(tab);
      } else {
        const link = links[Math.floor(next() * links.length)]!;
        trail.push(`${wx.page.url} "${link.signature.text}"`);
        await wx.tap(link.located);
      }
      expectSound(wx, since, `wander (seed ${seed}) step ${step + 1}: ${trail.slice(-6).join(' → ')}`);
    }
    console.log(`wander: 150 steps, deepest stack ${wx.maxStackDepth}`);
  } finally {
    await phone.close();
  }
});

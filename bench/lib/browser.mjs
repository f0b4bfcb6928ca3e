// Chromium (Debian's, through playwright-core) at 390×844, one new context per load (cold HTTP
// cache, empty storage), optional CPU throttling through CDP. The time to "shown" is measured in
// the page: performance.now() (ms since navigation start) in the animation frame after the week
// label (孕N周+N天) is in the DOM and visible, i.e. the frame that paints it.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './util.mjs';

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-extensions'],
  });
}

// Runs in every document before its scripts (addInitScript). No closures over Node values.
function detector(arg) {
  const re = new RegExp(arg.pattern);
  const w = window;
  w.__bench = { shown: null, resources: null };
  if (arg.seedKey) {
    try {
      localStorage.setItem(arg.seedKey, arg.seedValue);
    } catch {
      // storage unavailable: the page shows onboarding and the load times out
    }
  }
  let polling = false;
  const visibleMatch = () => {
    const body = document.body;
    if (!body || !re.test(body.textContent || '')) return null;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode(); el; el = walker.nextNode()) {
      if (!re.test(el.textContent || '')) continue;
      let deeper = false;
      for (const c of el.children) if (re.test(c.textContent || '')) deeper = true;
      if (deeper) continue;
      const r = el.getBoundingClientRect();
      const seen = typeof el.checkVisibility === 'function' ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
      if (seen && r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight) return el;
    }
    return 'hidden';
  };
  const done = () => {
    requestAnimationFrame(() => {
      if (w.__bench.shown !== null) return;
      w.__bench.shown = performance.now();
      w.__bench.resources = performance.getEntriesByType('resource').map((e) => ({ name: e.name, type: e.initiatorType, end: e.responseEnd }));
      observer.disconnect();
    });
  };
  const check = () => {
    if (w.__bench.shown !== null) return;
    const m = visibleMatch();
    if (m === null) return;
    if (m === 'hidden') {
      if (!polling) {
        polling = true;
        const poll = () => {
          const again = visibleMatch();
          if (again && again !== 'hidden') done();
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }
      return;
    }
    done();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  document.addEventListener('DOMContentLoaded', check);
}

/**
 * One cold load of `url`: new context, optional seed, optional CPU throttling.
 * Resolves {ms, resources:[{url, type, raw(bytes)}]} for the scripts/styles that had finished
 * when the label was shown (bodies taken from the recorded responses).
 */
export async function coldLoad(browser, url, { seed = null, cpuRate = 1, pattern, timeoutMs = 60_000, bodies = false } = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  try {
    await context.addInitScript(detector, { pattern: pattern.source, seedKey: seed?.key ?? null, seedValue: seed?.value ?? null });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const responses = new Map();
    if (bodies) {
      page.on('response', (res) => {
        const type = res.request().resourceType();
        if (type === 'script' || type === 'stylesheet') responses.set(res.url(), res);
      });
    }
    if (cpuRate !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    }
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    try {
      await page.waitForFunction(() => window.__bench && window.__bench.shown !== null, null, { timeout: timeoutMs, polling: 50 });
    } catch {
      const text = await page.evaluate(() => document.body?.innerText?.slice(0, 200) ?? '').catch(() => '');
      throw new Error(`week label not shown within ${timeoutMs / 1000} s at ${url}${errors.length ? `; page error: ${errors[0]}` : ''}; page text: ${JSON.stringify(text)}`);
    }
    const bench = await page.evaluate(() => window.__bench);
    const resources = [];
    if (bodies) {
      for (const r of bench.resources) {
        if (r.type !== 'script' && r.type !== 'link' && r.type !== 'css') continue;
        const res = responses.get(r.name);
        if (!res) continue;
        const body = await res.body();
        resources.push({ url: r.name, type: res.request().resourceType() === 'stylesheet' ? 'css' : 'js', raw: body.length, body });
      }
    }
    return { ms: bench.shown, resources, errors };
  } finally {
    await context.close();
  }
}

/** How much slower a fixed busy loop runs in a page: checks that the throttling took effect. */
export async function throttleFactor(browser, url, cpuRate) {
  const loop = async (rate) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (rate !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    }
    await page.goto(url, { waitUntil: 'commit' });
    const ms = await page.evaluate(() => {
      const t = performance.now();
      let x = 0;
      for (let i = 0; i < 4e7; i++) x += Math.sqrt(i);
      return performance.now() - t + (x < 0 ? 1 : 0);
    });
    await context.close();
    return ms;
  };
  const base = await loop(1);
  const slow = await loop(cpuRate);
  return slow / base;
}

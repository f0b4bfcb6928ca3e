// Every page change of the app goes through here, so WeChat's rules hold everywhere:
// - tab pages open only with switchTab (navigateTo and redirectTo fail on them), without a query;
// - a page already in the stack (same route, same query) is gone back to, not opened again, so
//   round trips (a check ↔ its quota ledger, the newborn form ↔ its list) never pile up;
// - WeChat keeps at most 10 pages: at the limit the top page is replaced instead;
// - a failed navigation never becomes an unhandled rejection: it is retried the plainer way and
//   the caller learns whether the page opened.
import Taro from '@tarojs/taro';

/** The tab bar's pages (src/app.config.ts tabBar.list; tests/pages/navigation.test.ts keeps them equal). */
export const TAB_PAGES: readonly string[] = ['pages/index/index', 'pages/checks/index', 'pages/packages/index', 'pages/me/index'];

/** WeChat's page stack limit (navigateTo beyond it fails with "webview count limit exceed"). */
export const MAX_PAGE_STACK = 10;

interface Target {
  route: string;
  query: Record<string, string>;
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

// Taro's own keys in a page's options: not part of what the page was opened with.
const INTERNAL_KEYS = new Set(['$taroTimestamp', 'stamp']);

function parseQuery(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    if (!INTERNAL_KEYS.has(key)) out[key] = decode(eq < 0 ? '' : part.slice(eq + 1));
  }
  return out;
}

function parseUrl(url: string): Target {
  const q = url.indexOf('?');
  return { route: (q < 0 ? url : url.slice(0, q)).replace(/^\/+/, ''), query: q < 0 ? {} : parseQuery(url.slice(q + 1)) };
}

interface StackPage {
  route?: string;
  path?: string;
  options?: Record<string, unknown>;
}

/** The open pages, bottom first, as route + query (WeChat: route/options; H5: path). */
function openPages(): Target[] {
  let pages: StackPage[];
  try {
    pages = (Taro.getCurrentPages() ?? []) as StackPage[];
  } catch {
    return [];
  }
  return pages.map((p) => {
    const fromPath = parseUrl(p.path ?? p.route ?? '');
    if (!p.options) return fromPath;
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries(p.options)) if (!INTERNAL_KEYS.has(k) && v !== undefined) query[k] = decode(String(v));
    return { route: (p.route ?? fromPath.route).replace(/^\/+/, ''), query };
  });
}

function sameQuery(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => b[k] === a[k]);
}

const isTab = (route: string) => TAB_PAGES.includes(route);

/** Runs one navigation; false (never a rejection) when WeChat refused it. */
async function attempt(run: () => Promise<unknown> | unknown): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (e) {
    const errMsg = typeof e === 'object' && e !== null && 'errMsg' in e ? String((e as { errMsg: unknown }).errMsg) : String(e);
    console.warn('yunbao: navigation failed', errMsg);
    return false;
  }
}

/** How to reach `target` from the current stack, or null when it is already the page on top. */
function route(target: Target, replace: boolean): (() => Promise<unknown>) | null {
  const url = `/${target.route}`;
  if (isTab(target.route)) return () => Taro.switchTab({ url });
  const pages = openPages();
  const at = pages.findIndex((p) => p.route === target.route && sameQuery(p.query, target.query));
  if (at >= 0) {
    const delta = pages.length - 1 - at;
    return delta === 0 ? null : () => Taro.navigateBack({ delta });
  }
  const full = `${url}${Object.keys(target.query).length ? `?${Object.entries(target.query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` : ''}`;
  if (replace || pages.length >= MAX_PAGE_STACK) return () => Taro.redirectTo({ url: full });
  return () => Taro.navigateTo({ url: full });
}

/**
 * Opens a page ('/subpackages/check/index?no=3'): a tab with switchTab, a page already open by
 * going back to it, otherwise on top (replacing the top page when the stack is full). Resolves
 * true once it is shown, false if it could not be opened.
 */
export async function openPage(url: string): Promise<boolean> {
  const target = parseUrl(url);
  const go = route(target, false);
  if (!go) return true;
  if (await attempt(go)) return true;
  // A stack that filled up meanwhile, or a stale view of it: replace the top page instead.
  return isTab(target.route) ? false : attempt(() => Taro.redirectTo({ url }));
}

/** Replaces the page on top (previous/next check), or goes back to the page if it is already open. */
export async function replacePage(url: string): Promise<boolean> {
  const go = route(parseUrl(url), true);
  return go ? attempt(go) : true;
}

/** Closes every page and opens `url` (first run, after deleting her data). */
export function restartAt(url: string): Promise<boolean> {
  return attempt(() => Taro.reLaunch({ url }));
}

/** Back one page; on the first page, to the home tab. */
export async function goBack(): Promise<boolean> {
  if (openPages().length > 1 && (await attempt(() => Taro.navigateBack({ delta: 1 })))) return true;
  return attempt(() => Taro.switchTab({ url: `/${TAB_PAGES[0]}` }));
}

// A WeChat double for the production build in dist/weapp: it runs app.js and the pages in an
// iOS-12-like realm (realm.ts) with the globals WeChat gives (wx, App, Page, Component, getApp,
// getCurrentPages), keeps the page stack by WeChat's rules (10 pages; tab pages only through
// switchTab, without a query), calls the lifecycles in WeChat's order, keeps each page's data
// from its setData calls (tree.ts reads what it shows and which elements bind which events), and
// records what only WeChat would show: system dialogs, calendar events, the clipboard, shares,
// privacy prompts. wx.request goes to the real API in-process (network.ts, server.ts).
//
// Where it differs from WeChat it is stricter: errors in app code fail the test instead of a
// console line; a privacy API before the privacy agreement fails; tap-only APIs outside a tap fail.
import fs from 'node:fs';
import path from 'node:path';
import { setImmediate } from 'node:timers';
import { VirtualClock } from './clock';
import { newDevice, type Device } from './device';
import { WxNetwork, type Upstream, type WxRequestOptions } from './network';
import { Realm } from './realm';
import { STORAGE_TOTAL_LIMIT_BYTES } from './storage';
import { PageTree, readTemplates, type Located, type NodeData, type Templates } from './tree';

export const WEAPP_ROOT = path.resolve(__dirname, '..', '..', '..', 'dist', 'weapp');
export const MAX_PAGE_STACK = 10;
/** setData's limit: a payload over 1 MB is refused. */
export const SET_DATA_LIMIT_BYTES = 1024 * 1024;
export const USER_DATA_PATH = 'wxfile://usr';

export interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  tabBar?: { list: { pagePath: string; text: string }[] };
  window?: Record<string, unknown>;
}

type Callbacks = { success?: (r: unknown) => void; fail?: (r: unknown) => void; complete?: (r: unknown) => void };
type Options = Callbacks & Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;
type Instance = Record<string, unknown> & { data: Record<string, unknown> };

/** A failure WeChat reports through `fail` with this errMsg. */
class WxFail extends Error {
  constructor(
    readonly errMsg: string,
    readonly errno?: number,
  ) {
    super(errMsg);
  }
}

export interface NavigationRecord {
  api: string;
  url: string;
  ok: boolean;
  errMsg?: string;
  depthAfter: number;
}

export interface SetDataRecord {
  route: string;
  at: number;
  /** process.hrtime of the call, for the bench. */
  hr: bigint;
  bytes: number;
  /** The payload as sent. */
  json: string;
}

export interface CalendarRecord {
  title: string;
  startTime: number;
  allDay: boolean;
  alarm: boolean;
  alarmOffset: number;
  description?: string;
  /** Seconds since the epoch at which the phone reminds her (null: no alarm). */
  ringsAt: number | null;
  fromTap: boolean;
}

export class Page {
  readonly tree: PageTree;
  alive = true;
  /** The page's data as the view layer has it (host copy, for reading). */
  data: Record<string, unknown>;

  constructor(
    readonly route: string,
    readonly query: Record<string, string>,
    readonly instance: Instance,
    templates: Templates,
  ) {
    this.data = JSON.parse(JSON.stringify(instance.data ?? {}));
    this.tree = new PageTree(() => this.data as { root?: NodeData }, templates);
  }

  /** Everything the page shows, as one string. */
  text(): string {
    return this.tree.text();
  }

  lines(): string[] {
    return this.tree.lines();
  }

  get url(): string {
    const q = new URLSearchParams(this.query).toString();
    return `/${this.route}${q ? `?${q}` : ''}`;
  }
}

export interface LaunchOptions {
  device?: Device;
  upstreams: Upstream[];
  /** The instant the app starts at (the double's clock). */
  start: Date;
  root?: string;
  /** First page (default: app.json's first); query as WeChat passes it. */
  path?: string;
  query?: Record<string, string>;
  /** Print the app's console to the test output. */
  verbose?: boolean;
  /** Where wx.login codes come from (the fake WeChat backend the server asks). */
  wechat?: { issue(openid: string): string };
}

function parseUrl(url: string, from: string | null): { route: string; query: Record<string, string> } {
  const [rawPath = '', rawQuery = ''] = url.split('?', 2);
  let route: string;
  if (rawPath.startsWith('/')) route = rawPath.slice(1);
  else route = path.posix.normalize(path.posix.join(path.posix.dirname(from ?? ''), rawPath));
  const query: Record<string, string> = {};
  // WeChat hands the query to onLoad as written: values are not percent-decoded.
  for (const part of rawQuery.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    query[eq < 0 ? part : part.slice(0, eq)] = eq < 0 ? '' : part.slice(eq + 1);
  }
  return { route, query };
}

export class WechatDouble {
  readonly clock: VirtualClock;
  readonly device: Device;
  readonly network: WxNetwork;
  readonly realm: Realm;
  readonly root: string;
  readonly appJson: AppJson;
  readonly templates: Templates;

  /** Uncaught errors in the app's code (WeChat: App.onError and a red console line). */
  readonly errors: string[] = [];
  /** Promises of the app rejected with nobody handling them (WeChat: App.onUnhandledRejection). */
  readonly unhandledRejections: string[] = [];
  private stopListening: (() => void) | null = null;
  readonly consoleLines: { level: string; text: string }[] = [];
  readonly navigation: NavigationRecord[] = [];
  readonly setDataLog: SetDataRecord[] = [];
  readonly calendar: CalendarRecord[] = [];
  readonly clipboard: string[] = [];
  readonly shares: { kind: 'file' | 'page'; title?: string; path?: string; fileName?: string }[] = [];
  readonly privacyPrompts: { api: string; answer: 'agree' | 'disagree' }[] = [];
  readonly permissionPrompts: { scope: string; answer: string }[] = [];
  readonly toasts: string[] = [];
  readonly modals: { title: string; content: string; answer: string }[] = [];
  readonly files = new Map<string, string>();
  readonly logins: string[] = [];
  /** process.hrtime when App() was called (bench). */
  appRegisteredHr: bigint | null = null;
  maxStackDepth = 0;

  app: Instance | null = null;
  stack: Page[] = [];
  private readonly tabPages = new Map<string, Page>();
  private readonly pageConfigs = new Map<string, Record<string, unknown>>();
  private readonly componentConfigs = new Map<string, Record<string, unknown>>();
  private loadingRoute: string | null = null;
  private loadingComponent: string | null = null;
  private inTap = false;
  private webviewIds = 0;
  private readonly verbose: boolean;

  private constructor(options: LaunchOptions) {
    this.root = options.root ?? WEAPP_ROOT;
    this.device = options.device ?? newDevice();
    this.clock = new VirtualClock(options.start);
    this.verbose = options.verbose ?? false;
    this.wechatBackend = options.wechat ?? null;
    this.appJson = JSON.parse(fs.readFileSync(path.join(this.root, 'app.json'), 'utf8')) as AppJson;
    this.templates = readTemplates(this.root);
    this.network = new WxNetwork({
      upstreams: options.upstreams,
      clock: this.clock,
      realm: () => this.realm,
      onCallbackError: (e) => this.reportError(e),
    });
    this.realm = new Realm({ root: this.root, now: () => this.clock.now(), globals: this.globals() });
    const realmPromise = this.realm.evaluate('Promise') as PromiseConstructor;
    const host = (globalThis as { __weappHost?: { onUnhandledRejection(l: (reason: unknown, p: Promise<unknown>) => void): () => void } }).__weappHost;
    this.stopListening =
      host?.onUnhandledRejection((reason, promise) => {
        if (!(promise instanceof realmPromise)) return;
        // Handled here, so jest does not also fail the test on it: expectHealthy() reports it.
        promise.catch(() => undefined);
        const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : safeJson(reason);
        this.unhandledRejections.push(text);
        if (this.verbose) process.stdout.write(`[weapp unhandled rejection] ${text}\n`);
        if (this.app && typeof this.app.onUnhandledRejection === 'function') {
          this.lifecycle(this.app, 'onUnhandledRejection', this.realm.json({ reason: text }));
        }
      }) ?? null;
  }

  /** Loads app.js as WeChat does on a cold start and opens the first page; resolves once it settled. */
  static async launch(options: LaunchOptions): Promise<WechatDouble> {
    const double = new WechatDouble(options);
    const route = options.path ?? double.appJson.pages[0]!;
    try {
      double.realm.require('app');
    } catch (e) {
      // A host error: jest would print the minified line of the bundle as its code frame.
      throw new Error(`app.js threw while loading: ${e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : safeJson(e)}`);
    }
    if (!double.app) throw new Error('app.js ran without calling App(): the mini-program would show a blank screen');
    const launch = double.realm.json({ path: route, query: options.query ?? {}, scene: 1001, referrerInfo: {} });
    double.lifecycle(double.app, 'onLaunch', launch);
    double.lifecycle(double.app, 'onShow', launch);
    double.open(route, options.query ?? {}, 'launch');
    await double.settle();
    return double;
  }

  // ——— the globals WeChat provides ———

  private globals(): Record<string, unknown> {
    const schedule = (every: boolean) => (fn: unknown, ms?: unknown, ...args: unknown[]) => {
      if (typeof fn !== 'function') throw new TypeError('setTimeout expects a function');
      return this.clock.schedule(() => (fn as Fn)(...args), ms, every);
    };
    const log =
      (level: string) =>
      (...args: unknown[]) => {
        const text = args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'object' ? safeJson(a) : String(a))).join(' ');
        this.consoleLines.push({ level, text });
        if (this.verbose) process.stdout.write(`[weapp ${level}] ${text}\n`);
      };
    return {
      wx: this.wx(),
      App: (options: Instance) => {
        if (this.app) throw new Error('App() called twice');
        this.appRegisteredHr = process.hrtime.bigint();
        // Taro's page error boundary reports a page that threw while rendering (and shows it
        // empty) through App.onError: every call is an error of the app.
        const onError = options.onError;
        options.onError = (...args: unknown[]) => {
          if (!this.reportingError) this.errors.push(`App.onError: ${args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ')}`);
          return typeof onError === 'function' ? (onError as Fn).apply(options, args) : undefined;
        };
        this.app = options;
      },
      Page: (options: Record<string, unknown>) => {
        if (!this.loadingRoute) throw new Error('Page() called outside a page file');
        this.pageConfigs.set(this.loadingRoute, options);
      },
      Component: (options: Record<string, unknown>) => {
        // A page file may also register itself with Component(); WeChat allows both.
        if (this.loadingRoute) this.pageConfigs.set(this.loadingRoute, options);
        else if (this.loadingComponent) this.componentConfigs.set(this.loadingComponent, options);
        else throw new Error('Component() called outside a component file');
      },
      Behavior: (options: unknown) => options,
      getApp: () => this.app,
      getCurrentPages: () => this.realm.json([] as Instance[]).concat(this.stack.map((p) => p.instance)),
      setTimeout: schedule(false),
      setInterval: schedule(true),
      clearTimeout: (id: unknown) => this.clock.cancel(id),
      clearInterval: (id: unknown) => this.clock.cancel(id),
      console: { log: log('log'), info: log('info'), debug: log('debug'), warn: log('warn'), error: log('error'), group: log('log'), groupEnd: () => undefined, table: log('log') },
    };
  }

  private wx(): Record<string, unknown> {
    const storage = this.device.storage;
    const sys = () => this.device.system;
    const later = (fn: () => void) => this.clock.schedule(fn, 0, false);
    /** An asynchronous WeChat API: `run` on the next turn, then success or fail, then complete. */
    const async =
      (api: string, run: (o: Options, context: { fromTap: boolean }) => Record<string, unknown> | void) =>
      (o: Options = {}) => {
        const fromTap = this.inTap;
        later(() => {
          let result: Record<string, unknown>;
          let ok = true;
          try {
            result = { errMsg: `${api}:ok`, ...(run(o, { fromTap }) ?? {}) };
          } catch (e) {
            if (!(e instanceof WxFail)) throw e;
            ok = false;
            result = { errMsg: e.errMsg, ...(e.errno !== undefined ? { errno: e.errno } : {}) };
          }
          this.callback(ok ? o.success : o.fail, result);
          this.callback(o.complete, result);
        });
      };
    const needsTap = (api: string, fromTap: boolean) => {
      if (!fromTap) throw new WxFail(`${api}:fail can only be invoked by user TAP gesture.`);
    };
    const needsPrivacy = (api: string) => {
      if (this.device.privacyAgreed) return;
      // WeChat shows its privacy popup before the API runs.
      const answer = this.device.answers.privacy;
      this.privacyPrompts.push({ api, answer });
      if (answer === 'agree') this.device.privacyAgreed = true;
      else throw new WxFail(`${api}:fail privacy permission is not authorized`, 104);
    };
    const readStorage = (key: unknown): unknown => {
      const json = storage.getJson(key);
      return json === undefined ? '' : this.realm.parse(json);
    };
    const systemInfo = () => ({
      brand: sys().platform === 'ios' ? 'iPhone' : 'HUAWEI',
      model: sys().platform === 'ios' ? 'iPhone 13' : 'HUAWEI P40',
      platform: sys().platform,
      system: sys().platform === 'ios' ? 'iOS 12.5.7' : 'Android 10',
      version: '8.0.50',
      SDKVersion: sys().SDKVersion,
      language: 'zh_CN',
      fontSizeSetting: sys().fontSizeSetting,
      pixelRatio: sys().pixelRatio,
      screenWidth: sys().windowWidth,
      screenHeight: sys().windowHeight,
      windowWidth: sys().windowWidth,
      windowHeight: sys().windowHeight,
      statusBarHeight: 47,
      safeArea: { top: 47, left: 0, right: sys().windowWidth, bottom: sys().windowHeight - 34, width: sys().windowWidth, height: sys().windowHeight - 81 },
      theme: 'light',
      enableDebug: false,
    });
    const fileSystemManager = {
      writeFileSync: (filePath: unknown, data: unknown) => {
        if (typeof filePath !== 'string' || !filePath.startsWith(`${USER_DATA_PATH}/`)) throw new Error(`writeFileSync:fail permission denied, open ${String(filePath)}`);
        this.files.set(filePath, typeof data === 'string' ? data : String(data));
      },
      readFileSync: (filePath: unknown) => {
        const text = typeof filePath === 'string' ? this.files.get(filePath) : undefined;
        if (text === undefined) throw new Error(`readFileSync:fail no such file or directory ${String(filePath)}`);
        return text;
      },
      accessSync: (filePath: unknown) => {
        if (typeof filePath !== 'string' || !this.files.has(filePath)) throw new Error(`accessSync:fail no such file or directory ${String(filePath)}`);
      },
      unlinkSync: (filePath: unknown) => {
        if (typeof filePath === 'string') this.files.delete(filePath);
      },
    };
    const navigate = (api: string) => async(api, (o) => this.navigate(api, o));
    return {
      env: { USER_DATA_PATH },
      canIUse: () => true,
      getSystemInfoSync: () => this.realm.json(systemInfo()),
      getSystemInfo: async('getSystemInfo', () => systemInfo()),
      getWindowInfo: () =>
        this.realm.json({ pixelRatio: sys().pixelRatio, screenWidth: sys().windowWidth, screenHeight: sys().windowHeight, windowWidth: sys().windowWidth, windowHeight: sys().windowHeight, statusBarHeight: 47, safeArea: systemInfo().safeArea }),
      getDeviceInfo: () => this.realm.json({ brand: systemInfo().brand, model: systemInfo().model, platform: sys().platform, system: systemInfo().system, benchmarkLevel: 30 }),
      getAppBaseInfo: () =>
        this.realm.json({ SDKVersion: sys().SDKVersion, enableDebug: false, language: 'zh_CN', version: '8.0.50', theme: 'light', fontSizeSetting: sys().fontSizeSetting, fontSizeScaleFactor: sys().fontSizeScaleFactor }),
      getAccountInfoSync: () => this.realm.json({ miniProgram: { appId: 'wxdouble0000000001', envVersion: 'release', version: '1.0.0' } }),
      getLaunchOptionsSync: () => this.realm.json({ path: this.appJson.pages[0], query: {}, scene: 1001, referrerInfo: {} }),
      getMenuButtonBoundingClientRect: () => this.realm.json({ width: 87, height: 32, top: 51, right: 382, bottom: 83, left: 295 }),
      nextTick: (fn: Fn) => void Promise.resolve().then(() => fn()),
      onAppShow: () => undefined,
      onAppHide: () => undefined,
      offAppShow: () => undefined,
      offAppHide: () => undefined,
      onError: () => undefined,
      onUnhandledRejection: () => undefined,
      onPageNotFound: () => undefined,
      onMemoryWarning: () => undefined,
      onNeedPrivacyAuthorization: () => undefined,

      getStorageSync: (key: unknown) => readStorage(key),
      setStorageSync: (key: unknown, data: unknown) => storage.set(key, data),
      removeStorageSync: (key: unknown) => storage.remove(key),
      clearStorageSync: () => storage.clear(),
      getStorageInfoSync: () =>
        this.realm.json({ keys: storage.keys(), currentSize: Math.ceil(storage.totalBytes / 1024), limitSize: STORAGE_TOTAL_LIMIT_BYTES / 1024 }),
      getStorage: async('getStorage', (o) => {
        if (storage.getJson(o.key) === undefined) throw new WxFail('getStorage:fail data not found');
        return { data: readStorage(o.key) };
      }),
      setStorage: async('setStorage', (o) => {
        try {
          storage.set(o.key, o.data, 'setStorage');
        } catch (e) {
          throw new WxFail((e as Error).message);
        }
      }),
      removeStorage: async('removeStorage', (o) => storage.remove(o.key)),

      request: (o: WxRequestOptions) => this.network.request(o),
      login: async('login', () => {
        if (!this.wechatBackend) throw new WxFail('login:fail no network');
        const code = this.wechatBackend.issue(this.device.openid);
        this.logins.push(code);
        return { code };
      }),
      checkSession: async('checkSession', () => undefined),

      navigateTo: navigate('navigateTo'),
      redirectTo: navigate('redirectTo'),
      switchTab: navigate('switchTab'),
      reLaunch: navigate('reLaunch'),
      navigateBack: navigate('navigateBack'),

      showToast: async('showToast', (o) => {
        this.toasts.push(String(o.title ?? ''));
      }),
      hideToast: async('hideToast', () => undefined),
      showLoading: async('showLoading', () => undefined),
      hideLoading: async('hideLoading', () => undefined),
      showModal: async('showModal', (o) => {
        const answer = this.device.answers.modal;
        this.modals.push({ title: String(o.title ?? ''), content: String(o.content ?? ''), answer });
        return { confirm: answer === 'confirm', cancel: answer === 'cancel' };
      }),
      setNavigationBarTitle: async('setNavigationBarTitle', () => undefined),
      pageScrollTo: async('pageScrollTo', () => undefined),
      vibrateShort: async('vibrateShort', () => undefined),

      requirePrivacyAuthorize: async('requirePrivacyAuthorize', () => needsPrivacy('requirePrivacyAuthorize')),
      getPrivacySetting: async('getPrivacySetting', () => ({ needAuthorization: !this.device.privacyAgreed, privacyContractName: '《孕保通小程序隐私保护指引》' })),
      setClipboardData: async('setClipboardData', (o) => {
        needsPrivacy('setClipboardData');
        if (typeof o.data !== 'string') throw new WxFail('setClipboardData:fail parameter error: parameter.data should be String');
        this.clipboard.push(o.data);
        // WeChat shows its own toast.
        this.toasts.push('内容已复制');
      }),
      addPhoneCalendar: async('addPhoneCalendar', (o, { fromTap }) => {
        needsTap('addPhoneCalendar', fromTap);
        needsPrivacy('addPhoneCalendar');
        this.requireScope('scope.addPhoneCalendar', 'addPhoneCalendar', this.device.answers.calendar);
        this.addPhoneCalendar(o, fromTap);
      }),
      shareFileMessage: async('shareFileMessage', (o, { fromTap }) => {
        needsTap('shareFileMessage', fromTap);
        const filePath = String(o.filePath ?? '');
        if (!this.files.has(filePath)) throw new WxFail(`shareFileMessage:fail file not exist: ${filePath}`);
        this.shares.push({ kind: 'file', path: filePath, ...(typeof o.fileName === 'string' ? { fileName: o.fileName } : {}) });
      }),
      getFileSystemManager: () => fileSystemManager,
    };
  }

  private readonly wechatBackend: { issue(openid: string): string } | null;

  /** WeChat's permission dialog the first time a scope is needed; a refusal is remembered. */
  private requireScope(scope: string, api: string, answer: string): void {
    if (this.device.scopes.has(scope)) return;
    if (this.device.scopes.has(`!${scope}`)) throw new WxFail(`${api}:fail auth deny`);
    this.permissionPrompts.push({ scope, answer });
    if (answer !== 'allow') {
      this.device.scopes.add(`!${scope}`);
      throw new WxFail(`${api}:fail auth deny`);
    }
    this.device.scopes.add(scope);
  }

  private addPhoneCalendar(o: Options, fromTap: boolean): void {
    if (typeof o.title !== 'string' || o.title === '') throw new WxFail('addPhoneCalendar:fail parameter error: parameter.title should be String');
    if (typeof o.startTime !== 'number' || !Number.isInteger(o.startTime)) throw new WxFail('addPhoneCalendar:fail parameter error: parameter.startTime should be Number (seconds)');
    const alarm = o.alarm === undefined ? true : Boolean(o.alarm);
    const alarmOffset = typeof o.alarmOffset === 'number' ? o.alarmOffset : 0;
    this.calendar.push({
      title: o.title,
      startTime: o.startTime,
      allDay: Boolean(o.allDay),
      alarm,
      alarmOffset,
      ...(typeof o.description === 'string' ? { description: o.description } : {}),
      // alarmOffset: seconds before the start (0: at the start; for an all-day event, midnight).
      ringsAt: alarm ? o.startTime - alarmOffset : null,
      fromTap,
    });
  }

  private callback(fn: unknown, result: Record<string, unknown>): void {
    if (typeof fn !== 'function') return;
    try {
      (fn as Fn)(this.realm.json(result));
    } catch (e) {
      this.reportError(e);
    }
  }

  // ——— errors ———

  private reportingError = false;

  reportError(e: unknown): void {
    const text = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : safeJson(e);
    this.errors.push(text);
    if (this.verbose) process.stdout.write(`[weapp uncaught] ${text}\n`);
    const onError = this.app?.onError;
    if (typeof onError === 'function') {
      this.reportingError = true;
      try {
        (onError as Fn).call(this.app, e instanceof Error ? e.message : text);
      } catch {
        // WeChat ignores a failing onError
      } finally {
        this.reportingError = false;
      }
    }
  }

  private lifecycle(target: Record<string, unknown>, name: string, ...args: unknown[]): unknown {
    const fn = target[name];
    if (typeof fn !== 'function') return undefined;
    try {
      return (fn as Fn).apply(target, args);
    } catch (e) {
      this.reportError(e);
      return undefined;
    }
  }

  // ——— pages ———

  private pageRoutes(): string[] {
    const sub = (this.appJson.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`));
    return [...this.appJson.pages, ...sub];
  }

  isTabPage(route: string): boolean {
    return (this.appJson.tabBar?.list ?? []).some((t) => t.pagePath === route);
  }

  private pageConfig(route: string): Record<string, unknown> {
    const known = this.pageConfigs.get(route);
    if (known) return known;
    const json = JSON.parse(fs.readFileSync(path.join(this.root, `${route}.json`), 'utf8')) as { usingComponents?: Record<string, string> };
    // WeChat loads a page's components before the page.
    for (const using of Object.values(json.usingComponents ?? {})) {
      const file = path.posix.normalize(path.posix.join(path.posix.dirname(route), using));
      if (this.componentConfigs.has(file)) continue;
      this.loadingComponent = file;
      try {
        this.realm.require(file);
      } finally {
        this.loadingComponent = null;
      }
    }
    this.loadingRoute = route;
    try {
      this.realm.require(route);
    } finally {
      this.loadingRoute = null;
    }
    const config = this.pageConfigs.get(route);
    if (!config) throw new Error(`${route}.js did not call Page()`);
    return config;
  }

  /** Creates the page, runs onLoad and onShow, and schedules onReady (WeChat's order). */
  private open(route: string, query: Record<string, string>, how: string): Page {
    if (!this.pageRoutes().includes(route)) throw new WxFail(`${how}:fail page "${route}" is not found`);
    const config = this.pageConfig(route);
    const instance = this.realm.json({}) as Instance;
    for (const [k, v] of Object.entries(config)) if (k !== 'data') instance[k] = v;
    instance.data = this.realm.json(config.data ?? {}) as Record<string, unknown>;
    const options = this.realm.json(query);
    this.webviewIds += 1;
    Object.assign(instance, {
      route,
      __route__: route,
      is: route,
      options,
      __wxWebviewId__: this.webviewIds,
      __wxExparserNodeId__: `node-${this.webviewIds}`,
      getPageId: () => `pageId-${instance.__wxWebviewId__ as number}`,
      selectComponent: () => null,
      selectAllComponents: () => this.realm.json([]),
      getOpenerEventChannel: () => ({ emit: () => undefined, on: () => undefined, once: () => undefined, off: () => undefined }),
    });
    const page = new Page(route, query, instance, this.templates);
    instance.setData = (data: unknown, cb?: unknown) => this.setData(page, data, cb);
    this.stack.push(page);
    if (this.isTabPage(route)) this.tabPages.set(route, page);
    this.maxStackDepth = Math.max(this.maxStackDepth, this.stack.length);
    this.lifecycle(instance, 'onLoad', options);
    this.lifecycle(instance, 'onShow');
    this.clock.schedule(() => page.alive && this.lifecycle(instance, 'onReady'), 0, false);
    return page;
  }

  private setData(page: Page, data: unknown, cb: unknown): void {
    if (typeof data !== 'object' || data === null) throw new TypeError('setData: data must be an object');
    const json = JSON.stringify(data);
    const bytes = Buffer.byteLength(json, 'utf8');
    if (bytes > SET_DATA_LIMIT_BYTES) throw new Error(`setData: ${bytes} bytes exceeds the 1 MB limit`);
    this.setDataLog.push({ route: page.route, at: this.clock.now(), hr: process.hrtime.bigint(), bytes, json });
    const payload = JSON.parse(json) as Record<string, unknown>;
    for (const [key, value] of Object.entries(payload)) {
      applyPath(page.data, key, value);
      applyPath(page.instance.data, key, this.realm.json(value));
    }
    for (const listener of this.renderListeners) listener(page, payload);
    if (typeof cb === 'function') this.clock.schedule(() => this.lifecycle({ cb }, 'cb'), 0, false);
  }

  /** Called with every setData payload (the simulate renderer follows along). */
  readonly renderListeners: ((page: Page, payload: Record<string, unknown>) => void)[] = [];

  private unload(page: Page): void {
    if (!page.alive) return;
    page.alive = false;
    this.lifecycle(page.instance, 'onUnload');
    if (this.tabPages.get(page.route) === page) this.tabPages.delete(page.route);
  }

  private hide(page: Page | undefined): void {
    if (page?.alive) this.lifecycle(page.instance, 'onHide');
  }

  private show(page: Page): void {
    this.lifecycle(page.instance, 'onShow');
  }

  private navigate(api: string, o: Options): void {
    const url = typeof o.url === 'string' ? o.url : '';
    const record: NavigationRecord = { api, url, ok: false, depthAfter: this.stack.length };
    this.navigation.push(record);
    try {
      this.performNavigation(api, o, url);
      record.ok = true;
    } catch (e) {
      record.errMsg = e instanceof WxFail ? e.errMsg : String(e);
      throw e;
    } finally {
      record.depthAfter = this.stack.length;
    }
  }

  private performNavigation(api: string, o: Options, url: string): void {
    const top = this.stack.at(-1) ?? null;
    if (api === 'navigateBack') {
      const delta = Math.max(1, Math.floor(Number(o.delta ?? 1)) || 1);
      if (this.stack.length <= 1) throw new WxFail('navigateBack:fail cannot navigate back at first page.');
      const keep = Math.max(1, this.stack.length - delta);
      const removed = this.stack.splice(keep);
      for (const p of removed.reverse()) this.unload(p);
      this.show(this.stack.at(-1)!);
      return;
    }
    if (!url) throw new WxFail(`${api}:fail parameter error: parameter.url should be String`);
    const { route, query } = parseUrl(url, top?.route ?? null);
    if (!this.pageRoutes().includes(route)) throw new WxFail(`${api}:fail page "${route}" is not found`);
    const tab = this.isTabPage(route);
    switch (api) {
      case 'navigateTo': {
        if (tab) throw new WxFail('navigateTo:fail can not navigateTo a tabbar page');
        if (this.stack.length >= MAX_PAGE_STACK) throw new WxFail('navigateTo:fail webview count limit exceed');
        this.hide(top ?? undefined);
        this.open(route, query, api);
        return;
      }
      case 'redirectTo': {
        if (tab) throw new WxFail('redirectTo:fail can not redirectTo a tabbar page');
        const old = this.stack.pop();
        if (old) this.unload(old);
        this.open(route, query, api);
        return;
      }
      case 'switchTab': {
        if (!tab) throw new WxFail(`switchTab:fail can not switch to no-tabBar page`);
        // WeChat drops a query on switchTab; a page depending on one would silently break: refused here.
        if (Object.keys(query).length > 0) throw new WxFail('switchTab:fail url with query is not supported');
        const existing = this.tabPages.get(route);
        for (const p of [...this.stack].reverse()) {
          if (p === existing) continue;
          if (this.isTabPage(p.route)) this.hide(p);
          else this.unload(p);
        }
        if (existing?.alive) {
          this.stack = [existing];
          this.show(existing);
        } else {
          this.stack = [];
          this.open(route, {}, api);
        }
        return;
      }
      case 'reLaunch': {
        for (const p of [...this.stack].reverse()) this.unload(p);
        for (const p of this.tabPages.values()) this.unload(p);
        this.stack = [];
        this.tabPages.clear();
        this.open(route, query, api);
        return;
      }
      default:
        throw new Error(`unknown navigation ${api}`);
    }
  }

  // ——— what a test does ———

  /** The page on top of the stack. */
  get page(): Page {
    const top = this.stack.at(-1);
    if (!top) throw new Error('no page is open');
    return top;
  }

  /**
   * Lets the app run as a phone left alone for a moment would: promise callbacks, requests with
   * the server, and timers due within `horizonMs` (Preact runs effects ~100 ms after a render when
   * there is no requestAnimationFrame, as in WeChat's logic layer). Longer timers (a request's
   * timeout, midnight) wait for `wait()`.
   */
  async settle(horizonMs = 1000, maxTurns = 5000): Promise<void> {
    const horizon = this.clock.now() + horizonMs;
    let quiet = 0;
    for (let turn = 0; turn < maxTurns; turn++) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      const due = this.clock.takeDue();
      if (due) {
        quiet = 0;
        try {
          due.fn();
        } catch (e) {
          this.reportError(e);
        }
        continue;
      }
      if (this.network.busy) {
        quiet = 0;
        await this.network.idle();
        continue;
      }
      quiet += 1;
      if (quiet < 3) continue;
      const next = this.clock.nextDue();
      if (next === null || next > horizon) return;
      this.clock.moveTo(next);
      quiet = 0;
    }
    throw new Error(`the app did not settle in ${maxTurns} turns (timers pending: ${this.clock.pending}, requests in flight: ${this.network.busy})`);
  }

  /** Lets `ms` of time pass: timers fire in order as the clock moves. */
  async wait(ms: number): Promise<void> {
    const until = this.clock.now() + ms;
    await this.settle(0);
    for (;;) {
      const next = this.clock.nextDue();
      if (next === null || next > until) break;
      this.clock.moveTo(next);
      await this.settle(0);
    }
    this.clock.moveTo(until);
    await this.settle(0);
  }

  /**
   * A tap where `target` is: the event bubbles from that element up the tree and each element
   * whose template binds tap calls the page's `eh` (WeChat's bubbling; catchtap stops it).
   */
  async tap(target: string | RegExp | Located, page: Page = this.page): Promise<void> {
    const located = typeof target === 'object' && !(target instanceof RegExp) ? target : this.only(page, target);
    const chain = [located.node, ...[...located.ancestors].reverse()].filter((n) => n.nn !== undefined);
    const targetRef = { id: located.node.uid ?? located.node.sid, dataset: { sid: located.node.sid }, offsetLeft: 0, offsetTop: 0 };
    let handled = false;
    // <button open-type="share">: after the tap WeChat asks the page what to share (转发).
    const shareButton = chain.find((n) => page.tree.tag(n) === 'button' && page.tree.attributes(n)['open-type'] === 'share');
    this.inTap = true;
    try {
      for (const node of chain) {
        const mode = page.tree.template(node)?.events.tap;
        if (!mode) continue;
        handled = true;
        const event = this.realm.json({
          type: 'tap',
          timeStamp: this.clock.now(),
          target: targetRef,
          currentTarget: { id: node.uid ?? node.sid, dataset: { sid: node.sid }, offsetLeft: 0, offsetTop: 0 },
          detail: { x: 100, y: 100 },
          touches: [],
          changedTouches: [{ identifier: 0, pageX: 100, pageY: 100, clientX: 100, clientY: 100 }],
          mark: {},
        });
        this.lifecycle(page.instance, 'eh', event);
        if (mode === 'catch') break;
      }
    } finally {
      this.inTap = false;
    }
    if (shareButton) {
      handled = true;
      this.share(page, 'button');
    }
    if (!handled) throw new Error(`nothing at "${page.tree.text(located.node)}" listens to taps`);
    await this.settle();
  }

  private share(page: Page, from: 'menu' | 'button'): { title?: string; path?: string } {
    const share = this.lifecycle(page.instance, 'onShareAppMessage', this.realm.json({ from })) as { title?: string; path?: string } | undefined;
    // Without onShareAppMessage WeChat shares the page itself under the mini-program's name.
    const out = { title: share?.title, path: share?.path ?? page.url };
    const route = (out.path ?? '').split('?')[0]!.replace(/^\//, '');
    if (!this.pageRoutes().includes(route)) throw new Error(`the share card opens "${out.path}", which is not a page of app.json`);
    this.shares.push({ kind: 'page', ...out });
    return out;
  }

  /**
   * An event the rendered WXML (wxml-view.ts) delivered to a bindtap/bindinput="eh": passed to
   * the page as WeChat passes it, a tap counting as her gesture.
   */
  dispatchFromView(page: Page, event: Record<string, unknown>): void {
    const tap = event.type === 'tap';
    if (tap) this.inTap = true;
    try {
      this.lifecycle(page.instance, 'eh', this.realm.json(event));
    } finally {
      if (tap) this.inTap = false;
    }
  }

  /** The one element showing `text` on the page (fails when none or several). */
  only(page: Page, text: string | RegExp): Located {
    const found = page.tree.findByText(text);
    if (found.length === 0) throw new Error(`"${String(text)}" is not on ${page.route}:\n${page.lines().join('\n')}`);
    if (found.length > 1) throw new Error(`"${String(text)}" is on ${page.route} ${found.length} times`);
    return found[0]!;
  }

  /** A non-bubbling event on one element (input, change, blur…), if its template binds it. */
  async fire(located: Located, type: string, detail: Record<string, unknown>, page: Page = this.page): Promise<void> {
    if (!page.tree.template(located.node)?.events[type]) throw new Error(`${page.tree.tag(located.node)} does not bind ${type}`);
    const ref = { id: located.node.uid ?? located.node.sid, dataset: { sid: located.node.sid } };
    this.lifecycle(page.instance, 'eh', this.realm.json({ type, timeStamp: this.clock.now(), target: ref, currentTarget: ref, detail, mark: {} }));
    await this.settle();
  }

  /**
   * Types into an input as WeChat's keyboard would: focus, one input event with the whole text
   * (cut to the input's maxlength, as WeChat does), blur. The keyboard of a number or digit
   * input cannot produce other characters: asking for them is a mistake of the test.
   */
  async type(located: Located, text: string, page: Page = this.page): Promise<void> {
    if (page.tree.tag(located.node) !== 'input') throw new Error(`type into a ${page.tree.tag(located.node)}, not an input`);
    const attrs = page.tree.attributes(located.node);
    const kind = String(attrs.type ?? 'text');
    const allowed = kind === 'number' ? /^\d*$/ : kind === 'digit' ? /^[\d.]*$/ : kind === 'idcard' ? /^[\dXx]*$/ : null;
    if (allowed && !allowed.test(text)) throw new Error(`a ${kind} keyboard cannot type "${text}"`);
    const max = Number(attrs.maxlength ?? 140);
    const value = max >= 0 ? [...text].slice(0, max).join('') : text;
    const events = page.tree.template(located.node)?.events ?? {};
    if (events.focus) await this.fire(located, 'focus', { value: String(attrs.value ?? ''), height: 0 }, page);
    await this.fire(located, 'input', { value, cursor: value.length, keyCode: 0 }, page);
    if (events.blur) await this.fire(located, 'blur', { value }, page);
  }

  /** Picks a value in a native picker (mode date: within its start and end, as WeChat's wheel allows). */
  async pick(located: Located, value: string, page: Page = this.page): Promise<void> {
    const attrs = page.tree.attributes(located.node);
    if (page.tree.tag(located.node) !== 'picker') throw new Error(`pick in a ${page.tree.tag(located.node)}, not a picker`);
    if (attrs.mode === 'date') {
      if (typeof attrs.start === 'string' && value < attrs.start) throw new Error(`the date picker starts at ${attrs.start}: ${value} cannot be picked`);
      if (typeof attrs.end === 'string' && value > attrs.end) throw new Error(`the date picker ends at ${attrs.end}: ${value} cannot be picked`);
    }
    await this.fire(located, 'change', { value }, page);
  }

  /** The system back button (or the navigation bar's back arrow). */
  async back(): Promise<void> {
    if (this.stack.length <= 1) throw new Error('back on the first page would leave the mini-program');
    const top = this.stack.pop()!;
    this.unload(top);
    this.show(this.stack.at(-1)!);
    await this.settle();
  }

  /** A tap on the tab bar (WeChat's own, outside the page). */
  async tapTab(text: string): Promise<void> {
    const index = (this.appJson.tabBar?.list ?? []).findIndex((t) => t.text === text);
    if (index < 0) throw new Error(`no tab "${text}"`);
    const item = this.appJson.tabBar!.list[index]!;
    this.navigate('switchTab', { url: `/${item.pagePath}` });
    this.lifecycle(this.page.instance, 'onTabItemTap', this.realm.json({ index, pagePath: item.pagePath, text }));
    await this.settle();
  }

  /** 转发 from the page's menu (…): what the share card says and opens, recorded. */
  shareFromMenu(page: Page = this.page): { title?: string; path?: string } {
    return this.share(page, 'menu');
  }

  /** Ends the run: every timer dropped, every page unloaded. */
  close(): void {
    this.stopListening?.();
    this.stopListening = null;
    for (const p of [...this.stack].reverse()) this.unload(p);
    for (const p of this.tabPages.values()) this.unload(p);
    this.stack = [];
    this.clock.clearAll();
  }
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** WeChat's data path: `a.b[0].c` or Taro's `root.cn.[0].v`. */
export function applyPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const segments: (string | number)[] = [];
  for (const part of key.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`setData: bad path "${key}"`);
    if (m[1]) segments.push(m[1]);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) segments.push(Number(idx[1]));
  }
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < segments.length - 1; i++) {
    const seg = segments[i]!;
    const nextIsIndex = typeof segments[i + 1] === 'number';
    if (typeof node[seg] !== 'object' || node[seg] === null) node[seg] = nextIsIndex ? [] : {};
    node = node[seg] as Record<string | number, unknown>;
  }
  node[segments.at(-1)!] = value;
}

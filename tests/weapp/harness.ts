// One phone with the production weapp build, talking to the real API in-process: what every
// weapp test starts from. The clock starts at 18:30 UTC, which is 02:30 the next day in Shanghai,
// so a date taken from the phone's UTC clock instead of Shanghai's shows up as the wrong day.
import { EMPTY_PERSISTED, STORE_VERSION, type PersistedState } from '../../src/stores/migrations';
import { newDevice, type Device } from './double/device';
import { startApiServer, type ApiServer } from './double/server';
import { WechatDouble } from './double/wechat';

/** 2026-03-10 18:30 UTC = 2026-03-11 02:30 in Shanghai. */
export const START = new Date('2026-03-10T18:30:00Z');
export const TODAY_IN_SHANGHAI = '2026-03-11';
/** src/stores/storage.ts STORAGE_KEY (that module imports Taro, which does not load in Node). */
export const STORAGE_KEY = 'yunbao-state';

export type SeedProfile = Omit<NonNullable<PersistedState['profile']>, 'consent'>;

/** A Hengyang employee, 孕10周+2天 on TODAY_IN_SHANGHAI (LMP 2025-12-29). */
export const PREGNANT_IN_HENGYANG: SeedProfile = {
  region: '430400',
  insurance: 'employee',
  stage: 'pregnant',
  dating: { method: 'lmp', date: '2025-12-29', cycleDays: 28 },
};

export const POSTPARTUM_IN_HENGYANG: SeedProfile = {
  region: '430400',
  insurance: 'resident',
  stage: 'postpartum',
  birthDate: '2026-02-20',
};

/** What the app's store keeps after onboarding with this profile (and whatever else is given). */
export function persistedWith(profile: SeedProfile, rest: Partial<PersistedState> = {}): { state: PersistedState; version: number } {
  return {
    state: { ...EMPTY_PERSISTED, profile: { ...profile, consent: { healthDataOnDevice: true, at: '2026-03-01T02:00:00.000Z' } }, ...rest },
    version: STORE_VERSION,
  };
}

/** A phone that already went through onboarding (and agreed to WeChat's privacy guide). */
export function seededDevice(profile: SeedProfile, rest: Partial<PersistedState> = {}, deviceOverrides: Parameters<typeof newDevice>[0] = {}): Device {
  const device = newDevice({ privacyAgreed: true, ...deviceOverrides });
  device.storage.seed(STORAGE_KEY, JSON.stringify(persistedWith(profile, rest)));
  return device;
}

export interface Phone {
  wx: WechatDouble;
  server: ApiServer;
  device: Device;
  /** Launches the app again on the same phone (a cold start: storage and permissions kept). */
  relaunch(path?: string, query?: Record<string, string>): Promise<WechatDouble>;
  close(): Promise<void>;
}

export interface PhoneOptions {
  device?: Device;
  path?: string;
  query?: Record<string, string>;
  start?: Date;
  server?: ApiServer;
}

// The server's clock is the phone's: the last phone launched (tests run one phone at a time).
let clockOfLastPhone: () => number = () => START.getTime();

/** The API for several phones of one test file (start it in beforeAll, close it in afterAll). */
export function startSharedServer(): Promise<ApiServer> {
  return startApiServer(() => clockOfLastPhone());
}

/** Launches the app on a phone, with its own API server unless one is given. */
export async function launchPhone(options: PhoneOptions = {}): Promise<Phone> {
  const device = options.device ?? newDevice();
  let clockNow = (options.start ?? START).getTime();
  let current: WechatDouble | null = null;
  clockOfLastPhone = () => (current ? current.clock.now() : clockNow);
  const server = options.server ?? (await startApiServer(() => clockOfLastPhone()));
  const launch = async (path?: string, query?: Record<string, string>) => {
    if (current) {
      clockNow = current.clock.now();
      current.close();
    }
    current = await WechatDouble.launch({
      device,
      upstreams: [server.upstream],
      wechat: server.wechat,
      start: new Date(clockNow),
      ...(path ? { path } : {}),
      ...(query ? { query } : {}),
      verbose: process.env.WEAPP_VERBOSE === '1',
    });
    return current;
  };
  const phone: Phone = {
    wx: await launch(options.path, options.query),
    server,
    device,
    relaunch: async (path, query) => {
      phone.wx = await launch(path, query);
      return phone.wx;
    },
    close: async () => {
      current?.close();
      if (!options.server) await server.close();
    },
  };
  return phone;
}

/**
 * For a test file whose tests each launch phones on one API server: the server starts before all
 * and stops after all; the phones a test launched are closed after it (and, with checkHealth,
 * must have reported no app error).
 */
export function phonesOnOneServer(options: { checkHealth?: boolean } = {}) {
  let server: ApiServer | null = null;
  const launched: Phone[] = [];
  beforeAll(async () => {
    server = await startSharedServer();
  });
  afterEach(async () => {
    const phones = launched.splice(0);
    try {
      if (options.checkHealth) for (const p of phones) expectHealthy(p.wx);
    } finally {
      for (const p of phones) await p.close();
    }
  });
  afterAll(() => server?.close());
  const shared = {
    get server(): ApiServer {
      if (!server) throw new Error('the shared server starts in beforeAll');
      return server;
    },
    async launch(o: Omit<PhoneOptions, 'server'> = {}): Promise<Phone> {
      const phone = await launchPhone({ ...o, server: shared.server });
      launched.push(phone);
      return phone;
    },
  };
  return shared;
}

/** Fails with what went wrong inside the app: uncaught errors and console.error lines. */
export function expectHealthy(wx: WechatDouble): void {
  const problems = [
    ...wx.errors.map((e) => `uncaught: ${e}`),
    ...wx.unhandledRejections.map((r) => `unhandled rejection: ${r}`),
    ...wx.consoleLines.filter((l) => l.level === 'error').map((l) => `console.error: ${l.text}`),
  ];
  if (problems.length > 0) throw new Error(`the app reported problems:\n${problems.join('\n')}`);
}

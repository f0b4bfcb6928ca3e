// Every endpoint of api.md as msw handlers, answering from the same engine and contract.
import { API_BASE_PATH } from '../../src/api/contract';
import packageJson from '../../package.json';
import { type MockContext } from '../http';
import { MockStore } from '../store';
import { accountHandlers } from './accounts';
import { computationHandlers } from './computations';
import { fallbackHandlers } from './fallback';
import { referenceHandlers } from './reference';

export interface MockOptions {
  /** The clock (today = its Asia/Shanghai day). Default: the real one. */
  now?: () => Date;
  store?: MockStore;
  /** Answer only this origin (e.g. 'http://mock.test'); default: any origin. */
  origin?: string;
}

export function createHandlers(options: MockOptions = {}) {
  const ctx: MockContext = {
    store: options.store ?? new MockStore(),
    now: options.now ?? (() => new Date()),
    version: packageJson.version,
    base: `${options.origin ?? '*'}${API_BASE_PATH}`,
  };
  return [...referenceHandlers(ctx), ...computationHandlers(ctx), ...accountHandlers(ctx), ...fallbackHandlers(ctx)];
}

/** The store behind the default `handlers`, for tests that need a clean slate. */
export const defaultStore = new MockStore();
export const handlers = createHandlers({ store: defaultStore });

// Every endpoint of api.md as msw handlers, registered from the contract's route table over the
// server's own operations (the engine, the enrollment flow), with an in-memory store.
import { API_BASE_PATH, ROUTES, errorAnswer, type RouteId } from '../../src/api/contract';
import { http, HttpResponse } from 'msw';
import packageJson from '../../package.json';
import { loginResolver } from '../../server/auth/login';
import { UNSEALED } from '../../server/core/enrollments';
import { operations } from '../../server/core/operations';
import { mockRoute, type MockContext } from '../http';
import { MockStore } from '../store';

export interface MockOptions {
  /** The clock (today = its Asia/Shanghai day). Default: the real one. */
  now?: () => Date;
  store?: MockStore;
  /** Answer only this origin (e.g. 'http://mock.test'); default: any origin. */
  origin?: string;
  /** `dev:<name>` codes accepted (a server outside production); default true. */
  devLogin?: boolean;
}

export function createHandlers(options: MockOptions = {}) {
  const store = options.store ?? new MockStore();
  const now = options.now ?? (() => new Date());
  // A server without WeChat: device logins, and dev logins unless it plays a production server.
  const login = loginResolver({ dev: options.devLogin ?? true });
  const ctx: MockContext = { store, login, now, base: `${options.origin ?? '*'}${API_BASE_PATH}` };
  const ops = operations({ storage: store, sealer: UNSEALED, now, login, tokens: store.tokens, version: packageJson.version });
  return [
    ...(Object.keys(ROUTES) as RouteId[]).map((id) => mockRoute(ctx, id, ops[id])),
    // Any other path or method under /api/v1 is 404 NOT_FOUND, as on the server.
    http.all(`${ctx.base}/*`, () => HttpResponse.json(errorAnswer('NOT_FOUND'), { status: 404 })),
  ];
}

/** The store behind the default `handlers`, for tests that need a clean slate. */
export const defaultStore = new MockStore();
export const handlers = createHandlers({ store: defaultStore });

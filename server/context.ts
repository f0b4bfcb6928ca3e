// What the route plugins share: storage, clock, token secret, login and version.
import { type RouteId } from '../src/api/contract';
import { type LoginResolver } from './auth/login';
import { type Storage } from './storage/types';

export interface AppContext {
  storage: Storage;
  now: () => Date;
  tokenSecret: string;
  login: LoginResolver;
  version: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The contract route an endpoint serves (for validation details). */
    routeId?: RouteId;
  }
  interface FastifyRequest {
    /** The authenticated user on routes that need login; null elsewhere. */
    user: string | null;
  }
}

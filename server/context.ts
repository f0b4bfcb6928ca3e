// What the route plugins share: storage, clock, tokens, logins and version.
import { type RouteId } from '../src/api/contract';
import { type LoginResolver, type Principal } from './auth/login';
import { type Tokens } from './core/auth';
import { type IdSealer } from './core/enrollments';
import { type Storage } from './storage/types';

export interface AppContext {
  storage: Storage;
  sealer: IdSealer;
  now: () => Date;
  tokens: Tokens;
  login: LoginResolver;
  version: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The contract route an endpoint serves (for validation details). */
    routeId?: RouteId;
    /** A file of the H5 app (served by @fastify/static): no API budget, document headers. */
    h5File?: boolean;
  }
  interface FastifyRequest {
    /** The logged-in principal of the bearer token; undefined until first read (routes/define.ts). */
    principal: Principal | null | undefined;
    /** Routed to the H5 app's files (set at the start of every request). */
    h5File: boolean;
  }
}

// The policy API as a Fastify app: buildApp(options) gives a ready-to-listen instance.
import { hkdfSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import { API_BASE_PATH, BODY_LIMIT_BYTES, BODY_MESSAGES, errorAnswer } from '../src/api/contract';
import packageJson from '../package.json';
import { installAccessLog } from './access-log';
import { loginResolver, type WechatConfig } from './auth/login';
import { signedTokens } from './auth/tokens';
import { type AppContext } from './context';
import { parseJsonBody, parseQuery } from './core/body';
import { sealUnsealed, type IdSealer } from './core/enrollments';
import { ApiProblem } from './core/problem';
import { idSealer } from './id-sealing';
import { answerClientError, describeFailure, installErrorHandling } from './errors';
import { answerAsIs, principalOf } from './routes/define';
import { apiRoutes } from './routes';
import { rateLimiter } from './rate-limit';
import { lazyChildLogger } from './request-logger';
import { API_SECURITY_HEADERS, documentSecurityHeaders } from './security-headers';
import { openPostgresStorage, type PostgresOptions } from './storage/postgres';
import { openSqliteStorage } from './storage/sqlite';
import { type Storage } from './storage/types';

export interface LogDestination {
  write(line: string): void;
}

export interface BuildAppOptions {
  /** SQLite file (':memory:' for tests); ignored when `storage` or `databaseUrl` is given. Default ':memory:'. */
  databasePath?: string;
  /** A postgres:// URL: PostgreSQL instead of SQLite (several instances on one database). */
  databaseUrl?: string;
  /** The PostgreSQL pool: its size and how long a request waits for a connection or a statement. */
  postgres?: Omit<PostgresOptions, 'onIdleError'>;
  /** A storage the caller owns (not closed with the app). */
  storage?: Storage;
  tokenSecret: string;
  /**
   * The 32-byte key of the ID numbers at rest (server/id-sealing.ts); main.ts passes ID_NUMBER_KEY
   * or its key file. Absent: derived from tokenSecret (tests; instances sharing a secret agree).
   */
  idKey?: Buffer;
  /** WeChat login; absent or null: none. Device login (`device:<secret>`) is always on. */
  wechat?: { appId: string; secret: string; apiBase?: string } | null;
  /** `dev:<name>` login, never with WeChat; main.ts turns it off under NODE_ENV=production. Default true. */
  devLogin?: boolean;
  /** Requests a minute per IP address and per user (logins a tenth per address); 0 turns the limit off. Default 600. */
  rateLimitPerMinute?: number;
  /** The proxies (addresses, CIDR ranges) whose X-Forwarded-For names the client; none by default. */
  trustProxy?: readonly string[];
  /** The H5 build (dist/h5) to serve at / from the same origin. */
  staticRoot?: string | null;
  /** Origins allowed by CORS besides the same origin (none by default). */
  corsOrigins?: readonly string[];
  /** false: no logs. Default: JSON lines to stdout at info. */
  logger?: false | { level?: string; stream?: LogDestination };
  /** The clock, injectable for tests. */
  now?: () => Date;
  /** Used for WeChat's jscode2session; injectable for tests. */
  fetch?: typeof fetch;
}

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
const WECHAT_API_BASE = 'https://api.weixin.qq.com';

// Personal data never reaches a log line: bodies are never logged, and these keys are censored
// wherever an object carrying them is logged by mistake. Exact paths: pino's wildcards are slow.
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'request.body',
  'res.body',
  'body',
  'err.body',
  'idNo',
  'certificateNo',
  'babyName',
  'guardian',
  'enrollment',
  'enrollments',
  'token',
];

function loggerOptions(option: BuildAppOptions['logger']): FastifyServerOptions['logger'] {
  if (option === false) return false;
  return {
    level: option?.level ?? 'info',
    ...(option?.stream ? { stream: option.stream } : {}),
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      // Path only: no query string, no headers, no body, no address.
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

const API_PREFIX = `${API_BASE_PATH}/`;
const BODYLESS_METHODS = new Set(['GET', 'HEAD', 'DELETE']);
/** A build file named by its content hash (`108.003eb487.js`, and its precompressed `.br`/`.gz`). */
const CONTENT_HASHED = /\.[0-9a-f]{8}\.[a-z0-9]+(?:\.br|\.gz)?$/i;
const carriesNoBody = (headers: { 'content-length'?: string; 'transfer-encoding'?: string }) =>
  headers['transfer-encoding'] === undefined && (headers['content-length'] === undefined || headers['content-length'] === '0');

/** Adds `field` to the answer's Vary header unless it is there. */
function appendVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const text = Array.isArray(current) ? current.join(', ') : current === undefined ? '' : String(current);
  if (text === '') reply.header('vary', field);
  else if (text.trim() !== '*' && !text.split(',').some((f) => f.trim().toLowerCase() === field.toLowerCase())) reply.header('vary', `${text}, ${field}`);
}

const BAD_URL = errorAnswer('VALIDATION_FAILED', '请求地址无效', [{ path: '', message: '请求地址无效' }]);

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  if (options.tokenSecret.length < 16) throw new Error('tokenSecret must be at least 16 characters');
  const sealer = idSealer(options.idKey ?? Buffer.from(hkdfSync('sha256', options.tokenSecret, Buffer.alloc(0), 'yunbao id key of tests', 32)));
  const wechat: WechatConfig | null = options.wechat
    ? { appId: options.wechat.appId, secret: options.wechat.secret, apiBase: options.wechat.apiBase ?? WECHAT_API_BASE }
    : null;

  const staticRoot = options.staticRoot ? path.resolve(options.staticRoot) : null;
  const documentHeaders = documentSecurityHeaders(staticRoot);
  const app = Fastify({
    logger: loggerOptions(options.logger),
    logController: new LogController({ disableRequestLogging: true }),
    childLoggerFactory: lazyChildLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: true } },
    return503OnClosing: true,
    // Only the named proxies are believed; anyone else's X-Forwarded-For is ignored.
    trustProxy: options.trustProxy && options.trustProxy.length > 0 ? [...options.trustProxy] : false,
    // Enrollment ids may be 200 characters, i.e. 2,400 percent-encoded (4 UTF-8 bytes each);
    // the schema then counts characters. Longer still is a 400 like any bad URL.
    // Query strings read as the mocks read them (server/core/body.ts).
    routerOptions: { maxParamLength: 2400, querystringParser: (query) => parseQuery(query) },
    // A malformed URL (bad percent-encoding, an over-long parameter) is bad input: 400 in the
    // contract's shape. Fastify answers it before any hook, so the security headers are copied.
    clientErrorHandler: answerClientError,
    frameworkErrors: (_error, _request, reply) => {
      (reply as unknown as FastifyReply).code(400).headers(API_SECURITY_HEADERS).send(BAD_URL);
    },
  });
  let storage: Storage;
  try {
    storage = options.storage ?? (await openStorage(options, app, sealer));
  } catch (error) {
    await app.close();
    throw error;
  }
  const ctx: AppContext = {
    storage,
    sealer,
    now,
    tokens: signedTokens(options.tokenSecret),
    login: loginResolver({ dev: options.devLogin ?? true, wechat, ...(options.fetch ? { fetch: options.fetch } : {}) }),
    version: packageJson.version,
  };
  if (!options.storage) app.addHook('onClose', async () => storage.close());

  app.decorateRequest('principal', undefined);
  app.decorateRequest('h5File', false);
  // Answers are serialised as they are. The computations' success answers are the exception,
  // written by serializers compiled from their schemas and held to this one's output by a property
  // test (routes/define.ts).
  app.setSerializerCompiler(() => answerAsIs);
  installErrorHandling(app);

  // JSON only, parsed as the mocks parse it (server/core/body.ts); Fastify's text/plain parser
  // goes; anything else is read (so 413 still comes first) and refused as 400.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as ApiProblem, undefined);
    }
  });
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT_BYTES }, (_request, _body, done) => {
    done(new ApiProblem('VALIDATION_FAILED', BODY_MESSAGES.notJson, [{ path: '', message: BODY_MESSAGES.notJson }]), undefined);
  });

  const perMinute = options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  const limiter = perMinute > 0 ? rateLimiter({ perMinute, now: () => now().getTime(), userOf: (request) => principalOf(request, ctx)?.user ?? null }) : null;

  // Security headers on every answer, 404s included, chosen by the route that matched (never by
  // the request target, which may be absolute-form); the rate limit; an unknown path or method is
  // 404 whatever its body: answered before the body is read. A callback hook: no promise per request.
  app.addHook('onRequest', (request, reply, done) => {
    const config = request.routeOptions.config;
    // The files' wildcard route also catches unknown paths under the API: those are the API's 404s.
    const unknownApiPath = config.h5File === true && request.url.startsWith(API_PREFIX);
    const file = config.h5File === true && !unknownApiPath;
    request.h5File = file;
    reply.headers(file ? documentHeaders : API_SECURITY_HEADERS);
    if (limiter && !file && limiter.refused(request, reply, config.routeId)) return;
    if (request.is404 || unknownApiPath) {
      reply.code(404).type('application/json; charset=utf-8').send(errorAnswer('NOT_FOUND'));
      return;
    }
    // A GET or DELETE without a body is answered the same whatever its content-type says (api.md,
    // Conventions): wx.request sends application/json on every request, and Fastify would parse the
    // empty body as JSON. A request that carries a body keeps its parser and error mapping.
    if (BODYLESS_METHODS.has(request.method) && request.headers['content-type'] !== undefined && carriesNoBody(request.headers)) {
      delete request.headers['content-type'];
    }
    done();
  });

  if (options.logger !== false) installAccessLog(app);

  if (options.corsOrigins && options.corsOrigins.length > 0) {
    const allowed = new Set(options.corsOrigins);
    await app.register(cors, {
      origin: (origin, cb) => cb(null, origin !== undefined && allowed.has(origin)),
      methods: ['GET', 'POST', 'DELETE'],
      allowedHeaders: ['content-type', 'authorization'],
      hideOptionsRoute: true,
    });
  }

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '孕保通 YunBao 政策 API',
        version: packageJson.version,
        description: '产检、产前检查限额、分娩费用估算、待遇与新生儿参保登记（衡阳/湖南、温州、吉林）。金额为整数分，日期为 YYYY-MM-DD。',
      },
      servers: [{ url: '/' }],
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
      tags: [
        { name: 'reference', description: '参考数据' },
        { name: 'computations', description: '计算（无需登录）' },
        { name: 'accounts', description: '登录与新生儿参保登记' },
      ],
    },
  });

  await app.register(apiRoutes, { prefix: API_BASE_PATH, ctx });

  if (staticRoot && fs.existsSync(staticRoot)) {
    await app.register(async (files) => {
      files.addHook('onRoute', (route) => {
        route.config = { ...route.config, h5File: true };
      });
      // The same URL answers brotli, gzip or plain by Accept-Encoding: caches must key on it, and
      // on Origin too where CORS answers it (appended, never replaced).
      files.addHook('onSend', (_request, reply, payload, done) => {
        appendVary(reply, 'accept-encoding');
        done(null, payload);
      });
      // A path that is no file of the app is answered 404 (by the not-found handler) and counts
      // like any unknown path.
      if (limiter) {
        app.addHook('onResponse', (request, reply, done) => {
          if (reply.statusCode === 404 && request.h5File) limiter.count(request);
          done();
        });
      }
      await files.register(fastifyStatic, {
        root: staticRoot,
        prefix: '/',
        index: ['index.html'],
        wildcard: true,
        // The .br/.gz siblings written by scripts/precompress.mjs at build time, chosen by Accept-Encoding.
        preCompressed: true,
        // A file whose name carries its content hash never changes: cached for a year. The others
        // (index.html, which names the current ones; favicon.ico) are revalidated every time.
        cacheControl: false,
        setHeaders: (res, filePath) => {
          res.setHeader('cache-control', CONTENT_HASHED.test(path.basename(filePath)) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
    });
  }

  return app;
}

function openStorage(options: BuildAppOptions, app: FastifyInstance, sealer: IdSealer): Promise<Storage> | Storage {
  if (!options.databaseUrl) return openSqliteStorage(options.databasePath ?? ':memory:', { sealUnsealed: (e) => sealUnsealed(sealer, e) });
  return openPostgresStorage(options.databaseUrl, {
    ...options.postgres,
    // An idle connection lost (the database restarting): the pool replaces it on the next request.
    onIdleError: (error) => {
      const { type, code } = describeFailure(error);
      app.log.warn({ err: { type, code } }, 'idle database connection lost');
    },
  });
}

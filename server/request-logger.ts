// request.log without a pino child for every request. Fastify's default makes one per request (bound
// to its reqId), yet most answers write no line of their own (access-log.ts counts the anonymous
// ones): here the child is made on the request's first line, with the same bindings and options,
// so every line of a request still carries its reqId. A pino child costs ~335 ns in one process,
// this object with Fastify's check of it ~150 ns (bench/README.md).
import { type FastifyBaseLogger, type FastifyServerOptions } from 'fastify';
import { type Bindings, type ChildLoggerOptions, type LevelWithSilent } from 'pino';

type LogArgs = [unknown, string?, ...unknown[]];

class RequestLogger {
  #child: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}

  /** The request's pino child, made on first use. */
  get logger(): FastifyBaseLogger {
    this.#child ??= this.parent.child(this.bindings, this.options);
    return this.#child;
  }

  get level(): LevelWithSilent | string {
    return this.logger.level;
  }

  set level(level: LevelWithSilent | string) {
    this.logger.level = level;
  }

  fatal(...args: LogArgs): void {
    this.logger.fatal(...args);
  }

  error(...args: LogArgs): void {
    this.logger.error(...args);
  }

  warn(...args: LogArgs): void {
    this.logger.warn(...args);
  }

  info(...args: LogArgs): void {
    this.logger.info(...args);
  }

  debug(...args: LogArgs): void {
    this.logger.debug(...args);
  }

  trace(...args: LogArgs): void {
    this.logger.trace(...args);
  }

  silent(...args: LogArgs): void {
    this.logger.silent(...args);
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.logger.child(bindings, options);
  }
}

export const lazyChildLogger: NonNullable<FastifyServerOptions['childLoggerFactory']> = (logger, bindings, options) =>
  new RequestLogger(logger, bindings, options);

// What the log says about answers. A line of its own for every answer someone may need to trace
// (a refusal or failure, anything of a logged-in user: login, enrollments, export, deletion);
// the successful anonymous answers (reference data, computations, the H5 files) are counted per
// route and logged as one summary line a minute (count and latency percentiles): a line each would
// cost more than the computation and say nothing a count does not. Refusals that come in floods
// (404 for unknown paths, 429 over the limit) get a line each for the first few a minute, then one
// count. No line carries a body, a query string or a header: method, path, status and time only.
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { ROUTES, type RouteId } from '../src/api/contract';

export const SUMMARY_INTERVAL_MS = 60_000;
/** 404 and 429 answers with a line of their own per status and minute; the rest are counted. */
export const SAMPLED_LINES_PER_MINUTE = 10;
const SAMPLED = new Set([404, 429]);

/** Latency in 0.1 ms steps up to 1 s, then one overflow bucket: percentiles without keeping samples. */
const BUCKETS = 10_001;

class RouteSummary {
  count = 0;
  max = 0;
  readonly histogram = new Uint32Array(BUCKETS);

  add(ms: number): void {
    this.count += 1;
    if (ms > this.max) this.max = ms;
    this.histogram[Math.min(BUCKETS - 1, Math.round(ms * 10))]! += 1;
  }

  percentile(p: number): number {
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.histogram[i]!;
      if (seen >= rank) return i === BUCKETS - 1 ? this.max : i / 10;
    }
    return this.max;
  }
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

/** True when an answer gets its own line. */
function tracedAnswer(routeId: RouteId | undefined, statusCode: number): boolean {
  if (statusCode >= 400) return true;
  return routeId !== undefined && ROUTES[routeId].tag === 'accounts';
}

export function installAccessLog(app: FastifyInstance): void {
  const summaries = new Map<string, RouteSummary>();
  const sampled = new Map<number, { logged: number; suppressed: number }>();

  const flush = (): void => {
    for (const [statusCode, s] of sampled) {
      if (s.suppressed > 0) app.log.info({ statusCode, logged: s.logged, suppressed: s.suppressed, windowMs: SUMMARY_INTERVAL_MS }, 'refusals summary');
    }
    sampled.clear();
    for (const [route, s] of summaries) {
      if (s.count === 0) continue;
      app.log.info(
        { route, answered: s.count, p50: s.percentile(50), p99: s.percentile(99), max: round1(s.max), windowMs: SUMMARY_INTERVAL_MS },
        'answers summary',
      );
    }
    summaries.clear();
  };
  const timer = setInterval(flush, SUMMARY_INTERVAL_MS);
  timer.unref();
  app.addHook('onClose', (_instance, done) => {
    clearInterval(timer);
    flush();
    done();
  });

  app.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done) => {
    const ms = reply.elapsedTime;
    // Fastify builds request.routeOptions afresh on every read: once per answer.
    const route = request.routeOptions;
    if (SAMPLED.has(reply.statusCode)) {
      const s = sampled.get(reply.statusCode) ?? { logged: 0, suppressed: 0 };
      sampled.set(reply.statusCode, s);
      if (s.logged >= SAMPLED_LINES_PER_MINUTE) {
        s.suppressed += 1;
        done();
        return;
      }
      s.logged += 1;
    }
    if (tracedAnswer(route.config.routeId, reply.statusCode)) {
      request.log.info(
        { method: request.method, url: request.url.split('?')[0], statusCode: reply.statusCode, ms: round1(ms) },
        'answered',
      );
    } else {
      const name = `${request.method} ${route.url ?? 'static'}`;
      let s = summaries.get(name);
      if (!s) {
        s = new RouteSummary();
        summaries.set(name, s);
      }
      s.add(ms);
    }
    done();
  });
}

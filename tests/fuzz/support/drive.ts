// Runs one endpoint's fuzz: HALF runs of contract-valid requests (checked against the answer
// schema and the spec's oracle) and HALF runs of malformed ones (checked for the contract's error
// shape), with "nothing written" and "no prototype polluted" after every run.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import {
  NASTY_STRINGS,
  ODD_JSON_TYPES,
  WRONG_CONTENT_TYPES,
  headerNoiseArb,
  mutate,
  mutationArb,
  nastyValueArb,
  queryNoiseArb,
  rawGarbageArb,
} from './arbitraries';
import { HALF, checkAnyAnswer, fail, type FuzzApp, type FuzzRequest, type FuzzResponse, type Tally } from './harness';

export interface ValidCase<B = unknown> {
  req: FuzzRequest;
  body?: B;
}

/** Object.prototype and Array.prototype must come out of every request untouched. */
export function checkNoPollution(req: FuzzRequest, res: FuzzResponse): void {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || ([] as unknown as Record<string, unknown>).polluted !== undefined) {
    fail(req, res, 'Object.prototype was polluted');
  }
}

export function same(req: FuzzRequest, res: FuzzResponse, actual: unknown, expected: unknown, what: string): void {
  if (!isDeepStrictEqual(actual, expected)) {
    fail(req, res, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function checkSchema(req: FuzzRequest, res: FuzzResponse, schema: TSchema, value: unknown): void {
  if (!Value.Check(schema, value)) {
    const first = [...Value.Errors(schema, value)].slice(0, 3).map((e) => `${e.path}: ${e.message}`);
    fail(req, res, `answer does not match its contract schema (${first.join('; ')})`);
  }
}

export interface EndpointFuzz<B> {
  name: string;
  t: FuzzApp;
  tally: Tally;
  valid: fc.Arbitrary<ValidCase<B>>;
  /** Oracle for a valid request (status included). */
  checkValid: (c: ValidCase<B>, res: FuzzResponse, parsed: unknown, rowsBefore: number) => void | Promise<void>;
  malformed: fc.Arbitrary<FuzzRequest>;
  /** Extra checks of a malformed request's answer (rows included, when it replaces the default). */
  checkMalformed?: (req: FuzzRequest, res: FuzzResponse, parsed: unknown, rowsBefore: number) => void | Promise<void>;
  /** Schema a 2xx answer to a malformed-but-accepted request must still match. */
  answer?: TSchema;
  /** Rows the valid half may write (enrollments); elsewhere nothing is ever written. */
  validWrites?: boolean;
}

const short = (s: string | Buffer | undefined) => {
  const text = s === undefined ? '' : typeof s === 'string' ? s : `<${s.length} bytes>`;
  return text.length > 300 ? `${text.slice(0, 300)}…(${text.length} chars)` : text;
};

/** fast-check prints counterexamples with this: a request in one readable, bounded line. */
export function describe(req: FuzzRequest): string {
  return `${req.method} ${short(req.url)} ${JSON.stringify(req.headers ?? {})} ${JSON.stringify(short(req.payload))}`;
}

function printable<T extends object>(value: T, text: string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => text, enumerable: false });
  return value;
}

export async function fuzzEndpoint<B>(f: EndpointFuzz<B>): Promise<void> {
  await fc.assert(
    fc.asyncProperty(f.valid.map((c) => printable(c, describe(c.req))), async (c) => {
      const before = await f.t.rows();
      const res = await f.t.send(c.req);
      f.tally.add(f.name, 'valid', res.status);
      const parsed = checkAnyAnswer(c.req, res);
      checkNoPollution(c.req, res);
      await f.checkValid(c, res, parsed, before);
      if (!f.validWrites && (await f.t.rows()) !== before) fail(c.req, res, 'rows written by a request that must not write');
    }),
    { numRuns: HALF },
  );
  await fc.assert(
    fc.asyncProperty(f.malformed.map((r) => printable(r, describe(r))), async (req) => {
      const before = await f.t.rows();
      const res = await f.t.send(req);
      f.tally.add(f.name, 'malformed', res.status);
      const parsed = checkAnyAnswer(req, res);
      checkNoPollution(req, res);
      if (res.status < 300 && f.answer && res.status !== 204 && req.method !== 'HEAD') checkSchema(req, res, f.answer, parsed);
      if (f.checkMalformed) await f.checkMalformed(req, res, parsed, before);
      else if ((await f.t.rows()) !== before) fail(req, res, 'rows written by a malformed request');
    }),
    { numRuns: HALF },
  );
}

/** A valid body as a request, with header and query noise the endpoint must ignore. */
export const validPost = <B>(url: string, body: fc.Arbitrary<B>): fc.Arbitrary<ValidCase<B>> =>
  fc
    .record({ body, noise: headerNoiseArb, query: fc.oneof(fc.constant(''), queryNoiseArb), ct: fc.constantFrom('application/json', 'application/json; charset=utf-8') })
    .map(({ body: b, noise, query, ct }) => ({
      body: b,
      req: { method: 'POST' as const, url: query ? `${url}?${query}` : url, headers: { ...noise, 'content-type': ct }, payload: JSON.stringify(b) },
    }));

export function expect200(req: FuzzRequest, res: FuzzResponse): void {
  if (res.status !== 200) fail(req, res, 'a contract-valid computation must answer 200');
}

const withQuery = (url: string, query: string) => (query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url);

/**
 * Malformed requests to a JSON POST endpoint, built from its valid bodies: a mutated body, raw
 * garbage (broken JSON, deep nesting, duplicate and prototype keys), a wrong or odd content type,
 * a body over 64 KiB; always with header and query noise. `auth` supplies the Authorization header.
 */
export function malformedPost(url: string, validBody: fc.Arbitrary<unknown>, auth: fc.Arbitrary<string | undefined> = fc.constant(undefined)): fc.Arbitrary<FuzzRequest> {
  const json = (ct: string | undefined): Record<string, string> => (ct === undefined ? {} : { 'content-type': ct });
  const assemble = (payload: string | Buffer, contentType: string | undefined, noise: Record<string, string>, query: string, authorization: string | undefined): FuzzRequest => ({
    method: 'POST',
    url: withQuery(url, query),
    headers: { ...noise, ...json(contentType), ...(authorization !== undefined ? { authorization } : {}) },
    payload,
  });
  const common = { noise: headerNoiseArb, query: fc.oneof(fc.constant(''), queryNoiseArb), auth };
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .record({ body: validBody, pick: fc.nat(), mutation: mutationArb, nasty: nastyValueArb, key: fc.constantFrom('extra', '__proto__', 'constructor', '', 'x'.repeat(300), '\u0000'), ...common })
        .map((r) => assemble(mutate(r.body, r.pick, r.mutation, r.nasty, r.key), 'application/json', r.noise, r.query, r.auth)),
    },
    { weight: 3, arbitrary: fc.record({ raw: rawGarbageArb, ...common }).map((r) => assemble(r.raw, 'application/json', r.noise, r.query, r.auth)) },
    {
      weight: 2,
      arbitrary: fc
        .record({ body: validBody, ct: fc.constantFrom(...WRONG_CONTENT_TYPES), ...common })
        .map((r) => assemble(JSON.stringify(r.body), r.ct, r.noise, r.query, r.auth)),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ body: validBody, ct: fc.constantFrom(...ODD_JSON_TYPES), latin1: fc.boolean(), ...common })
        .map((r) => assemble(r.latin1 ? Buffer.from(JSON.stringify(r.body), 'latin1') : JSON.stringify(r.body), r.ct, r.noise, r.query, r.auth)),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ body: validBody, size: fc.integer({ min: 65_537, max: 200_000 }), ...common })
        .map((r) => {
          const text = JSON.stringify(r.body);
          const padded = `${text.slice(0, -1)}${text.length > 2 ? ',' : ''}"pad":"${'x'.repeat(Math.max(0, r.size - text.length - 10))}"}`;
          return assemble(padded, 'application/json', r.noise, r.query, r.auth);
        }),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ s: fc.constantFrom(...NASTY_STRINGS), ...common })
        .map((r) => assemble(JSON.stringify(r.s), 'application/json', r.noise, r.query, r.auth)),
    },
  );
}

/** Malformed requests to a GET (or DELETE) endpoint: noise in the query, the headers, a stray body, other methods. */
export function malformedGet(url: fc.Arbitrary<string>, method: FuzzRequest['method'] = 'GET', auth: fc.Arbitrary<string | undefined> = fc.constant(undefined)): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      url,
      query: queryNoiseArb,
      noise: headerNoiseArb,
      auth,
      body: fc.option(fc.oneof(rawGarbageArb, fc.constant('{"a":1}')), { nil: undefined }),
      ct: fc.constantFrom(undefined, 'application/json', 'text/plain'),
      method: fc.constantFrom<FuzzRequest['method']>(method, method, method, 'POST', 'PUT', 'PATCH', 'HEAD', 'OPTIONS'),
    })
    .map((r) => ({
      method: r.method,
      url: withQuery(r.url, r.query),
      headers: { ...r.noise, ...(r.ct ? { 'content-type': r.ct } : {}), ...(r.auth !== undefined ? { authorization: r.auth } : {}) },
      ...(r.body !== undefined && r.method !== 'HEAD' ? { payload: r.body } : {}),
    }));
}

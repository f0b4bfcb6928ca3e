// fast-check arbitraries: contract-valid requests built from the schemas of api.md (so the engine
// is reached, not only validation), and the ways a body, a query or a header can be malformed.
import fc from 'fast-check';
import { FUZZ_TODAY } from './constants';
import { CHECK_WEEKS, MAX_DAY, MIN_DAY, dayOf, isoOf, residentId, type Insurance } from './oracle';

// --- Building blocks ---------------------------------------------------------------------------

export const INSURANCES: Insurance[] = ['employee', 'flexible', 'resident', 'none'];
export const insuranceArb = fc.constantFrom<Insurance>(...INSURANCES);

/** A day number between two day numbers, inclusive. */
export const dayArb = (min: number, max: number) => fc.integer({ min, max });
export const dateArb = (min = MIN_DAY, max = MAX_DAY) => dayArb(min, max).map(isoOf);
/** Dates clustered around the policy years (2024–2031), with the full range now and then. */
export const policyDateArb = fc.oneof(
  { weight: 4, arbitrary: dateArb(dayOf('2023-06-01'), dayOf('2031-06-30')) },
  { weight: 1, arbitrary: dateArb() },
  { weight: 1, arbitrary: fc.constantFrom('2024-06-30', '2024-07-01', '2025-12-31', '2026-01-01', '2030-12-31', '2031-01-01', '2028-02-29', '1900-01-01', '2100-12-31') },
);

/** Six-digit codes that resolve (api.md, Regions): the entries, their cities and counties. */
export const supportedRegionArb = fc.oneof(
  fc.constantFrom('430400', '430000', '330300', '220200', '220000'),
  fc.integer({ min: 0, max: 99 }).map((n) => `4304${String(n).padStart(2, '0')}`), // Hengyang counties
  fc.integer({ min: 0, max: 9999 }).map((n) => `43${String(n).padStart(4, '0')}`), // rest of Hunan
  fc.integer({ min: 0, max: 99 }).map((n) => `3303${String(n).padStart(2, '0')}`), // Wenzhou
  fc.integer({ min: 0, max: 99 }).map((n) => `2202${String(n).padStart(2, '0')}`), // Jilin City
  fc.integer({ min: 0, max: 9999 }).map((n) => `22${String(n).padStart(4, '0')}`), // rest of Jilin
);
/** Six digits that may or may not resolve. */
export const anyRegionArb = fc.oneof(supportedRegionArb, fc.stringMatching(/^[0-9]{6}$/));

export const fenArb = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 2_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 9_999_999_999, 10_000_000_000) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n * 10_000) },
);

/** `x` absent, null or a value: optional fields "may be absent or null, which mean the same". */
export function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> {
  return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: arb });
}

/** Drops undefined fields, as a JSON body would. */
export function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

// --- Han names (\p{Script=Han}, middle dot between two) -----------------------------------------

const HAN = /^\p{Script=Han}$/u;
const hanPool: string[] = [];
for (const [from, to, step] of [
  [0x4e00, 0x9fff, 97], // URO
  [0x3400, 0x4dbf, 211], // Ext A
  [0x20000, 0x2a6df, 4099], // Ext B (astral: two UTF-16 units, one code point)
  [0xf900, 0xfa6d, 37], // compatibility ideographs
  [0x2e80, 0x2ef3, 13], // radicals
  [0x3005, 0x3007, 1], // 々 〇 (Script=Han)
] as const) {
  for (let cp = from; cp <= to; cp += step) {
    const ch = String.fromCodePoint(cp);
    if (HAN.test(ch)) hanPool.push(ch);
  }
}
const common = [...'张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高小满华明丽雨欣怡子涵浩宇阿依古丽买提'];
const hanCharArb = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...common) }, { weight: 1, arbitrary: fc.constantFrom(...hanPool) });

/** 1–20 code points of Han script, with middle dots only between two Han characters. */
export const hanNameArb = fc
  .array(fc.array(hanCharArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map((p) => p.join('')).join('·'))
  .filter((name) => [...name].length <= 20);

// --- Valid requests, one arbitrary per endpoint -------------------------------------------------

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const TODAY = dayOf(FUZZ_TODAY);

export const timelineArb = fc
  .record({
    method: fc.constantFrom('lmp', 'edd', 'ivf'),
    days: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 308 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 97, 98, 195, 196, 258, 259, 293, 294, 307, 308) }),
    cycleDays: optional(fc.integer({ min: 21, max: 45 })),
    embryoDay: fc.constantFrom(3, 5, 6),
    today: optional(dateArb(dayOf('1950-01-01'), dayOf('2090-12-31'))),
    done: optional(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 12 })),
  })
  .map(({ method, days, cycleDays, embryoDay, today, done }) => {
    const todayDay = today ? dayOf(today) : TODAY;
    const lmp = todayDay - days; // the effective LMP
    const edd = lmp + 280;
    const dating =
      method === 'lmp'
        ? { method, date: isoOf(lmp - ((cycleDays ?? 28) - 28)), ...(cycleDays !== undefined ? { cycleDays } : {}) }
        : method === 'edd'
          ? { method, date: isoOf(edd) }
          : { method, date: isoOf(edd - 266 + embryoDay), embryoDay };
    return clean({ dating, today, done });
  });

export const claimIdArb = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme-ascii' }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 64, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '0', '-1', 'NaN', ' ', '\u202e', '👶🏻', 'x'.repeat(64)) },
);

export const prenatalQuotaArb = fc
  .record({
    region: supportedRegionArb,
    insurance: insuranceArb,
    registeredOn: optional(policyDateArb),
    deliveredOffset: optional(fc.integer({ min: 0, max: 400 })),
    claims: fc.uniqueArray(
      fc.record({ id: claimIdArb, date: policyDateArb, amount: fenArb, inList: optional(fc.boolean()), publicHealth: optional(fc.boolean()) }),
      { maxLength: 12, selector: (c) => c.id },
    ),
    manyClaims: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ region, insurance, registeredOn, deliveredOffset, claims, manyClaims }) => {
    const jilinEmployee = region.startsWith('22') && insurance === 'employee';
    const reg = jilinEmployee && !registeredOn ? '2025-06-01' : registeredOn;
    const base = Math.min(reg ? dayOf(reg) : dayOf('2025-06-01'), MAX_DAY - 400);
    const deliveredOn = deliveredOffset === undefined || deliveredOffset === null ? deliveredOffset : isoOf(Math.min(MAX_DAY, base + deliveredOffset));
    // Now and then the maximum of 200 claims.
    const all = manyClaims === 20 ? Array.from({ length: 200 }, (_, i) => ({ id: `m${i}`, date: isoOf(base + i), amount: 1000 + i })) : claims;
    return clean({ region, insurance, registeredOn: reg, deliveredOn, claims: all });
  });

export const deliveryEstimateArb = fc
  .record({
    region: supportedRegionArb,
    insurance: insuranceArb,
    deliveryDate: policyDateArb,
    hospital: fc.record({
      designated: fc.boolean(),
      obstetrics: fc.boolean(),
      inRegion: optional(fc.boolean()),
      level: optional(fc.constantFrom(1, 2, 3)),
      zeroCopay: optional(fc.record({ joinedOn: policyDateArb, leftAfter: optional(fc.integer({ min: 0, max: 2000 })) })),
    }),
    costs: fc.record({ inScope: optional(fenArb), outOfScope: optional(fenArb), specialNeeds: optional(fenArb), complications: optional(fenArb) }),
    ordinary: optional(fc.record({ deductible: fenArb, ratioPct: fc.integer({ min: 0, max: 100 }) })),
  })
  .map((r) => {
    const z = r.hospital.zeroCopay;
    const zeroCopay =
      z === null || z === undefined
        ? z
        : { joinedOn: z.joinedOn, leftOn: z.leftAfter === null || z.leftAfter === undefined ? z.leftAfter : isoOf(Math.min(MAX_DAY, dayOf(z.joinedOn) + z.leftAfter)) };
    return clean({ ...r, hospital: { ...r.hospital, zeroCopay } });
  });

export const eligibilityArb = fc
  .record({
    region: supportedRegionArb,
    insurance: insuranceArb,
    stage: fc.constantFrom('planning', 'pregnant', 'postpartum'),
    deliveryDate: optional(policyDateArb),
    employer: optional(fc.record({ fullyFunded: fc.boolean() })),
  })
  .map(clean);

export const servicePackagesQueryArb = fc
  .oneof(
    fc.constant({}),
    fc.constant({ stage: 'planning' }),
    fc.record({ stage: fc.constant('pregnant'), weeks: fc.integer({ min: 0, max: 44 }) }),
    fc.record({ stage: fc.constant('postpartum'), childAgeDays: fc.oneof(fc.integer({ min: 0, max: 6574 }), fc.constantFrom(0, 28, 29, 42, 43, 6574)) }),
    fc.record({ stage: fc.constant('ended'), daysSince: fc.oneof(fc.integer({ min: 0, max: 6574 }), fc.constantFrom(0, 42, 43, 6574)) }),
  )
  .chain((q: { stage?: string; weeks?: number; childAgeDays?: number; daysSince?: number }) =>
    fc.record({ q: fc.constant(q), zeros: fc.integer({ min: 0, max: 2 }), extra: fc.boolean() }),
  );

/** A certificate number `^[A-Z][0-9]{9}$`. */
export const certificateArb = fc.stringMatching(/^[A-Z][0-9]{9}$/);

export const idNoArb = fc
  .record({
    area: fc.stringMatching(/^[1-6][0-9]{5}$/),
    birth: dateArb(MIN_DAY, TODAY),
    seq: fc.integer({ min: 0, max: 999 }),
    lower: fc.boolean(),
  })
  .map(({ area, birth, seq, lower }) => {
    const id = residentId(area, birth, seq);
    return lower ? id.toLowerCase() : id;
  });

export const enrollmentArb = fc
  .record({
    certificateNo: certificateArb,
    babyName: hanNameArb,
    sex: fc.constantFrom('M', 'F'),
    // Not in the future, not over 18 years ago (kept a day inside each bound).
    birthDate: fc.oneof(dateArb(TODAY - 120, TODAY), dateArb(dayOf('2008-03-22'), TODAY)),
    region: supportedRegionArb,
    guardian: fc.record({
      name: hanNameArb,
      idNo: idNoArb,
      relation: fc.constantFrom('mother', 'father', 'guardian'),
      insuredInRegion: optional(fc.boolean()),
    }),
  })
  .map(clean);

export const CHECK_COUNT = CHECK_WEEKS.length;

// --- Malformed values and bodies ----------------------------------------------------------------

/** Strings that have broken parsers, validators and databases before. */
export const NASTY_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '\ud800', '\udfff', '\udc00\ud800', 'x\ud83d', '\u202eRTL\u202c', '\u200f', '\u200d', '\ufeff',
  '\uffff', '\ufffe', '👶🏻', '👨‍👩‍👧', 'e\u0301', 'Ω', '\u0085', '\u2028\u2029', '\r\n', '\t', '\\', '"', "'", '`', '${7*7}', '{{7*7}}',
  '<script>alert(1)</script>', '../../etc/passwd', "1' OR '1'='1", "'; DROP TABLE enrollments; --", '%00', '%2e%2e%2f', 'null',
  'undefined', 'NaN', 'Infinity', 'true', '1e3', '0x10', '-0', '__proto__', 'constructor', 'prototype', 'toString', 'A'.repeat(201),
  '张'.repeat(21), '𠀀'.repeat(21), '张·', '·张', '张··满', '张 满', '张.满', 'Zhang', '張小滿', '张\u200d满', '430400 ', ' 430400',
  '４３０４００', '430400\n', '43040', '4304000', '000000', '999999', '2026-02-30', '2025-02-29', '2100-02-29', '2026-13-01',
  '2026-00-10', '2026-01-00', '2026-01-32', '1899-12-31', '2101-01-01', '0000-00-00', '9999-12-31', '2026-1-5', '２０２６-０１-０５',
  '2026-03-15T00:00:00Z', '20260315', '2026/03/15', 'r430123456', 'R43012345', 'R4301234567', 'RR30123456', '430421199203150048',
  '430421199202300040', '43042119920315004', '4304211992031500477', '430421189912310040', 'dev:', 'dev:a b', 'dev:' + 'a'.repeat(65),
  'DEV:alice', 'dev:alice\n', 'dev:ali\u0000ce', 'M ', 'm', 'f', 'X', 'MOTHER', 'employee ', 'Employee',
];

export const NASTY_NUMBERS = [
  -1, -0.5, 0.5, 1.5, 0.1 + 0.2, -1e-300, 1e-7, 1e21, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2,
  10_000_000_001, 2 ** 53, -(2 ** 31), 2 ** 31, 2 ** 32, 13, 0, 45, 46, 20, 4, 7, 101, -100, 44.5, 308, 309,
];

/** Numbers that JSON.stringify cannot write: substituted into the text afterwards. */
export const RAW_NUMBERS = ['1e400', '-1e400', `1${'0'.repeat(400)}`, '1.0', '1e3', '1E3', '0.1e1', '-0', '1e-400', '12345678901234567890123', '0.5e1', '-0.0'];

const RAW_MARK = 'RAW~NUM~';

export const nastyValueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_NUMBERS).map((raw) => `${RAW_MARK}${raw}`) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], [[]], { a: 1 }, [1, 2, 3], { __proto__x: 1 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: -1 }) },
);

/** JSON text of a value, with RAW~NUM~ strings replaced by the raw number text. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/"RAW~NUM~([^"]*)"/g, (_m, raw: string) => raw);
}

/** Every path (object keys and array indices) of a JSON value, the root included. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

type Mutation = 'replace' | 'delete' | 'unknown-field' | 'wrap-array' | 'stringify' | 'duplicate-key' | 'proto-key';

/**
 * One malformed edit of a valid body, as JSON text: a value replaced by a nasty one, a field
 * deleted, an unknown field (prototype keys included, written raw so JSON.parse sees them), the
 * value wrapped in an array or turned into a string, a key written twice.
 */
export function mutate(body: unknown, pick: number, mutation: Mutation, nasty: unknown, key: string): string {
  const paths = pathsOf(body);
  const path = paths[pick % paths.length] ?? [];
  const copy = JSON.parse(JSON.stringify(body)) as unknown;
  const parentOf = (p: (string | number)[]) => p.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy);
  const last = path[path.length - 1];
  const setAt = (v: unknown): unknown => {
    if (path.length === 0) return v;
    (parentOf(path) as Record<string | number, unknown>)[last as string | number] = v;
    return copy;
  };
  const current = path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy);
  switch (mutation) {
    case 'replace':
      return toJsonText(setAt(nasty));
    case 'delete': {
      if (path.length === 0) return '';
      const parent = parentOf(path);
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as Record<string, unknown>)[last as string];
      return toJsonText(copy);
    }
    case 'wrap-array':
      return toJsonText(setAt([current]));
    case 'stringify':
      return toJsonText(setAt(JSON.stringify(current)));
    case 'unknown-field':
    case 'proto-key':
    case 'duplicate-key': {
      // Insert raw text into the object at `path` (or the nearest object above it).
      let objPath = path;
      let target: unknown = current;
      while (objPath.length > 0 && (target === null || typeof target !== 'object' || Array.isArray(target))) {
        objPath = objPath.slice(0, -1);
        target = objPath.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy);
      }
      if (target === null || typeof target !== 'object' || Array.isArray(target)) return toJsonText(copy);
      const marker = `__MARK_${pick}__`;
      (target as Record<string, unknown>)[marker] = 0;
      const text = toJsonText(copy);
      const existing = Object.keys(target).filter((k) => k !== marker);
      let insert: string;
      if (mutation === 'proto-key') insert = `"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}`;
      else if (mutation === 'duplicate-key' && existing.length > 0) {
        const k = existing[pick % existing.length] ?? '';
        insert = `${JSON.stringify(k)}:${toJsonText(nasty)}`;
      } else insert = `${JSON.stringify(key)}:${toJsonText(nasty)}`;
      return text.replace(`"${marker}":0`, insert);
    }
    default:
      return toJsonText(copy);
  }
}

export const mutationArb = fc.constantFrom<Mutation>('replace', 'replace', 'replace', 'delete', 'unknown-field', 'wrap-array', 'stringify', 'duplicate-key', 'proto-key');

/** Raw texts that are not a JSON object: broken JSON, deep nesting, other top-level values. */
export const rawGarbageArb = fc.oneof(
  fc.constantFrom(
    '', ' ', '{', '}', '{"a":', '{"a":1,}', "{'a':1}", '{a:1}', 'null', 'true', '0', '"text"', '[]', '[{}]', 'NaN', 'undefined',
    '{"a":1}{"b":2}', '\u0000', '\ufeff{}', '{"a":"\\ud800"}', '{"a":"\\u0000"}', '{"a":"\\x41"}', '{"a":01}', '{"a":.5}', '{"a":+1}',
    '{"a":0x10}', '{"a":Infinity}', '{"a":NaN}', '{"a":1e}', '//{}', '/* */{}', '{"__proto__":{"polluted":"yes"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}', '{"a":[' + '1,'.repeat(10_000) + '1]}',
  ),
  fc.integer({ min: 1, max: 30_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 20_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.integer({ min: 1, max: 30_000 }).map((n) => '['.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

/** Content types other than JSON (400 VALIDATION_FAILED), and JSON spelled oddly. */
export const WRONG_CONTENT_TYPES = [
  undefined, 'text/plain', 'text/html', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml',
  'application/octet-stream', 'application/jsonx', 'application/json-seq', 'json', '*/*', '', 'application/', 'text/json',
];
export const ODD_JSON_TYPES = [
  'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json;charset=UTF-8', 'application/json; charset=utf-16',
  'application/json; charset=latin1', 'application/vnd.api+json', 'application/json ; foo=bar', 'application/merge-patch+json',
];

/** Header-safe noise: extra headers a client or a proxy might send. */
export const headerNoiseArb = fc.dictionary(
  fc.constantFrom(
    'x-forwarded-for', 'x-real-ip', 'accept', 'accept-language', 'accept-encoding', 'origin', 'referer', 'cookie', 'x-http-method-override',
    'x-requested-with', 'if-none-match', 'range', 'user-agent', 'x-fuzz', 'forwarded', 'expect',
  ),
  fc.oneof(
    fc.string({ unit: 'grapheme-ascii', maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
    fc.constantFrom('*/*', 'gzip, br', 'zh-CN,zh;q=0.9', 'https://evil.example', '127.0.0.1', '1.2.3.4, 5.6.7.8', 'DELETE', 'bytes=0-1', '__proto__=1', 'a=b; c=d'),
  ),
  { maxKeys: 3 },
);

/** Query-string noise: keys and values the endpoints do not read, prototype keys, duplicates, bad encodings. */
export const queryNoiseArb = fc
  .array(
    fc.tuple(
      fc.constantFrom('x', 'stage', 'weeks', '__proto__', 'constructor', '__proto__[polluted]', 'a[b]', 'today', 'id', 'token', '', '%', 'é'),
      fc.oneof(fc.constantFrom(...NASTY_STRINGS.filter((s) => !/[\ud800-\udfff]/.test(s))), fc.string({ maxLength: 10 })),
    ),
    { maxLength: 3 },
  )
  .map((pairs) => pairs.map(([k, v]) => (k === '%' ? '%zz=%' : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)).join('&'));

/** POST /maternity-allowance: a birth (optional babies, difficult, childOrder) or a loss (weeks), with or without a wage. */
export const maternityAllowanceArb = fc
  .record({
    region: supportedRegionArb,
    insurance: insuranceArb,
    employer: optional(fc.record({ fullyFunded: fc.boolean() })),
    event: fc.oneof(
      fc.record({
        kind: fc.constant('birth'),
        date: policyDateArb,
        babies: optional(fc.integer({ min: 1, max: 5 })),
        difficult: optional(fc.boolean()),
        childOrder: optional(fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom(1, 2, 3))),
      }),
      fc.record({ kind: fc.constant('loss'), date: policyDateArb, weeks: fc.oneof(fc.integer({ min: 0, max: 44 }), fc.constantFrom(15, 16)) }),
    ),
    employerAverageMonthlyWage: optional(fc.oneof(fenArb, fc.constantFrom(15, 45, 600000, 600001, 600015))),
  })
  .map(clean);

/** POST /childcare-subsidy: birth dates around the scheme's start and third birthdays, `today` optional. */
export const childcareSubsidyArb = fc
  .record({
    birthDate: fc.oneof(
      { weight: 4, arbitrary: dateArb(dayOf('2021-06-01'), dayOf('2031-12-31')) },
      { weight: 1, arbitrary: dateArb() },
      { weight: 1, arbitrary: fc.constantFrom('2021-12-31', '2022-01-01', '2022-01-31', '2022-02-01', '2024-12-31', '2025-01-01', '2024-02-29', '2026-05-10') },
    ),
    today: optional(dateArb(dayOf('2020-01-01'), dayOf('2035-12-31'))),
  })
  .map(clean);

// The engine as a whole: pure (dayjs and itself only), never throws on bad input, fast.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  checkCatalog,
  datePregnancy,
  deliveryEstimate,
  eligibility,
  listRegions,
  newbornTerms,
  pregnancyTimeline,
  prenatalQuota,
  regionPolicy,
  servicePackages,
  validateCertificateNo,
  validateHanName,
  validateNewbornEnrollment,
  validateResidentId,
  type DeliveryEstimateRequest,
  type Result,
} from '../../src/domain';
import { aDeliveryEstimateRequest } from '../../mock/fixtures';
import { ROOT } from './helpers';

const DOMAIN = path.join(ROOT, 'src/domain');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

test('src/domain imports only dayjs and its own files, by relative path', () => {
  const files = sources(DOMAIN);
  expect(files.length).toBeGreaterThan(10);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1] ?? '';
      const relative = spec.startsWith('./') || spec.startsWith('../');
      const inside = relative && path.resolve(path.dirname(f), spec).startsWith(DOMAIN);
      const ok = inside || spec === 'dayjs' || spec.startsWith('dayjs/plugin/');
      expect({ file: path.relative(ROOT, f), spec, ok }).toEqual({ file: path.relative(ROOT, f), spec, ok: true });
    }
  }
});

const isResult = (r: Result<unknown>): boolean =>
  r.ok === true ? r.value !== undefined : ['VALIDATION_FAILED', 'REGION_UNSUPPORTED'].includes(r.error.code) && r.error.details.length > 0;

test('no input makes a computation throw: anything in, a Result out', () => {
  const day = fc.constantFrom('2026-03-01', '2026-02-30', 'x', '1899-12-31');
  const junk = fc.anything({ withNullPrototype: true, withBoxedValues: true, maxDepth: 3 });
  fc.assert(
    fc.property(junk, day, (input, today) => {
      const calls: Result<unknown>[] = [
        pregnancyTimeline(input as never, today),
        prenatalQuota(input as never, today),
        deliveryEstimate(input as never, today),
        eligibility(input as never, today),
        servicePackages(input as never),
        regionPolicy(input as never),
        datePregnancy(input as never, today),
        validateNewbornEnrollment(input as never, today),
        validateResidentId(input as never, today),
        validateCertificateNo(input as never),
        validateHanName(input as never, 'name'),
      ];
      for (const r of calls) expect(isResult(r)).toBe(true);
    }),
    { numRuns: 300 },
  );
});

test('valid-shaped bodies with random values reach the rules and never throw', () => {
  const region = fc.constantFrom('430400', '430421', '430100', '330300', '330381', '220200', '220100', '110000', '4304', '');
  const insurance = fc.constantFrom('employee', 'flexible', 'resident', 'none', 'x');
  const date = fc.oneof(fc.date({ min: new Date('1899-06-01'), max: new Date('2101-06-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.string());
  const fen = fc.oneof(fc.integer({ min: 0, max: 10_000_000_000 }), fc.double(), fc.constant(null));
  fc.assert(
    fc.property(region, insurance, date, date, fen, fen, fen, fc.integer({ min: -5, max: 105 }), fc.boolean(), (r, i, d1, d2, a, b, c, ratio, flag) => {
      const req = {
        region: r,
        insurance: i,
        deliveryDate: d1,
        hospital: { designated: flag, obstetrics: !flag, inRegion: flag, zeroCopay: { joinedOn: d2, leftOn: flag ? null : d1 } },
        costs: { inScope: a, outOfScope: b, complications: c },
        ordinary: flag ? { deductible: a, ratioPct: ratio } : null,
      } as unknown as DeliveryEstimateRequest;
      const e = deliveryEstimate(req, '2026-03-01');
      expect(isResult(e)).toBe(true);
      if (e.ok) {
        expect(e.value.lines.every((l) => l.fund === null || l.fund + (l.self ?? 0) === l.amount)).toBe(true);
        if (e.value.fundPays !== null) expect(e.value.fundPays + (e.value.selfPay ?? 0)).toBe(e.value.total);
      }
      const q = prenatalQuota({ region: r, insurance: i, registeredOn: d2, claims: [{ id: 'a', date: d1, amount: a }, { id: 'b', date: d2, amount: b }] } as never, '2026-03-01');
      expect(isResult(q)).toBe(true);
      if (q.ok) expect(q.value.used + q.value.remaining).toBe(q.value.cap);
      expect(isResult(eligibility({ region: r, insurance: i, stage: 'pregnant', deliveryDate: d1 } as never, '2026-03-01'))).toBe(true);
      expect(isResult(pregnancyTimeline({ dating: { method: 'lmp', date: d1 }, today: d2 }, '2026-03-01'))).toBe(true);
      newbornTerms({ birthDate: d1, region: r, guardianInsuredInRegion: flag }, d2);
    }),
    { numRuns: 500 },
  );
});

test('reference answers are stable and independent', () => {
  expect(checkCatalog()).toEqual(checkCatalog());
  expect(listRegions()).toEqual(listRegions());
  const a = listRegions();
  a[0]?.docs.push('X');
  expect(listRegions()[0]?.docs).toEqual(['HY-2025-8', 'HN-2025-45', 'HN-WJ-2025-12']);
});

test('fast: 20,000 delivery estimates well within a second (the bench asks ≥ 100,000/s)', () => {
  const req = aDeliveryEstimateRequest();
  const t0 = performance.now();
  for (let i = 0; i < 20_000; i++) deliveryEstimate(req, '2026-03-01');
  expect(performance.now() - t0).toBeLessThan(2000);
});

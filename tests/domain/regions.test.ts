// Regions and the policy data itself: resolution (code, city, province), GET /regions and
// /regions/{code}/policy, and invariants every region's data must keep (so adding one is safe).
import {
  documentOf,
  listRegions,
  MAX_FEN,
  POLICY_DOCUMENTS,
  POLICY_VERSION,
  REGION_POLICIES,
  regionPolicy,
  resolveRegion,
  type Citation,
  type Insurance,
} from '../../src/domain';
import { errorOf, expectChinese, readDoc, value } from './helpers';

const INSURANCES: Insurance[] = ['employee', 'flexible', 'resident', 'none'];

describe('resolution: the code, then its city, then its province', () => {
  test.each([
    ['430400', '430400'],
    ['430421', '430400'], // a county of Hengyang
    ['430481', '430400'],
    ['430100', '430000'], // Changsha
    ['430000', '430000'],
    ['431000', '430000'],
    ['330300', '330300'],
    ['330381', '330300'], // Rui'an
    ['330100', null], // Hangzhou: Zhejiang is no entry
    ['220200', '220200'],
    ['220281', '220200'], // Jiaohe
    ['220100', '220000'], // Changchun
    ['220000', '220000'],
    ['110000', null],
    ['440300', null],
    ['43040', null],
    ['4304000', null],
    ['abcdef', null],
    ['43040x', null],
    ['', null],
  ])('%s → %s', (code, resolved) => {
    expect(resolveRegion(code)?.code ?? null).toBe(resolved);
  });
});

test('GET /regions: five entries, Wenzhou as draft, the Hengyang entry of api.md', () => {
  const regions = listRegions();
  expect(regions.map((r) => r.code)).toEqual(['430400', '430000', '330300', '220200', '220000']);
  expect(regions[0]).toEqual({ code: '430400', name: '衡阳市', province: '湖南省', docs: ['HY-2025-8', 'HN-2025-45', 'HN-WJ-2025-12'], draft: false });
  expect(regions.filter((r) => r.draft).map((r) => r.code)).toEqual(['330300']);
  expect(regions.map((r) => r.name)).toEqual(['衡阳市', '湖南省', '温州市', '吉林市', '吉林省']);
});

describe('GET /regions/{code}/policy', () => {
  test('the api.md example for 430421', () => {
    const a = value(regionPolicy('430421'));
    expect(a).toMatchObject({ requested: '430421', code: '430400', name: '衡阳市', province: '湖南省', draft: false, docs: ['HY-2025-8', 'HN-2025-45', 'HN-WJ-2025-12'] });
    expect(a.prenatalQuota[0]).toEqual({ insurance: 'employee', cap: 0, citation: 'HY-2025-8 二(一)' });
    expect(a.delivery[0]).toEqual({ insurance: 'employee', rule: 'HY_ZERO_COPAY', from: '2026-01-01', to: '2030-12-31', citation: 'HY-2025-8 二(一)(三)(六)' });
    expect(Object.keys(a)).toEqual(['requested', 'code', 'name', 'province', 'draft', 'docs', 'prenatalQuota', 'delivery']);
  });

  test.each<[string, [number, number, number, number], [string, string, string, string], (string | null)[]]>([
    ['430400', [0, 0, 0, 0], ['HY_ZERO_COPAY', 'HY_ZERO_COPAY', 'HY_ZERO_COPAY', 'NOT_INSURED'], ['2026-01-01', '2026-01-01', '2026-01-01', null]],
    ['430000', [0, 0, 0, 0], ['ORDINARY_INPATIENT', 'ORDINARY_INPATIENT', 'ORDINARY_INPATIENT', 'NOT_INSURED'], [null, null, null, null]],
    ['330300', [300000, 300000, 0, 0], ['WZ_FULL_GUARANTEE', 'WZ_FULL_GUARANTEE', 'ORDINARY_INPATIENT', 'NOT_INSURED'], [null, null, null, null]],
    ['220200', [150000, 0, 0, 0], ['JL_MATERNITY_FULL', 'ORDINARY_INPATIENT', 'ORDINARY_INPATIENT', 'NOT_INSURED'], ['2024-07-01', null, null, null]],
    ['220000', [100000, 0, 0, 0], ['JL_MATERNITY_FULL', 'ORDINARY_INPATIENT', 'ORDINARY_INPATIENT', 'NOT_INSURED'], ['2024-07-01', null, null, null]],
  ])('%s: caps %j, rules %j, from %j', (code, caps, rules, froms) => {
    const a = value(regionPolicy(code));
    expect(a.prenatalQuota.map((q) => q.insurance)).toEqual(INSURANCES);
    expect(a.delivery.map((q) => q.insurance)).toEqual(INSURANCES);
    expect(a.prenatalQuota.map((q) => q.cap)).toEqual(caps);
    expect(a.delivery.map((d) => d.rule)).toEqual(rules);
    expect(a.delivery.map((d) => d.from)).toEqual(froms);
    expect(a.draft).toBe(code === '330300');
  });

  test('Jilin flexible and resident cite their own articles', () => {
    const a = value(regionPolicy('220000'));
    expect(a.delivery.map((d) => d.citation)).toEqual(['JL-2024 三(一)', 'JL-2024 三(二)', 'JL-2024 三(三)', null]);
    expect(a.prenatalQuota.map((d) => d.citation)).toEqual(['JL-2024 二(一)', 'JL-2024 二(二)', 'JL-2024 二(一)', 'JL-2024 二(一)']);
  });

  test.each(['43040', '4304000', 'abcdef', '43040x'])('%s is 400 on path code', (code) => {
    const e = errorOf(regionPolicy(code));
    expect(e).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'code' }] });
    expectChinese(e);
  });

  test('110000 is 404 REGION_UNSUPPORTED', () => {
    expect(errorOf(regionPolicy('110000')).code).toBe('REGION_UNSUPPORTED');
  });
});

describe('invariants of the policy data (every region, present and future)', () => {
  const docIds = new Set(POLICY_DOCUMENTS.map((d) => d.id));
  const citations: Citation[] = [];
  for (const r of REGION_POLICIES) {
    for (const i of INSURANCES) {
      citations.push(r.prenatalQuota[i].citation, ...Object.values(r.delivery.ordinary[i]));
      for (const b of Object.values(r.benefits)) citations.push(b[i].citation, b[i].window?.outside.citation ?? null, b[i].whenFullyFunded?.citation ?? null);
    }
    for (const rule of r.delivery.rules) citations.push(...Object.values(rule.citations));
    citations.push(r.newborn.citation, ...r.newborn.citations);
    citations.push(r.maternity.extendedLeave.known ? r.maternity.extendedLeave.citation : null, r.postpartumCheck.citation);
  }

  test('every citation names a known document and an article (or the document alone for a reference)', () => {
    for (const c of citations.filter((x): x is string => x !== null)) {
      expect(documentOf(c)).not.toBeNull();
      expect(docIds.has(c.split(' ')[0] ?? '')).toBe(true);
      expect(c).toMatch(/^[A-Z0-9-]+( [一二三四五六七八九十附件()0-9]+)?$/);
    }
  });

  test('amounts are integer fen; caps above 0 have a cycle; dates are real and ordered', () => {
    for (const r of REGION_POLICIES) {
      for (const i of INSURANCES) {
        const q = r.prenatalQuota[i];
        expect(Number.isInteger(q.cap) && q.cap >= 0 && q.cap <= MAX_FEN).toBe(true);
        expect(q.cap > 0).toBe(q.cycle !== null);
        expect(q.hint).toMatch(/。$/);
      }
      for (const rule of r.delivery.rules) {
        if (rule.from && rule.to) expect(rule.from < rule.to).toBe(true);
        expect(rule.insurances).not.toContain('none');
      }
      expect(r.status === 'draft').toBe(r.draftNotice !== null);
      const leave = r.maternity.extendedLeave;
      if (leave.known) {
        expect(leave.daysByChildOrder.length).toBeGreaterThan(0);
        for (const d of leave.daysByChildOrder) expect(Number.isInteger(d) && d > 0).toBe(true);
      } else expect(leave.notice).toMatch(/。$/);
      for (const sentence of [r.maternity.application, ...r.maternity.notices]) expect(sentence).toMatch(/。$/);
      expect(r.postpartumCheck.service === null).toBe(r.postpartumCheck.citation === null);
    }
  });

  test('the documents list: ids of docs/policy-docs/README.md, statuses, the version', () => {
    const readme = readDoc('docs/policy-docs/README.md');
    for (const d of POLICY_DOCUMENTS) expect(readme).toContain(`\`${d.id}\``);
    const references = ['GOV-2024-38', 'HN-2026-ENROLL', 'NAT-619', 'SIL-2010', 'HN-RKJS-2021', 'ZJ-RKJS-2021', 'GOV-2025-YEBT', 'CT-2025-6', 'HUKOU-1958'];
    expect(POLICY_DOCUMENTS.map((d) => d.id)).toEqual(['HY-2025-8', 'WZ-DRAFT', 'JL-2024', 'HN-2025-45', 'HN-WJ-2025-12', ...references]);
    expect(POLICY_DOCUMENTS.find((d) => d.id === 'WZ-DRAFT')?.status).toBe('draft');
    expect(POLICY_DOCUMENTS.filter((d) => d.status === 'reference').map((d) => d.id)).toEqual(references);
    expect(POLICY_VERSION).toMatch(/^\d{4}\.\d{2}\.\d+$/);
  });
});

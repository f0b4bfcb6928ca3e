// rules.md §6: the six packages split, named and tiered as the table, the current package(s) per
// stage at each boundary, and the query validation of api.md.
import { currentPackages, servicePackages, SERVICE_PACKAGES, type ServicePackagesQuery } from '../../src/domain';
import { errorOf, expectChinese, paths, readDoc, value } from './helpers';

/** The §6 table of rules.md: id, name, services with ↑ for upgrade. */
function rulesTable(): { id: string; name: string; services: { name: string; tier: string }[] }[] {
  const rows = [...readDoc('docs/spec/rules.md').matchAll(/^\| `([a-z-]+)` (\S+) \| (.+) \|$/gm)];
  return rows.map(([, id = '', name = '', services = '']) => ({
    id,
    name,
    services: services.split(' · ').map((s) => ({ name: s.replace(/\s*↑\s*$/, '').trim(), tier: /↑\s*$/.test(s) ? 'upgrade' : 'basic' })),
  }));
}

test('the six packages, in order, exactly as the rules.md §6 table (names, split, tiers)', () => {
  const table = rulesTable();
  expect(table).toHaveLength(6);
  const { packages } = value(servicePackages({}));
  expect(packages).toEqual(table);
  expect(packages.map((p) => p.id)).toEqual(['pre-pregnancy', 'early-pregnancy', 'pregnancy-delivery', 'postpartum', 'newborn', 'growth']);
  expect(packages.map((p) => p.name)).toEqual(['湘迎备孕包', '湘护早孕包', '湘伴孕产包', '湘悦产康包', '湘佑新生包', '湘助成长包']);
});

test('never 免费 in a service name; what the text reserves or calls personalised is upgrade', () => {
  const all = SERVICE_PACKAGES.flatMap((p) => p.services);
  expect(all.filter((s) => s.tier === 'upgrade').map((s) => s.name)).toEqual([
    '生育力评估与健康指导（高龄、不孕等群体）',
    '个性化生育力保护服务',
    '精准保胎',
    '中医调理',
    '远程胎心监护',
    '康复理疗',
    '高危儿个性化评估干预',
    '高危儿的评估及干预指导',
    '专业化托育服务',
  ]);
  // 新生儿疾病免费筛查与诊断 is the text's own name of a service, the only 免费.
  expect(all.filter((s) => s.name.includes('免费')).map((s) => s.name)).toEqual(['新生儿疾病免费筛查与诊断']);
});

describe('current package(s)', () => {
  test.each<[ServicePackagesQuery, string[]]>([
    [{}, []],
    [{ stage: null }, []],
    [{ weeks: 10 }, []],
    [{ stage: 'planning' }, ['pre-pregnancy']],
    [{ stage: 'planning', weeks: 99 }, ['pre-pregnancy']],
    [{ stage: 'pregnant', weeks: 0 }, ['early-pregnancy']],
    [{ stage: 'pregnant', weeks: 13 }, ['early-pregnancy']],
    [{ stage: 'pregnant', weeks: 14 }, ['pregnancy-delivery']],
    [{ stage: 'pregnant', weeks: 44 }, ['pregnancy-delivery']],
    [{ stage: 'postpartum', childAgeDays: 0 }, ['postpartum', 'newborn']],
    [{ stage: 'postpartum', childAgeDays: 28 }, ['postpartum', 'newborn']],
    [{ stage: 'postpartum', childAgeDays: 29 }, ['postpartum', 'growth']],
    [{ stage: 'postpartum', childAgeDays: 42 }, ['postpartum', 'growth']],
    [{ stage: 'postpartum', childAgeDays: 43 }, ['growth']],
    [{ stage: 'postpartum', childAgeDays: 6574 }, ['growth']],
    [{ stage: 'ended', daysSince: 0 }, ['postpartum']],
    [{ stage: 'ended', daysSince: 42 }, ['postpartum']],
    [{ stage: 'ended', daysSince: 43 }, []],
    [{ stage: 'ended', daysSince: 6574 }, []],
  ])('%j → %j', (query, current) => {
    expect(value(servicePackages(query)).current).toEqual(current);
  });

  test('currentPackages is the same rule for the app', () => {
    expect(currentPackages('pregnant', 13)).toEqual(['early-pregnancy']);
    expect(currentPackages('postpartum', 29)).toEqual(['postpartum', 'growth']);
  });

  test('the answer is a fresh copy', () => {
    const a = value(servicePackages({}));
    a.packages[0]!.services[0]!.name = 'x';
    expect(value(servicePackages({})).packages[0]?.services[0]?.name).toBe('婚检');
  });
});

test.each<[string, unknown, string]>([
  ['pregnant without weeks', { stage: 'pregnant' }, 'weeks'],
  ['weeks 45', { stage: 'pregnant', weeks: 45 }, 'weeks'],
  ['weeks −1', { stage: 'pregnant', weeks: -1 }, 'weeks'],
  ['weeks 1.5', { stage: 'pregnant', weeks: 1.5 }, 'weeks'],
  ['weeks NaN (what Number() of junk gives)', { stage: 'pregnant', weeks: Number.NaN }, 'weeks'],
  ['postpartum without childAgeDays', { stage: 'postpartum' }, 'childAgeDays'],
  ['childAgeDays 6575', { stage: 'postpartum', childAgeDays: 6575 }, 'childAgeDays'],
  ['ended without daysSince', { stage: 'ended' }, 'daysSince'],
  ['daysSince 6575', { stage: 'ended', daysSince: 6575 }, 'daysSince'],
  ['an unknown stage', { stage: 'unknown' }, 'stage'],
  ['two stages (a repeated query parameter)', { stage: ['planning', 'pregnant'] }, 'stage'],
])('400 VALIDATION_FAILED: %s', (_name, query, path) => {
  const r = servicePackages(query as ServicePackagesQuery);
  expect(errorOf(r).code).toBe('VALIDATION_FAILED');
  expect(paths(r)).toContain(path);
  expectChinese(errorOf(r));
});

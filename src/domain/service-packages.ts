// Hunan's six service packages (HN-WJ-2025-12 三(一)…(六)), split, named and tiered as rules.md §6,
// and the package(s) of a stage. The app labels tiers 基础服务 / 升级服务（可能收费）, never 免费.
import { type LifeStage, type Result, type ServicePackage, type ServicePackageId, type ServicePackagesAnswer, type ServicePackagesQuery } from './types';
import { fail, intField, invalid, isAbsent, isRecord, Issues, ok } from './validate';

export const SERVICE_PACKAGES_CITATION = 'HN-WJ-2025-12 三';
/** 18 years in days: the oldest child age the packages serve. */
export const MAX_CHILD_AGE_DAYS = 6574;
export const MAX_PREGNANCY_WEEKS = 44;

const basic = (name: string) => ({ name, tier: 'basic' as const });
const upgrade = (name: string) => ({ name, tier: 'upgrade' as const });

export const SERVICE_PACKAGES: readonly ServicePackage[] = [
  {
    id: 'pre-pregnancy',
    name: '湘迎备孕包',
    services: [basic('婚检'), basic('孕前优生健康检查'), basic('发放叶酸'), upgrade('生育力评估与健康指导（高龄、不孕等群体）'), upgrade('个性化生育力保护服务')],
  },
  {
    id: 'early-pregnancy',
    name: '湘护早孕包',
    services: [basic('早孕检测'), basic('妊娠风险评估'), basic('建档管理'), basic('遗传咨询'), basic('预防母婴传播'), upgrade('精准保胎'), upgrade('中医调理')],
  },
  {
    id: 'pregnancy-delivery',
    name: '湘伴孕产包',
    services: [basic('产前检查'), basic('妊娠风险评估和管理'), basic('预防母婴传播'), basic('营养指导'), basic('心理指导'), upgrade('远程胎心监护'), basic('住院分娩')],
  },
  {
    id: 'postpartum',
    name: '湘悦产康包',
    services: [basic('产后访视'), basic('母乳喂养指导'), upgrade('康复理疗'), basic('育儿指导'), basic('心理支持')],
  },
  {
    id: 'newborn',
    name: '湘佑新生包',
    services: [basic('办理出生医学证明'), basic('办理新生儿医保'), basic('新生儿疾病免费筛查与诊断'), basic('疫苗接种'), basic('访视'), upgrade('高危儿个性化评估干预')],
  },
  {
    id: 'growth',
    name: '湘助成长包',
    services: [
      basic('0—18岁儿童健康监测'),
      basic('常见健康问题评估及干预指导（体重、视力、心理、骨骼、口腔）'),
      upgrade('高危儿的评估及干预指导'),
      upgrade('专业化托育服务'),
    ],
  },
];

/**
 * The current package(s) of a stage (rules.md §6); `value` is weeks (pregnant), childAgeDays
 * (postpartum) or daysSince (ended), unused for planning. Assumes a value in range.
 */
export function currentPackages(stage: LifeStage, value: number): ServicePackageId[] {
  switch (stage) {
    case 'planning':
      return ['pre-pregnancy'];
    case 'pregnant':
      return value < 14 ? ['early-pregnancy'] : ['pregnancy-delivery'];
    case 'postpartum':
      return value <= 28 ? ['postpartum', 'newborn'] : value <= 42 ? ['postpartum', 'growth'] : ['growth'];
    case 'ended':
      return value <= 42 ? ['postpartum'] : [];
  }
}

const copy = (): ServicePackage[] => SERVICE_PACKAGES.map((p) => ({ id: p.id, name: p.name, services: p.services.map((s) => ({ ...s })) }));

/** GET /service-packages. No stage: current []. */
export function servicePackages(query: ServicePackagesQuery): Result<ServicePackagesAnswer> {
  const q: Record<string, unknown> = isRecord(query) ? query : {};
  if (!isRecord(query) && !isAbsent(query)) return fail(invalid('', '查询参数有误'));
  const { stage } = q;
  if (isAbsent(stage)) return ok({ packages: copy(), current: [] });
  const issues = new Issues();
  let value: number | null = 0;
  if (stage === 'pregnant') value = intField(issues, q.weeks, 'weeks', '孕周', 0, MAX_PREGNANCY_WEEKS);
  else if (stage === 'postpartum') value = intField(issues, q.childAgeDays, 'childAgeDays', '宝宝出生天数', 0, MAX_CHILD_AGE_DAYS);
  else if (stage === 'ended') value = intField(issues, q.daysSince, 'daysSince', '妊娠结束后的天数', 0, MAX_CHILD_AGE_DAYS);
  else if (stage !== 'planning') issues.add('stage', '阶段应为备孕（planning）、怀孕中（pregnant）、已分娩（postpartum）或妊娠已结束（ended）之一');
  if (issues.any || value === null) return fail(issues.error());
  return ok({ packages: copy(), current: currentPackages(stage as LifeStage, value) });
}

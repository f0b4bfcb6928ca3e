// The documents every citation names (docs/policy-docs/README.md), and the version of the policy data.
import { type IsoDate } from './types';

export type PolicyDocumentStatus = 'in-force' | 'draft' | 'reference';

export interface PolicyDocument {
  id: string;
  title: string;
  issuer: string;
  issued: IsoDate | null;
  inForce: string;
  /** `reference`: cited for what it says, its text is not in docs/policy-docs. */
  status: PolicyDocumentStatus;
  scope: string;
}

/** Bumped whenever a rule, amount, date or citation of the policy data changes (GET /health). */
export const POLICY_VERSION = '2026.02.1';

export const POLICY_DOCUMENTS: readonly PolicyDocument[] = [
  {
    id: 'HY-2025-8',
    title: '关于开展“分娩基本医疗费用零自付”改革的实施方案（衡政发〔2025〕8号）',
    issuer: '衡阳市人民政府',
    issued: '2025-12-26',
    inForce: '自2026年1月1日起实施，有效期五年',
    status: 'in-force',
    scope: '衡阳市参保职工及居民：住院分娩符合规定的基本医疗费用零自付',
  },
  {
    id: 'WZ-DRAFT',
    title: '温州市职工生育全额保障实施方案（征求意见稿）',
    issuer: '温州市（征求意见稿未注明发文单位）',
    issued: null,
    inForce: '尚未实施（征求意见稿）',
    status: 'draft',
    scope: '温州市职工医保参保人：产前检查定额、住院分娩全额保障、生育津贴免申办；附件为十二次产前检查范围',
  },
  {
    id: 'JL-2024',
    title: '关于优化生育医疗保障有关政策的通知',
    issuer: '吉林省医疗保障局、吉林省财政厅、吉林省卫生健康委、吉林省人力资源和社会保障厅',
    issued: '2024-06-26',
    inForce: '自2024年7月1日起执行',
    status: 'in-force',
    scope: '吉林省：辅助生殖、产前检查限额、住院分娩、计划生育手术、生育津贴',
  },
  {
    id: 'HN-2025-45',
    title: '湖南省基本医疗保险参保长效机制创新综合试点方案（湘政办发〔2025〕45号）',
    issuer: '湖南省人民政府办公厅',
    issued: '2025-11-26',
    inForce: '试点，深化阶段至2026年9月',
    status: 'in-force',
    scope: '湖南省：新生儿凭出生医学证明参保，试行新生儿出生当年度参保优惠',
  },
  {
    id: 'HN-WJ-2025-12',
    title: '湖南省生育友好服务包实施方案（湘卫发〔2025〕12号）',
    issuer: '湖南省卫生健康委员会等七部门',
    issued: '2025-12-31',
    inForce: '未注明施行日期',
    status: 'in-force',
    scope: '湖南省：六个生育友好服务包；生育津贴直接发放给职工本人；辅助生殖核心项目纳入医保',
  },
  {
    id: 'GOV-2024-38',
    title: '关于健全基本医疗保险参保长效机制的指导意见（国办发〔2024〕38号）',
    issuer: '国务院办公厅',
    issued: null,
    inForce: '现行有效',
    status: 'reference',
    scope: '全国：新生儿凭出生医学证明参保，出生后90天内参保的自出生之日起享受待遇',
  },
  {
    id: 'HN-2026-ENROLL',
    title: '湖南省2026年度城乡居民医保参保通知（据湖南官方媒体报道）',
    issuer: '湖南省医疗保障局',
    issued: null,
    inForce: '2026年度',
    status: 'reference',
    scope: '湖南省：2026年出生、父母一方在湖南参加基本医保的新生儿，免缴当年保费，自出生之日起享受待遇',
  },
  {
    id: 'NAT-619',
    title: '女职工劳动保护特别规定（国务院令第619号）',
    issuer: '国务院',
    issued: '2012-04-28',
    inForce: '现行有效',
    status: 'reference',
    scope: '全国：产假98天，难产增加15天，多胞胎每多1个婴儿增加15天；怀孕未满4个月流产15天、满4个月流产42天；生育津贴按用人单位上年度职工月平均工资由生育保险基金支付',
  },
  {
    id: 'SIL-2010',
    title: '中华人民共和国社会保险法',
    issuer: '全国人民代表大会常务委员会',
    issued: null,
    inForce: '现行有效',
    status: 'reference',
    scope: '全国：生育津贴按照职工所在用人单位上年度职工月平均工资计发（第五十六条）',
  },
  {
    id: 'HN-RKJS-2021',
    title: '湖南省人口与计划生育条例（2021年修正）',
    issuer: '湖南省人民代表大会常务委员会',
    issued: null,
    inForce: '现行有效',
    status: 'reference',
    scope: '湖南省：依法生育的女方在国家规定的产假之外增加产假60天，男方护理假20天',
  },
  {
    id: 'ZJ-RKJS-2021',
    title: '浙江省人口与计划生育条例（2021年11月修正）',
    issuer: '浙江省人民代表大会常务委员会',
    issued: null,
    inForce: '现行有效',
    status: 'reference',
    scope: '浙江省：在国家规定的产假之外，生育一孩增加产假60天，生育二孩、三孩增加产假90天',
  },
  {
    id: 'GOV-2025-YEBT',
    title: '育儿补贴制度实施方案',
    issuer: '中共中央办公厅、国务院办公厅',
    issued: '2025-07-28',
    inForce: '自2025年1月1日起发放',
    status: 'reference',
    scope: '全国：3周岁以下婴幼儿每人每年3600元，2025年以前出生的按月折算；在户籍所在地申领；不计入社会救助对象家庭收入；各地可提高标准',
  },
  {
    id: 'CT-2025-6',
    title: '财政部 税务总局公告2025年第6号',
    issuer: '财政部、国家税务总局',
    issued: null,
    inForce: '自2025年1月1日起',
    status: 'reference',
    scope: '全国：育儿补贴免征个人所得税',
  },
  {
    id: 'HUKOU-1958',
    title: '中华人民共和国户口登记条例',
    issuer: '全国人民代表大会常务委员会',
    issued: null,
    inForce: '现行有效',
    status: 'reference',
    scope: '全国：婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记（第七条）',
  },
];

/** The document of a citation ("HY-2025-8 二(三)" → HY-2025-8), or null. */
export function documentOf(citation: string | null): PolicyDocument | null {
  if (!citation) return null;
  const id = citation.split(' ')[0];
  return POLICY_DOCUMENTS.find((d) => d.id === id) ?? null;
}

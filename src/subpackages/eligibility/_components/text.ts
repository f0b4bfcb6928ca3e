// Names of the eight benefits and the result as plain text (copied to share in a chat).
import type { BenefitId, EligibilityAnswer, EligibilityRequest } from '@/domain';
import { formatChineseDate } from '@/utils/format';
import { insuranceName, regionName } from '@/utils/labels';

export const BENEFIT_NAMES: Record<BenefitId, string> = {
  'prenatal-quota': '产前检查费用定额',
  'delivery-zero-copay': '衡阳分娩基本医疗费用零自付',
  'delivery-full-coverage': '分娩费用全额保障',
  'maternity-allowance': '生育津贴',
  'art-coverage': '辅助生殖费用纳入医保',
  'family-planning': '计划生育手术费用',
  'newborn-enrollment': '新生儿凭出生医学证明参保',
  'service-packages': '湖南生育友好服务包',
};

export const STAGE_NAMES: Record<EligibilityRequest['stage'], string> = {
  planning: '备孕',
  pregnant: '怀孕中',
  postpartum: '已分娩',
};

export const eligibleWord = (eligible: boolean): string => (eligible ? '可以享受' : '按现有文件不能享受');

/** What she answered, in one line. */
export function summaryLine(req: EligibilityRequest): string {
  const parts = [regionName(req.region), insuranceName(req.insurance), STAGE_NAMES[req.stage]];
  if (req.deliveryDate) parts.push(`${req.stage === 'postpartum' ? '分娩日期' : '预产期'} ${formatChineseDate(req.deliveryDate)}`);
  if (req.employer?.fullyFunded) parts.push('单位为财政全额拨款');
  return parts.join(' · ');
}

export function resultText(req: EligibilityRequest, answer: EligibilityAnswer): string {
  const lines = ['孕保通 · 生育医保待遇自查', summaryLine(req), ''];
  answer.benefits.forEach((b, i) => {
    lines.push(`${i + 1}. ${BENEFIT_NAMES[b.id]}：${eligibleWord(b.eligible)}${b.draft ? '（征求意见稿）' : ''}`);
    lines.push(`   ${b.reason}${b.citation ? `（依据 ${b.citation}）` : ''}`);
  });
  lines.push('');
  if (answer.benefits.some((b) => b.draft)) lines.push('温州的规定来自征求意见稿，正式文件发布前可能调整。');
  lines.push('结果依据已公布的政策文件推算，仅供参考，请以当地医保部门的答复为准。');
  return lines.join('\n');
}

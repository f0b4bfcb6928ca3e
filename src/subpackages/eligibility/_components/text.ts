// The eligibility result in groups, and as plain text (copied to share in a chat); names from the engine.
import { BENEFIT_NAMES, STAGE_NAMES, benefitIsElsewhere, formatChineseDate, insuranceName, regionDraft, regionLabel, type Benefit, type EligibilityAnswer, type EligibilityRequest } from '@/domain';

export interface BenefitGroup {
  id: 'yes' | 'no' | 'elsewhere';
  /** The group's heading, the word on each of its benefits, and its list's accessible name. */
  title: string;
  word: string;
  listLabel: string;
  benefits: Benefit[];
}

/** 可以享受, 按现有文件不能享受, and another region's programmes (不适用于您的地区), in that order. */
export function benefitGroups(req: Pick<EligibilityRequest, 'region' | 'insurance'>, benefits: readonly Benefit[]): BenefitGroup[] {
  const elsewhere = (b: Benefit) => !b.eligible && benefitIsElsewhere(req.region, req.insurance, b.id);
  return [
    { id: 'yes', title: '可以享受', word: '可以享受', listLabel: '可以享受的待遇', benefits: benefits.filter((b) => b.eligible) },
    { id: 'no', title: '按现有文件不能享受', word: '按现有文件不能享受', listLabel: '不能享受的待遇', benefits: benefits.filter((b) => !b.eligible && !elsewhere(b)) },
    { id: 'elsewhere', title: '其他地区的政策', word: '不适用于您的地区', listLabel: '不适用于您地区的待遇', benefits: benefits.filter(elsewhere) },
  ];
}

/** What was answered, in one line. */
export function summaryLine(req: EligibilityRequest): string {
  const parts = [regionLabel(req.region), insuranceName(req.insurance), STAGE_NAMES[req.stage]];
  if (req.deliveryDate) parts.push(`${req.stage === 'postpartum' ? '分娩日期' : '预产期'} ${formatChineseDate(req.deliveryDate)}`);
  if (req.employer?.fullyFunded) parts.push('单位为财政全额拨款');
  return parts.join(' · ');
}

export function resultText(req: EligibilityRequest, answer: EligibilityAnswer): string {
  const lines = ['孕保通 · 生育医保待遇自查', summaryLine(req), ''];
  let n = 0;
  for (const group of benefitGroups(req, answer.benefits)) {
    for (const b of group.benefits) {
      n += 1;
      lines.push(`${n}. ${BENEFIT_NAMES[b.id]}：${group.word}${b.draft ? '（征求意见稿）' : ''}`);
      lines.push(`   ${b.reason}${b.citation ? `（依据 ${b.citation}）` : ''}`);
    }
  }
  lines.push('');
  const draft = answer.benefits.some((b) => b.draft) ? regionDraft(req.region) : null;
  if (draft) lines.push(draft.text);
  lines.push('结果依据已公布的政策文件推算，仅供参考，请以当地医保部门的答复为准。');
  return lines.join('\n');
}

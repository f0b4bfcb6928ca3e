// The eligibility result as plain text (copied to share in a chat); names from the engine.
import { BENEFIT_NAMES, STAGE_NAMES, formatChineseDate, insuranceName, regionDraft, regionLabel, type EligibilityAnswer, type EligibilityRequest } from '@/domain';

export const eligibleWord = (eligible: boolean): string => (eligible ? '可以享受' : '按现有文件不能享受');

/** What she answered, in one line. */
export function summaryLine(req: EligibilityRequest): string {
  const parts = [regionLabel(req.region), insuranceName(req.insurance), STAGE_NAMES[req.stage]];
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
  const draft = answer.benefits.some((b) => b.draft) ? regionDraft(req.region) : null;
  if (draft) lines.push(draft.text);
  lines.push('结果依据已公布的政策文件推算，仅供参考，请以当地医保部门的答复为准。');
  return lines.join('\n');
}

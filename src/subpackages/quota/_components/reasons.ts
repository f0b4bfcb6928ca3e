// Chinese words for a claim's reason in the prenatal quota ledger (rules §3).
import type { ClaimReason } from '@/domain';
import type { Profile } from '@/stores';

/** Hunan employees: no quota is known from the documents here (限额未知, never 没有定额). */
export const quotaUnknown = (p: Pick<Profile, 'region' | 'insurance'>): boolean => p.region.startsWith('43') && p.insurance === 'employee';

export function reasonLabel(reason: ClaimReason | null, p: Pick<Profile, 'region' | 'insurance'>): string {
  switch (reason) {
    case null:
      return '已全部计入定额';
    case 'NOT_IN_LIST':
      return '有项目不在产前检查报销范围内，不计入定额';
    case 'PUBLIC_HEALTH':
      return '已由基本公共卫生服务支付，不计入定额';
    case 'OUTSIDE_CYCLE':
      return '不在定额的计算期间内（备案之前或分娩之后）';
    case 'CAP_REACHED':
      return '定额已用完，超出部分不能从定额报销';
    case 'NO_PRENATAL_QUOTA':
      return quotaUnknown(p) ? '限额未知：文件未规定，请向参保地医保部门确认' : '您的参保类型没有产前检查定额';
    default:
      return String(reason);
  }
}

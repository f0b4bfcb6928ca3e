// Words for a check's status on the timeline (the engine's `CheckStatus`).
import type { CheckStatus } from '@/domain';

export const STATUS_LABEL: Record<CheckStatus, string> = {
  done: '已完成',
  due: '现在可以做',
  upcoming: '未到时间',
  overdue: '已逾期',
};

/** One sentence under the status, for the check page. */
export const STATUS_HINT: Record<CheckStatus, string> = {
  done: '您已记录这次产检。',
  due: '现在正处在这次产检的建议时间内。',
  upcoming: '还没到这次产检的建议时间。',
  overdue: '已过建议时间。如果已经做过，请记录下来；如果还没做，请尽快联系医生安排。',
};

/** 第一次检查 → 第一次产检 (the catalog copies the attachment's wording). */
export const checkTitle = (name: string): string => name.replace(/检查$/, '产检');

/** 孕6–13周, or 孕37周 for a one-week window. */
export const weeksLabel = (weeks: { from: number; to: number }): string =>
  weeks.from === weeks.to ? `孕${weeks.from}周` : `孕${weeks.from}–${weeks.to}周`;

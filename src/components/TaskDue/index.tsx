import { Text } from '@tarojs/components';
import { AFTER_BIRTH_STATUS_NAMES, daysLeftLabel, formatChineseDate, type AfterBirthTask } from '@/domain';
import './index.scss';

type Task = Pick<AfterBirthTask, 'status' | 'when' | 'due' | 'daysLeft'>;

/** When a task is due (出生后1个月内 · 2027年1月4日前) and how near it is (还剩 31 天, 已过期限 3 天, 已完成). */
export function TaskDue({ task }: { task: Task }) {
  const badge = task.status === 'done' ? AFTER_BIRTH_STATUS_NAMES.done : task.daysLeft === null ? null : daysLeftLabel(task.daysLeft);
  return (
    <Text className="yb-due">
      {task.when}
      {task.due ? ` · ${formatChineseDate(task.due)}前 ` : ' '}
      {badge ? <Text className={`yb-due__badge yb-due__badge--${task.status}`}>{badge}</Text> : null}
    </Text>
  );
}

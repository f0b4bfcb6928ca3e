import { Text } from '@tarojs/components';
import { CHECK_ITEMS_SOURCE, checkCatalog, formatChineseDate, weeksLabel, type TimelineAnswer } from '@/domain';
import { Card } from '@/components';
import { openPage } from '@/utils/navigation';

interface Props {
  timeline: TimelineAnswer;
}

const SHOWN_ITEMS = 6;

/** The next prenatal check: its window and its 参考项目 (the Wenzhou draft's reimbursable scope). */
export function NextCheckCard({ timeline }: Props) {
  const no = timeline.nextCheckNo;
  if (no === null) {
    return (
      <Card title="下一次产检">
        <Text className="yb-muted">十二次产检的时间窗口都已结束或已完成。请按医生的安排继续检查。</Text>
      </Card>
    );
  }
  const check = checkCatalog().checks.find((c) => c.no === no);
  const window = timeline.checks.find((c) => c.no === no);
  if (!check || !window) return null;
  const items = check.items.map((i) => i.name);
  const shown = items.slice(0, SHOWN_ITEMS).join('、') + (items.length > SHOWN_ITEMS ? ` 等 ${items.length} 项` : '');
  return (
    <Card
      title={`下一次产检：${check.name}`}
      subtitle={weeksLabel(check.weeks)}
      action={{ label: '查看这次产检', onTap: () => void openPage(`/subpackages/check/index?no=${no}`) }}
    >
      <Text className="home-check__window">
        {formatChineseDate(window.start)} — {formatChineseDate(window.end)}
        {window.status === 'due' ? '（现在可以做）' : window.status === 'upcoming' ? '（还没到时间）' : ''}
      </Text>
      <Text className="home-check__label">参考项目</Text>
      <Text className="home-check__items">{shown}</Text>
      <Text className="home-check__source yb-muted">
        来源：{CHECK_ITEMS_SOURCE}。这是可报销的项目范围，实际做哪些检查由医生决定。
      </Text>
    </Card>
  );
}

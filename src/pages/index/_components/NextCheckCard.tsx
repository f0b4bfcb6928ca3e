import { Text } from '@tarojs/components';
import { CHECK_ITEMS_SOURCE, checkCatalog, checkItemsAreLocalScope, checkTitleOf, weeksLabel, type RegionCode, type TimelineAnswer } from '@/domain';
import { Card, ChineseDate } from '@/components';
import { openPage } from '@/utils/navigation';

interface Props {
  timeline: TimelineAnswer;
  region: RegionCode;
}

const SHOWN_ITEMS = 6;

/**
 * The next prenatal check: its window. In Wenzhou also its 参考项目 (the draft's reimbursable
 * scope, hers); elsewhere that list is another city's and stays on the check's page, folded away.
 */
export function NextCheckCard({ timeline, region }: Props) {
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
      title={`下一次产检：${checkTitleOf(no)}`}
      subtitle={weeksLabel(check.weeks)}
      action={{ label: '查看这次产检', onTap: () => void openPage(`/subpackages/check/index?no=${no}`) }}
    >
      <Text className="home-check__window">
        <ChineseDate iso={window.start} /> — <ChineseDate iso={window.end} />
        {window.status === 'due' || window.status === 'upcoming' ? <Text className="yb-nowrap">{window.status === 'due' ? '（现在可以做）' : '（还没到时间）'}</Text> : null}
      </Text>
      {checkItemsAreLocalScope(region) ? (
        <>
          <Text className="home-check__label">参考项目</Text>
          <Text className="home-check__items">{shown}</Text>
          <Text className="home-check__source yb-muted">
            来源：{CHECK_ITEMS_SOURCE}。这是可报销的项目范围，实际做哪些检查由医生决定。
          </Text>
        </>
      ) : (
        <Text className="home-check__source yb-muted">实际做哪些检查由医生决定。产检费用怎么报销，见下面的「产前检查定额」。</Text>
      )}
    </Card>
  );
}

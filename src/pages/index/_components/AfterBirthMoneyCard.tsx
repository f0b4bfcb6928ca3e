import { Text } from '@tarojs/components';
import { MATERNITY_LEAVE, formatYuan, type ChildcareSubsidyAnswer, type ChildcareSubsidyRequest, type EligibilityAnswer, type IsoDate } from '@/domain';
import { Card, Citation, LinkRow } from '@/components';
import { useOutcome } from '@/hooks/useOutcome';
import { computeSubsidy } from '@/stores/services';
import { openPage } from '@/utils/navigation';

interface Props {
  /** The subsidy forecast from her EDD, or null when she has none. */
  req: ChildcareSubsidyRequest | null;
  today: IsoDate;
  eligibility: EligibilityAnswer | null;
}

const open = (url: string) => () => void openPage(url);

/** 产后能领什么, while pregnant: the subsidy expected from her EDD and, for an eligible employee, the allowance to plan her leave. */
export function AfterBirthMoneyCard({ req, today, eligibility }: Props) {
  const { outcome } = useOutcome<ChildcareSubsidyAnswer>(req ? JSON.stringify([req, today]) : null, (onInstant) => computeSubsidy(req!, today, onInstant));
  const subsidy = outcome?.ok && outcome.value.eligible ? outcome.value : null;
  const allowance = eligibility?.benefits.find((b) => b.id === 'maternity-allowance' && b.eligible);
  if (!subsidy && !allowance) return null;
  return (
    <Card title="产后能领什么">
      {subsidy ? (
        <>
          <Text>育儿补贴（按预产期预估）</Text>
          <Text className="home-money__figure">{formatYuan(subsidy.total)}</Text>
          <Text className="yb-small">满3周岁前每年 {formatYuan(subsidy.perYear)}，先上户口再申领。</Text>
          <Citation citation={subsidy.citation} />
          <LinkRow label="每年领多少、怎么申领" onTap={open('/subpackages/subsidy/index')} />
        </>
      ) : null}
      {allowance ? (
        <>
          <Text style={{ display: 'block' }}>生育津贴：产假至少 {MATERNITY_LEAVE.base} 天，休假期间可以领生育津贴。</Text>
          <Citation citation={MATERNITY_LEAVE.citation} />
          <LinkRow label="按预产期估算生育津贴，安排产假" onTap={open('/subpackages/allowance/index')} />
        </>
      ) : null}
    </Card>
  );
}

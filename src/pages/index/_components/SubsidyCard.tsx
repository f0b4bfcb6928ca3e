import { Text } from '@tarojs/components';
import { SUBSIDY_NOTICES, type ChildcareSubsidyAnswer, type ChildcareSubsidyRequest, type IsoDate } from '@/domain';
import { Card, Citation, StateView, SubsidySchedule } from '@/components';
import { useOutcome } from '@/hooks/useOutcome';
import { computeSubsidy } from '@/stores/services';
import { openPage } from '@/utils/navigation';

interface Props {
  req: ChildcareSubsidyRequest;
  today: IsoDate;
}

const openSubsidy = () => void openPage('/subpackages/subsidy/index');

/** The national childcare subsidy for her baby: in all, per year, and that the 户口 comes first. */
export function SubsidyCard({ req, today }: Props) {
  const { outcome, loading, retry } = useOutcome<ChildcareSubsidyAnswer>(JSON.stringify([req, today]), (onInstant) => computeSubsidy(req, today, onInstant));
  const action = { label: '怎么申领', onTap: openSubsidy };
  if (loading || !outcome) return <Card title="育儿补贴"><StateView status="loading" /></Card>;
  if (!outcome.ok) {
    return (
      <Card title="育儿补贴" action={action}>
        <StateView status="error" message={outcome.error.message} onRetry={retry} />
      </Card>
    );
  }
  const a = outcome.value;
  if (!a.eligible) return null;
  return (
    <Card title="育儿补贴" action={action}>
      <SubsidySchedule answer={a} />
      <Text className="home-money__first">{SUBSIDY_NOTICES.hukouFirst}</Text>
      <Citation citation={a.citation} />
    </Card>
  );
}

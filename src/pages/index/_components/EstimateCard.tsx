import { Text } from '@tarojs/components';
import { DELIVERY_RULE_NAMES, type DeliveryEstimateAnswer, type EligibilityAnswer, type IsoDate } from '@/domain';
import { Card, Citation, DraftBanner, Money, StateView } from '@/components';
import { useOutcome } from '@/hooks/useOutcome';
import { estimateRequestOf, useAppStore, type Profile } from '@/stores';
import { computeEstimate } from '@/stores/services';
import { openPage } from '@/utils/navigation';

interface Props {
  profile: Profile;
  today: IsoDate;
  eligibility: EligibilityAnswer | null;
}

const openEstimate = () => void openPage('/subpackages/estimate/index');

function selfOf(answer: DeliveryEstimateAnswer, bucket: 'outOfScope' | 'specialNeeds'): number {
  return answer.lines.find((l) => l.bucket === bucket)?.self ?? 0;
}

/** The delivery estimate in one card: from her estimate when she made one, else what applies to her. */
export function EstimateCard({ profile, today, eligibility }: Props) {
  const draft = useAppStore((s) => s.estimateDraft);
  const req = estimateRequestOf(profile, draft, today);
  const { outcome, loading, retry } = useOutcome<DeliveryEstimateAnswer>(req ? JSON.stringify([req, today]) : null, (onInstant) => computeEstimate(req!, today, onInstant));
  const action = { label: req ? '查看分娩费用估算' : '算一算分娩要自付多少', onTap: openEstimate };

  if (req) {
    if (loading || !outcome) return <Card title="分娩费用估算"><StateView status="loading" /></Card>;
    if (!outcome.ok) {
      return (
        <Card title="分娩费用估算" action={action}>
          <StateView status="error" message={outcome.error.message} onRetry={retry} />
        </Card>
      );
    }
    const a = outcome.value;
    const inScope = a.lines.find((l) => l.bucket === 'inScope');
    return (
      <Card title="分娩费用估算" action={action}>
        {a.draft ? <DraftBanner region={profile.region} /> : null}
        <Text className="home-estimate__headline">{DELIVERY_RULE_NAMES[a.rule]}</Text>
        {a.rule === 'HY_ZERO_COPAY' ? (
          <Text style={{ display: 'block' }}>
            仍需自付：目录外费用 <Money fen={selfOf(a, 'outOfScope')} />，特需服务 <Money fen={selfOf(a, 'specialNeeds')} />
          </Text>
        ) : null}
        <Text style={{ display: 'block' }}>
          按您填写的费用，预计自付 <Money fen={a.selfPay} unknown="待补充起付线和报销比例" className="home-estimate__self" />
        </Text>
        {inScope ? <Citation citation={inScope.citation} /> : null}
      </Card>
    );
  }

  // No estimate yet: what applies to her, in the engine's own words.
  const benefits = eligibility?.benefits ?? [];
  const zero = benefits.find((b) => b.id === 'delivery-zero-copay');
  const full = benefits.find((b) => b.id === 'delivery-full-coverage');
  const shown = zero?.eligible ? zero : full?.eligible ? full : null;
  return (
    <Card title="分娩费用估算" action={action}>
      {shown?.draft ? <DraftBanner region={profile.region} /> : null}
      {shown ? (
        <>
          {shown.id === 'delivery-zero-copay' ? <Text className="home-estimate__headline">基本医疗费用零自付</Text> : null}
          <Text className="yb-small" style={{ display: 'block' }}>
            {shown.reason}
          </Text>
          <Citation citation={shown.citation} />
        </>
      ) : (
        <Text className="yb-small" style={{ display: 'block' }}>
          按您的参保情况，分娩费用按普通住院规则或您所在地的生育保险规定报销。
        </Text>
      )}
      <Text className="yb-small" style={{ display: 'block' }}>
        医保目录外的费用和特需服务费用需要自付。填写医院和费用后，这里会显示您预计要付多少。
      </Text>
    </Card>
  );
}

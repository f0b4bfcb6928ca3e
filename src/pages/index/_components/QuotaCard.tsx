import { View, Text } from '@tarojs/components';
import { quotaUnknown, registrationReason, type EligibilityAnswer, type IsoDate, type PrenatalQuotaAnswer } from '@/domain';
import { Card, Citation, DraftBanner, Money, StateView } from '@/components';
import { useOutcome } from '@/hooks/useOutcome';
import { awaitingRegistration, quotaRequestOf, useAppStore, type Profile } from '@/stores';
import { computeQuota } from '@/stores/services';
import { openPage } from '@/utils/navigation';

interface Props {
  profile: Profile;
  today: IsoDate;
  eligibility: EligibilityAnswer | null;
}

const openLedger = () => void openPage('/subpackages/quota/index');

/** The prenatal quota: used / remaining of the cap, or one line saying why there is none. */
export function QuotaCard({ profile, today, eligibility }: Props) {
  const checksDone = useAppStore((s) => s.checksDone);
  const req = quotaRequestOf(profile, { checksDone });
  const { outcome, loading, retry } = useOutcome<PrenatalQuotaAnswer>(req ? JSON.stringify([req, today]) : null, (onInstant) => computeQuota(req!, today, onInstant));

  if (awaitingRegistration(profile)) {
    return (
      <Card title="产前检查定额" tone="warn" action={{ label: '已备案？填写备案日期', onTap: () => void openPage('/profile/edit/index') }}>
        <Text>请先办理生育保险备案。</Text>
        <Text className="yb-muted yb-small" style={{ display: 'block' }}>
          {registrationReason(profile.region, profile.insurance)}，请先到单位或医保经办机构办理备案。
        </Text>
      </Card>
    );
  }
  if (loading || !outcome) return <Card title="产前检查定额"><StateView status="loading" /></Card>;
  if (!outcome.ok) {
    return (
      <Card title="产前检查定额">
        <StateView status="error" message={outcome.error.message} onRetry={retry} />
      </Card>
    );
  }
  const q = outcome.value;
  if (!q.eligible) {
    // one line: the first sentence of the engine's reason
    const reason = eligibility?.benefits.find((b) => b.id === 'prenatal-quota')?.reason.split('。')[0];
    return (
      <Card title="产前检查定额" action={{ label: '查看产检费用记录', onTap: openLedger }}>
        {q.draft ? <DraftBanner region={profile.region} /> : null}
        {quotaUnknown(profile.region, profile.insurance) ? (
          <>
            <Text className="home-quota__unknown">限额未知</Text>
            <Text className="yb-small" style={{ display: 'block' }}>
              {q.hint}
            </Text>
          </>
        ) : (
          <Text className="yb-small" style={{ display: 'block' }}>
            {reason ? `${reason}。` : (q.hint ?? '')}
          </Text>
        )}
        <Citation citation={q.citation} />
      </Card>
    );
  }
  const pct = q.cap > 0 ? Math.min(100, Math.round((q.used / q.cap) * 100)) : 0;
  return (
    <Card title="产前检查定额" action={{ label: '查看定额明细', onTap: openLedger }}>
      {q.draft ? <DraftBanner region={profile.region} /> : null}
      <View className="home-quota__figures">
        <Text>
          已用 <Money fen={q.used} />
        </Text>
        <Text>
          剩余 <Money fen={q.remaining} className="home-quota__remaining" />
        </Text>
      </View>
      <View
        className="home-quota__bar"
        {...{ role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': pct, 'aria-label': `产前检查定额已用 ${pct}%` }}
      >
        <View className="home-quota__fill" style={{ width: `${pct}%` }} />
      </View>
      <Text className="yb-muted yb-small" style={{ display: 'block' }}>
        定额 <Money fen={q.cap} />，已记录 {q.claims.length} 次产检费用
      </Text>
      {(q.notices ?? []).map((n) => (
        <Text key={n} className="yb-muted yb-small" style={{ display: 'block' }}>
          {n}
        </Text>
      ))}
      <Citation citation={q.citation} />
    </Card>
  );
}

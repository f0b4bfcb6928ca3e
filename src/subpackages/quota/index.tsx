// The prenatal quota ledger: the cap, what is used and what remains, and each claim (one per
// check marked done) with its covered and overflow amounts and the reason, plus the hint of where
// the rest goes. Recomputed at once whenever a check is marked, changed or undone.
import { View, Text } from '@tarojs/components';
import { checkTitleOf, claimReasonText, formatChineseDate, quotaUnknown, registrationReason, type IsoDate, type PrenatalQuotaAnswer } from '@/domain';
import { Card, Citation, DraftBanner, LinkRow, Money, PageRoot, StateView, a11y, pressable } from '@/components';
import { useOutcome } from '@/hooks/useOutcome';
import { useRequireProfile } from '@/hooks/useRequireProfile';
import { useToday } from '@/hooks/useToday';
import { awaitingRegistration, claimIdOfCheck, doneCheckNumbers, quotaRequestOf, useAppStore, type Profile } from '@/stores';
import { OFFLINE_MESSAGE, computeQuota } from '@/stores/services';
import { openPage } from '@/utils/navigation';
import './index.scss';

const openChecks = () => void openPage('/pages/checks/index');
const openCheck = (no: number) => void openPage(`/subpackages/check/index?no=${no}`);

function Ledger({ profile, today }: { profile: Profile; today: IsoDate }) {
  const checksDone = useAppStore((s) => s.checksDone);
  const req = quotaRequestOf(profile, { checksDone });
  const { outcome, loading, retry } = useOutcome<PrenatalQuotaAnswer>(req ? JSON.stringify([req, today]) : null, (onInstant) => computeQuota(req!, today, onInstant));

  if (awaitingRegistration(profile)) {
    return (
      <Card title="请先办理生育保险备案" tone="warn" action={{ label: '已备案？填写备案日期', onTap: () => void openPage('/profile/edit/index') }}>
        <Text className="quota-block">{registrationReason(profile.region, profile.insurance)}。请先到单位或医保经办机构办理备案，再回来填写备案日期。</Text>
      </Card>
    );
  }
  if (loading || !outcome) return <StateView status="loading" message="正在计算定额…" />;
  if (!outcome.ok) return <StateView status="error" message={outcome.error.message} onRetry={retry} />;

  const q = outcome.value;
  const numbers = doneCheckNumbers({ checksDone });
  const unknown = quotaUnknown(profile.region, profile.insurance);
  const pct = q.cap > 0 ? Math.min(100, Math.round((q.used / q.cap) * 100)) : 0;

  return (
    <>
      {q.draft ? <DraftBanner region={profile.region} about="prenatalQuota" /> : null}
      {outcome.offline ? (
        <Text className="quota-block yb-small yb-muted" {...a11y({ role: 'status' })}>
          {OFFLINE_MESSAGE}
        </Text>
      ) : null}
      <Card title="产前检查定额">
        {q.eligible ? (
          <>
            <View className="quota-figures">
              <View className="quota-figure">
                <Text className="quota-figure__label">定额</Text>
                <Money fen={q.cap} className="quota-figure__value" />
              </View>
              <View className="quota-figure">
                <Text className="quota-figure__label">已用</Text>
                <Money fen={q.used} className="quota-figure__value" />
              </View>
              <View className="quota-figure">
                <Text className="quota-figure__label">剩余</Text>
                <Money fen={q.remaining} className="quota-figure__value quota-figure__value--left" />
              </View>
            </View>
            <View
              className="quota-bar"
              {...{ role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': pct, 'aria-label': `产前检查定额已用 ${pct}%` }}
            >
              <View className="quota-bar__fill" style={{ width: `${pct}%` }} />
            </View>
          </>
        ) : unknown ? (
          <>
            <Text className="quota-unknown">限额未知</Text>
            <Text className="quota-block yb-small">{q.hint}</Text>
          </>
        ) : (
          <Text className="quota-block">按您的参保类型，没有产前检查定额，产检费用按您所参加医保的门诊规定报销。</Text>
        )}
        {(q.notices ?? []).map((n) => (
          <Text key={n} className="quota-block yb-small yb-muted">
            {n}
          </Text>
        ))}
        <Citation citation={q.citation} />
      </Card>

      {numbers.length === 0 ? (
        <Card title="产检费用记录">
          <StateView status="empty" message="还没有记录产检费用。做完一次产检后，在产检页面标记完成并填写这次产检的费用，这里会列出每次的费用和报销。" />
          <LinkRow label="去产检页面" onTap={openChecks} />
        </Card>
      ) : (
        <Card title="产检费用记录" subtitle={`共 ${numbers.length} 次`}>
          <View {...a11y({ role: 'list', label: '每次产检的报销' })}>
            {numbers.map((no) => {
              const rec = checksDone[String(no)]!;
              const claim = q.claims.find((c) => c.id === claimIdOfCheck(no));
              const name = checkTitleOf(no);
              return (
                <View key={no} {...a11y({ role: 'listitem' })}>
                  <View className="quota-claim" {...pressable(() => openCheck(no), { role: 'link' })}>
                    <View className="quota-claim__head">
                      <Text className="quota-claim__name">{name}</Text>
                      <Text className="quota-claim__date">{formatChineseDate(rec.date)}</Text>
                    </View>
                    <View className="quota-claim__row">
                      <Text>产检费用</Text>
                      <Money fen={rec.amount} />
                    </View>
                    {claim && !q.eligible ? <Text className="quota-claim__reason">{claimReasonText(claim.reason, profile.region, profile.insurance)}</Text> : null}
                    {claim && q.eligible ? (
                      <>
                        <View className="quota-claim__row">
                          <Text>计入定额</Text>
                          <Money fen={claim.covered} className="quota-claim__covered" />
                        </View>
                        <View className="quota-claim__row">
                          <Text>定额外</Text>
                          <Money fen={claim.overflow} />
                        </View>
                        <Text className={`quota-claim__reason${claim.reason ? ' quota-claim__reason--note' : ''}`}>{claimReasonText(claim.reason, profile.region, profile.insurance)}</Text>
                      </>
                    ) : null}
                  </View>
                </View>
              );
            })}
          </View>
          {q.hint ? (
            <Text className="quota-hint" {...a11y({ role: 'note' })}>
              {q.hint}
            </Text>
          ) : null}
        </Card>
      )}
    </>
  );
}

export default function Quota() {
  const profile = useRequireProfile();
  const today = useToday();
  return (
    <PageRoot className="quota" offlineNote={false}>
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        产检费用与定额
      </Text>
      {profile ? <Ledger profile={profile} today={today} /> : <StateView status="loading" message="正在打开…" />}
    </PageRoot>
  );
}

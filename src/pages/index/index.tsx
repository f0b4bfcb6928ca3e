// 首页: where she is (week, EDD, trimester), the next check, her quota, the delivery estimate, what
// she can claim after the birth and the current service package; for 备孕 the planning package;
// after the birth the dated list of what to do (ticks kept on the phone), then the money (the
// allowance, the subsidy); after a loss only her check and the allowance, gently. Everything is
// computed by the engine (then the API) with today's date in Asia/Shanghai.
import { View, Text } from '@tarojs/components';
import { afterBirthSchedule, daysBetween, formatChineseDate, regionLabel, type EligibilityAnswer, type EligibilityRequest, type IsoDate, type TimelineAnswer } from '@/domain';
import { Card, ChineseDate, OutcomeCorrection, PageRoot, RecordOutcome, StateView, a11y } from '@/components';
import { useOutcome } from '@/hooks/useOutcome';
import { useRequireProfile } from '@/hooks/useRequireProfile';
import { useToday } from '@/hooks/useToday';
import { afterBirthRequestOf, doneCheckNumbers, eddOf, subsidyRequestOf, useAppStore, type Profile } from '@/stores';
import { computeEligibility, computeTimeline } from '@/stores/services';
import { AfterBirthCard } from './_components/AfterBirthCard';
import { AfterBirthMoneyCard } from './_components/AfterBirthMoneyCard';
import { AllowanceCard } from './_components/AllowanceCard';
import { EstimateCard } from './_components/EstimateCard';
import { GestationCard } from './_components/GestationCard';
import { NextCheckCard } from './_components/NextCheckCard';
import { PackageCard } from './_components/PackageCard';
import { QuotaCard } from './_components/QuotaCard';
import { SubsidyCard } from './_components/SubsidyCard';
import { openPage } from '@/utils/navigation';
import './index.scss';

const editProfile = () => void openPage('/profile/edit/index');

function useEligibility(profile: Profile, today: IsoDate) {
  const stage = profile.stage === 'ended' ? 'postpartum' : profile.stage;
  const deliveryDate = profile.stage === 'postpartum' ? profile.birthDate : profile.stage === 'pregnant' ? eddOf(profile, today) : null;
  const req: EligibilityRequest = { region: profile.region, insurance: profile.insurance, stage, ...(deliveryDate ? { deliveryDate } : {}) };
  const { outcome } = useOutcome<EligibilityAnswer>(JSON.stringify([req, today]), (onInstant) => computeEligibility(req, today, onInstant));
  return outcome?.ok ? outcome.value : null;
}

function Pregnant({ profile, today }: { profile: Profile; today: IsoDate }) {
  const checksDone = useAppStore((s) => s.checksDone);
  const done = doneCheckNumbers({ checksDone });
  const req = { dating: profile.dating!, done };
  const { outcome, loading } = useOutcome<TimelineAnswer>(JSON.stringify([req, today]), (onInstant) => computeTimeline(req, today, onInstant));
  const eligibility = useEligibility(profile, today);
  if (loading || !outcome) return <StateView status="loading" message="正在推算孕周…" />;
  if (!outcome.ok) {
    return (
      <Card title="孕周无法推算" tone="warn" action={{ label: '修改孕期信息', onTap: editProfile }}>
        <Text style={{ display: 'block' }}>{outcome.error.details[0]?.message ?? outcome.error.message}</Text>
        <Text className="yb-small yb-muted" style={{ display: 'block' }}>
          如果宝宝已经出生或本次妊娠已结束，请在下方记录。
        </Text>
        <RecordOutcome today={today} />
      </Card>
    );
  }
  const t = outcome.value;
  return (
    <>
      <GestationCard timeline={t} today={today} />
      <NextCheckCard timeline={t} region={profile.region} />
      <QuotaCard profile={profile} today={today} eligibility={eligibility} />
      <EstimateCard profile={profile} today={today} eligibility={eligibility} />
      <AfterBirthMoneyCard req={subsidyRequestOf(profile, today)} today={today} eligibility={eligibility} />
      <PackageCard profile={profile} today={today} />
      <Card title="宝宝出生了？">
        <RecordOutcome today={today} offerEnded={false} />
      </Card>
    </>
  );
}

function Planning({ profile, today }: { profile: Profile; today: IsoDate }) {
  const eligibility = useEligibility(profile, today);
  const planningBenefits = (eligibility?.benefits ?? []).filter((b) => b.id === 'art-coverage' || b.id === 'family-planning');
  return (
    <>
      <Card title="备孕中" tone="accent">
        <Text style={{ display: 'block' }}>怀孕后，在「我的 → 修改资料」选择「怀孕中」并填写末次月经，这里会显示孕周和产检安排。</Text>
      </Card>
      <PackageCard profile={profile} today={today} title="备孕要准备什么" />
      {planningBenefits.length > 0 ? (
        <Card title="与备孕有关的医保待遇">
          {planningBenefits.map((b) => (
            <View key={b.id} className="home-benefit">
              <Text className="home-benefit__state">{b.eligible ? '可以享受' : '按现有文件不能享受'}</Text>
              <Text className="yb-small" style={{ display: 'block' }}>
                {b.reason}
              </Text>
            </View>
          ))}
        </Card>
      ) : null}
    </>
  );
}

/** The dated after-birth list of her birth or loss on `today`, with her ticks (rules.md §10); where to go and what to bring are on its own page. */
function useAfterBirthPlan(profile: Profile, today: IsoDate) {
  const done = useAppStore((s) => s.afterBirthDone);
  const fullyFunded = useAppStore((s) => s.allowanceDraft?.fullyFunded);
  const req = afterBirthRequestOf(profile, done, fullyFunded);
  const plan = req ? afterBirthSchedule(req, today) : null;
  return plan?.ok ? plan.value : null;
}

function Postpartum({ profile, today }: { profile: Profile; today: IsoDate }) {
  const birthDate = profile.birthDate!;
  const plan = useAfterBirthPlan(profile, today);
  const subsidy = subsidyRequestOf(profile, today);
  return (
    <>
      {plan ? (
        <AfterBirthCard
          plan={plan}
          birthDate={birthDate}
          lead={
            <Text className="home-task__intro">
              出生日期 <ChineseDate iso={birthDate} />，产检记录已结束。
            </Text>
          }
        >
          <OutcomeCorrection today={today} />
        </AfterBirthCard>
      ) : null}
      {plan?.tasks.some((t) => t.id === 'maternity-allowance') ? <AllowanceCard profile={profile} today={today} /> : null}
      {subsidy ? <SubsidyCard req={subsidy} today={today} /> : null}
      <PackageCard profile={profile} today={today} title="产后与新生儿服务" />
    </>
  );
}

function Ended({ profile, today }: { profile: Profile; today: IsoDate }) {
  const daysSince = Math.max(0, daysBetween(profile.endedOn!, today));
  const plan = useAfterBirthPlan(profile, today);
  return (
    <>
      <Card title="请好好照顾自己">
        <Text style={{ display: 'block' }}>产检提醒已经关闭。身体和心情都需要时间恢复，有任何不适请及时就医。</Text>
        <Text className="yb-small yb-muted" style={{ display: 'block' }}>
          准备再次怀孕时，可在「我的 → 修改资料」重新选择阶段。
        </Text>
        <OutcomeCorrection today={today} />
      </Card>
      {plan ? <AfterBirthCard plan={plan} /> : null}
      {plan?.tasks.some((t) => t.id === 'maternity-allowance') ? <AllowanceCard profile={profile} today={today} /> : null}
      {daysSince <= 42 ? <PackageCard profile={profile} today={today} title="产后康复服务" /> : null}
    </>
  );
}

export default function Home() {
  const profile = useRequireProfile();
  const today = useToday();
  const offline = useAppStore((s) => s.offline);
  if (!profile) {
    // first run: onboarding is being opened (useRequireProfile)
    return (
      <PageRoot className="home">
        <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
          孕保通
        </Text>
        <StateView status="loading" message="正在打开…" />
      </PageRoot>
    );
  }
  return (
    <PageRoot className="home">
      <View className="home__top">
        <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
          孕保通
        </Text>
        <Text className="home__meta yb-muted">
          {regionLabel(profile.region)} · 今天 {formatChineseDate(today)}
          {offline ? ' · 离线' : ''}
        </Text>
      </View>
      {profile.stage === 'pregnant' ? <Pregnant profile={profile} today={today} /> : null}
      {profile.stage === 'planning' ? <Planning profile={profile} today={today} /> : null}
      {profile.stage === 'postpartum' ? <Postpartum profile={profile} today={today} /> : null}
      {profile.stage === 'ended' ? <Ended profile={profile} today={today} /> : null}
    </PageRoot>
  );
}

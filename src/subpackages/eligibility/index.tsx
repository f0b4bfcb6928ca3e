// 资格自查: a wizard of three steps a family member finishes in a minute (region; insurance and,
// for 职工医保, whether the employer is fully funded; stage and the delivery date): a question an
// answer raises joins that answer's step, so the count never grows. → the eight benefits in three
// groups: 可以享受, 按现有文件不能享受, and 不适用于您的地区 (another region's programme), each with
// why and the article. One voice, 您 (a relative answers for the mother). Shareable: WeChat's share
// (the same answers open the same result) and copy as text. Needs no profile.
import { useState } from 'react';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { BENEFIT_NAMES, STAGE_NAMES, insuranceChoices, isIsoDate, isRegionCode, regionChoices, INSURANCES, type Benefit, type EligibilityAnswer, type EligibilityRequest, type Insurance, type RegionCode } from '@/domain';
import { Button, Card, Citation, DraftBanner, LinkRow, PageRoot, StateView, a11y } from '@/components';
import { ChoiceGroup, PickerDateField } from '@/components/nut';
import { useOutcome } from '@/hooks/useOutcome';
import { useToday } from '@/hooks/useToday';
import { eddOf, useAppStore, type EligibilityDraft } from '@/stores';
import { OFFLINE_MESSAGE, computeEligibility } from '@/stores/services';
import { openPage } from '@/utils/navigation';
import { benefitGroups, resultText, summaryLine, type BenefitGroup } from './_components/text';
import './index.scss';

type Stage = EligibilityRequest['stage'];
type StepId = 'region' | 'insurance' | 'stage';

const STAGE_CHOICES: { value: Stage; label: string; hint: string }[] = [
  { value: 'planning', label: STAGE_NAMES.planning, hint: '正在准备怀孕' },
  { value: 'pregnant', label: STAGE_NAMES.pregnant, hint: '' },
  { value: 'postpartum', label: STAGE_NAMES.postpartum, hint: '宝宝已经出生' },
];

/** Always three: the employer question joins the insurance step, the date joins the stage step. */
const STEPS: readonly StepId[] = ['region', 'insurance', 'stage'];

const RESULT_STEP = 99;

/** The page with these answers, as WeChat's share sends it: the receiver lands on the result. */
export function shareLinkOf(req: EligibilityRequest): string {
  const query = [`region=${req.region}`, `insurance=${req.insurance}`, `stage=${req.stage}`];
  if (req.deliveryDate) query.push(`deliveryDate=${req.deliveryDate}`);
  if (req.employer) query.push(`fullyFunded=${req.employer.fullyFunded ? '1' : '0'}`);
  return `/subpackages/eligibility/index?${query.join('&')}`;
}

/** Answers from a shared link (shareLinkOf), or null. */
function fromShareLink(params: Partial<Record<string, string>> | undefined): EligibilityDraft | null {
  const p = params ?? {};
  const region = isRegionCode(p.region) ? p.region : null;
  const insurance = INSURANCES.find((i) => i === p.insurance);
  const stage = STAGE_CHOICES.find((s) => s.value === p.stage)?.value;
  if (!region || !insurance || !stage) return null;
  const deliveryDate = stage !== 'planning' && p.deliveryDate && isIsoDate(p.deliveryDate) ? p.deliveryDate : '';
  const fullyFunded = p.fullyFunded === '1' ? true : p.fullyFunded === '0' ? false : null;
  return { region, insurance, stage, step: RESULT_STEP, deliveryDate, fullyFunded };
}

function requestOf(d: EligibilityDraft): EligibilityRequest | null {
  if (!d.region || !d.insurance || !d.stage) return null;
  const req: EligibilityRequest = { region: d.region, insurance: d.insurance, stage: d.stage };
  if (d.stage !== 'planning' && d.deliveryDate && isIsoDate(d.deliveryDate)) req.deliveryDate = d.deliveryDate;
  if (d.insurance === 'employee' && typeof d.fullyFunded === 'boolean') req.employer = { fullyFunded: d.fullyFunded };
  return req;
}

/** The calculators open with these answers, for a relative: nothing of them is stored there. */
function calculatorQuery(req: EligibilityRequest): string {
  const parts = [`for=family`, `region=${req.region}`, `insurance=${req.insurance}`];
  if (req.deliveryDate) parts.push(`date=${req.deliveryDate}`);
  if (req.employer) parts.push(`fullyFunded=${req.employer.fullyFunded ? '1' : '0'}`);
  return parts.join('&');
}

function BenefitItem({ benefit: b, group }: { benefit: Benefit; group: BenefitGroup }) {
  const tone = group.id === 'yes' ? 'yes' : 'no';
  return (
    <View className={`elig-benefit elig-benefit--${group.id}`} {...a11y({ role: 'listitem' })}>
      <View className="elig-benefit__head">
        <Text className="elig-benefit__name">{BENEFIT_NAMES[b.id]}</Text>
        <Text className={`elig-badge elig-badge--${tone}`}>{group.word}</Text>
      </View>
      <Text className="elig-benefit__reason">{b.reason}</Text>
      {b.draft ? <Text className="elig-benefit__draft">依据征求意见稿，正式文件可能调整</Text> : null}
      <Citation citation={b.citation} />
    </View>
  );
}

function Result({ req, today, onRestart, onEdit }: { req: EligibilityRequest; today: string; onRestart: () => void; onEdit: () => void }) {
  const { outcome, loading, retry } = useOutcome<EligibilityAnswer>(JSON.stringify([req, today]), (onInstant) => computeEligibility(req, today, onInstant));
  const answer = outcome?.ok ? outcome.value : null;
  const [copyNote, setCopyNote] = useState<string | null>(null);

  useShareAppMessage(() => ({ title: '孕保通：查一查生育医保待遇', path: shareLinkOf(req) }));

  const copy = async () => {
    if (!answer) return;
    try {
      // WeChat and Taro's H5 both show their own 内容已复制 toast; say the next step inline.
      await Taro.setClipboardData({ data: resultText(req, answer) });
      setCopyNote('已复制，可以粘贴到聊天里');
    } catch {
      setCopyNote('复制失败，请重试');
    }
  };

  if (loading || !outcome) return <StateView status="loading" message="正在查询…" />;
  if (!outcome.ok) return <StateView status="error" message={outcome.error.details[0]?.message ?? outcome.error.message} onRetry={retry} />;
  const benefits = outcome.value.benefits;
  const groups = benefitGroups(req, benefits);
  const count = (id: BenefitGroup['id']) => groups.find((g) => g.id === id)?.benefits.length ?? 0;
  return (
    <>
      {benefits.some((b) => b.draft) ? <DraftBanner region={req.region} /> : null}
      {outcome.offline ? (
        <Text className="elig-block yb-small yb-muted" {...a11y({ role: 'status' })}>
          {OFFLINE_MESSAGE}
        </Text>
      ) : null}
      <Card title={`可以享受 ${count('yes')} 项`} subtitle={summaryLine(req)}>
        {count('elsewhere') > 0 ? (
          <Text className="elig-block yb-small">另有 {count('elsewhere')} 项是其他地区的政策，不适用于您的地区，列在最后。</Text>
        ) : null}
        <View className="elig-actions">
          <Button onTap={() => void copy()}>
            复制结果发给家人
          </Button>
          {process.env.TARO_ENV === 'weapp' ? (
            <Button kind="ghost" openType="share">
              分享给微信好友
            </Button>
          ) : null}
        </View>
        {copyNote ? (
          <Text className="elig-block yb-small" {...a11y({ role: 'status' })}>
            {copyNote}
          </Text>
        ) : null}
      </Card>
      {groups.map((g) =>
        g.benefits.length > 0 ? (
          <View key={g.id} className={`elig-group elig-group--${g.id}`}>
            <Text className="elig-group__title" {...a11y({ role: 'heading', level: 2 })}>
              {g.title}（{g.benefits.length} 项）
            </Text>
            <View {...a11y({ role: 'list', label: g.listLabel })}>
              {g.benefits.map((b) => (
                <BenefitItem key={b.id} benefit={b} group={g} />
              ))}
            </View>
          </View>
        ) : null,
      )}
      <Card title="算一算能领多少" subtitle="按上面的回答打开，填写的内容不会保存">
        {benefits.some((b) => b.id === 'maternity-allowance' && b.eligible) ? (
          <LinkRow label="生育津贴" hint="产假天数、大约多少钱、发给谁" onTap={() => void openPage(`/subpackages/allowance/index?${calculatorQuery(req)}`)} />
        ) : null}
        <LinkRow label="育儿补贴" hint="3周岁以下的孩子每年都有，每年多少、怎么申领" onTap={() => void openPage(`/subpackages/subsidy/index?${calculatorQuery(req)}`)} />
      </Card>
      <Text className="elig-block yb-small yb-muted">结果依据已公布的政策文件推算，仅供参考，请以当地医保部门的答复为准。</Text>
      <View className="elig-actions">
        <Button kind="ghost" onTap={onEdit}>
          修改回答
        </Button>
        <Button kind="ghost" onTap={onRestart}>
          重新开始
        </Button>
      </View>
    </>
  );
}

export default function Eligibility() {
  const today = useToday();
  const stored = useAppStore((s) => s.eligibilityDraft);
  const profile = useAppStore((s) => s.profile);
  const setDraft = useAppStore((s) => s.setEligibilityDraft);
  const clearDraft = useAppStore((s) => s.clearDraft);
  // A shared link wins over a kept draft; without either, start from her own profile when there is one.
  const router = useRouter() as { params?: Partial<Record<string, string>> } | null;
  const [shared] = useState<EligibilityDraft | null>(() => fromShareLink(router?.params));
  const [prefill] = useState<EligibilityDraft>(() => {
    if (!profile) return {};
    const stage = profile.stage === 'ended' ? null : profile.stage;
    const deliveryDate = profile.stage === 'postpartum' ? profile.birthDate : eddOf(profile, today);
    return { region: profile.region, insurance: profile.insurance, stage, deliveryDate: deliveryDate ?? '' };
  });
  const [fromLink, setFromLink] = useState(shared !== null);
  const d: EligibilityDraft = fromLink && shared ? shared : (stored ?? prefill);
  const [tried, setTried] = useState(false);

  const set = (patch: EligibilityDraft) => {
    if (fromLink) setFromLink(false);
    setDraft({ ...d, ...patch });
  };
  const stepIndex = Math.min(d.step ?? 0, RESULT_STEP);
  const atResult = stepIndex >= STEPS.length;
  const step = STEPS[Math.min(stepIndex, STEPS.length - 1)]!;
  const dateValid = !d.deliveryDate || isIsoDate(d.deliveryDate);

  const answered: Record<StepId, boolean> = {
    region: Boolean(d.region),
    insurance: Boolean(d.insurance),
    stage: Boolean(d.stage) && (d.stage === 'planning' || dateValid),
  };

  const next = () => {
    setTried(true);
    if (!answered[step]) return;
    setTried(false);
    set({ step: stepIndex + 1 });
  };
  const back = () => set({ step: Math.max(0, stepIndex - 1) });
  const restart = () => {
    setFromLink(false);
    clearDraft('eligibility');
    setDraft({ step: 0 });
    setTried(false);
  };

  const req = requestOf(d);
  // 替家人查询 from the first screen: no consent, so nothing of this is written to the phone (stores/index.ts).
  const family = profile === null;

  return (
    <PageRoot className="elig" offlineNote={false}>
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        生育医保待遇自查
      </Text>
      {atResult && req ? (
        <Result req={req} today={today} onRestart={restart} onEdit={() => set({ step: 0 })} />
      ) : (
        <Card title={`第 ${stepIndex + 1} 步，共 ${STEPS.length} 步`}>
          <View className="elig-progress" {...a11y({ hidden: true })}>
            <View className="elig-progress__fill" style={{ width: `${Math.round(((stepIndex + 1) / STEPS.length) * 100)}%` }} />
          </View>
          {stepIndex === 0 ? (
            <Text className="elig-block yb-small yb-muted">回答三个问题，约一分钟，看看能享受哪些生育医保待遇。替家人查询时，请按孕妈妈本人的情况回答：下面的“您”就是孕妈妈。</Text>
          ) : null}
          {family ? (
            <Text className="elig-block yb-small" {...a11y({ role: 'note' })}>
              这次查询不需要同意，回答不会保存在这台手机上。
            </Text>
          ) : null}
          {step === 'region' ? (
            <ChoiceGroup<RegionCode>
              name="elig-region"
              label="您在哪里参保？"
              options={regionChoices()}
              value={d.region}
              onChange={(region) => set({ region })}
              error={tried && !d.region ? '请选择参保地区' : null}
            />
          ) : null}
          {step === 'insurance' ? (
            <ChoiceGroup<Insurance>
              name="elig-insurance"
              label="您参加的是哪种医保？"
              options={insuranceChoices()}
              value={d.insurance}
              onChange={(insurance) => set({ insurance })}
              error={tried && !d.insurance ? '请选择参保类型' : null}
            />
          ) : null}
          {step === 'insurance' && d.insurance === 'employee' ? (
            <ChoiceGroup
              name="elig-employer"
              label="您的单位是财政全额拨款的单位吗？"
              options={[
                { value: 'no', label: '不是', hint: '企业、差额拨款单位等' },
                { value: 'yes', label: '是', hint: '如财政全额拨款的机关事业单位' },
                { value: 'unsure', label: '不清楚' },
              ]}
              value={d.fullyFunded === true ? 'yes' : d.fullyFunded === false ? 'no' : d.fullyFunded === null ? 'unsure' : null}
              onChange={(v) => set({ fullyFunded: v === 'yes' ? true : v === 'no' ? false : null })}
            />
          ) : null}
          {step === 'stage' ? (
            <ChoiceGroup<Stage>
              name="elig-stage"
              label="您现在是"
              options={STAGE_CHOICES.map((s) => (s.hint ? s : { value: s.value, label: s.label }))}
              value={d.stage}
              onChange={(stage) => set({ stage })}
              error={tried && !d.stage ? '请选择' : null}
            />
          ) : null}
          {step === 'stage' && d.stage && d.stage !== 'planning' ? (
            <>
              <PickerDateField
                id="elig-date"
                label={d.stage === 'postpartum' ? '分娩日期' : '预产期'}
                value={d.deliveryDate ?? ''}
                onChange={(deliveryDate) => set({ deliveryDate })}
                start="2024-01-01"
                end="2031-12-31"
                hint="不知道可以空着"
                error={tried && !dateValid ? '请选择一个有效的日期' : null}
              />
            </>
          ) : null}
          <View className="elig-actions">
            {stepIndex > 0 ? (
              <Button kind="ghost" onTap={back}>
                上一步
              </Button>
            ) : null}
            <Button onTap={next}>
              {stepIndex + 1 === STEPS.length ? '查看结果' : '下一步'}
            </Button>
          </View>
        </Card>
      )}
    </PageRoot>
  );
}

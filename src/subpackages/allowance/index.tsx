// 生育津贴: the employer's average monthly wage (the unit's figure from HR, not her own pay), a
// difficult birth, the babies and the child order → the leave days line by line, the amount large,
// who pays and to whom, the extended days and what they would add if paid, and what to ask the
// 医保部门; every figure with its source. For herself the form is her allowance draft and the event
// her birth, loss or EDD; for a relative (?for=family from 资格自查, or no profile) the answers are
// asked here and kept on this page only: nothing is stored.
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import {
  fullyFundedMatters,
  insuranceChoices,
  isIsoDate,
  isRegionCode,
  maternityAllowance,
  MAX_BABIES,
  NEEDS_WAGE_NOTICE,
  formatChineseDate,
  insuranceName,
  regionChoices,
  regionLabel,
  INSURANCES,
  type Insurance,
  type MaternityAllowanceAnswer,
  type MaternityAllowanceRequest,
  type RegionCode,
} from '@/domain';
import { Button, Card, PageRoot, StateView, a11y } from '@/components';
import { NoticeList } from '@/components/NoticeList';
import { ChoiceGroup, Field, PickerDateField, Toggle } from '@/components/nut';
import { useOutcome } from '@/hooks/useOutcome';
import { useToday } from '@/hooks/useToday';
import { allowanceRequestFor, allowanceRequestOf, eddOf, lossWeeksOf, parseWeeks, pregnancyEndOf, useAppStore, type AllowanceDraft, type Profile } from '@/stores';
import { OFFLINE_MESSAGE, computeAllowance } from '@/stores/services';
import { parseYuan } from '@/utils/format';
import { AllowanceResult } from './_components/AllowanceResult';
import './index.scss';

/** A relative's answers: who she is and when the baby comes, besides the form. Never stored. */
interface FamilyAnswers extends AllowanceDraft {
  region?: RegionCode | null;
  insurance?: Insurance | null;
  date?: string;
}

const BABIES = Array.from({ length: MAX_BABIES }, (_, i) => ({ value: i + 1, label: `${i + 1} 个` }));
const CHILD_ORDER = [
  { value: 1, label: '第1个孩子' },
  { value: 2, label: '第2个孩子' },
  { value: 3, label: '第3个或更多', hint: '延长产假的天数可能不同' },
];
const FUNDED = [
  { value: 'no', label: '不是', hint: '企业、差额拨款单位等' },
  { value: 'yes', label: '是', hint: '如财政全额拨款的机关事业单位' },
  { value: 'unsure', label: '不清楚' },
] as const;

const wageError = (text: string | undefined): string | null =>
  text && text.trim() !== '' && parseYuan(text) === null ? '请填写金额（元），如 6000 或 6000.50' : null;

/** A relative's answers from a 资格自查 link (?region=…&insurance=…&date=…&fullyFunded=1|0). */
function fromLink(params: Partial<Record<string, string>>): FamilyAnswers {
  const insurance = INSURANCES.find((i) => i === params.insurance) ?? null;
  return {
    region: isRegionCode(params.region) ? params.region : null,
    insurance,
    date: params.date && isIsoDate(params.date) ? params.date : '',
    fullyFunded: params.fullyFunded === '1' ? true : params.fullyFunded === '0' ? false : null,
  };
}

interface FormProps {
  form: AllowanceDraft;
  set: (patch: AllowanceDraft) => void;
  region: RegionCode;
  insurance: Insurance;
  /** A birth (or expected one) asks about babies, a difficult birth and the child order; a loss may ask its weeks. */
  kind: 'birth' | 'expected' | 'loss';
  asksWeeks: boolean;
  you: '您' | '她';
}

function AllowanceForm({ form, set, region, insurance, kind, asksWeeks, you }: FormProps) {
  const funded = form.fullyFunded === true ? 'yes' : form.fullyFunded === false ? 'no' : form.fullyFunded === null ? 'unsure' : null;
  return (
    <Card title="计算需要的信息">
      <Field
        id="allowance-wage"
        label="单位上年度职工月平均工资（元）"
        kind="digit"
        value={form.wage ?? ''}
        onChange={(wage) => set({ wage })}
        hint={NEEDS_WAGE_NOTICE}
        error={wageError(form.wage)}
        maxLength={12}
      />
      {kind !== 'loss' ? (
        <>
          <ChoiceGroup<number>
            name="allowance-babies"
            label={kind === 'expected' ? `${you}怀了几个宝宝？` : '这次生了几个宝宝？'}
            options={BABIES}
            value={form.babies ?? 1}
            onChange={(babies) => set({ babies })}
            inline
          />
          <View className="al-toggle">
            <Toggle label="难产" hint="以医院的诊断证明为准" on={form.difficult ?? false} onChange={(difficult) => set({ difficult })} />
          </View>
          <ChoiceGroup<number>
            name="allowance-order"
            label={`这是${you}的第几个孩子？`}
            options={CHILD_ORDER}
            value={Math.min(form.childOrder ?? 1, 3)}
            onChange={(childOrder) => set({ childOrder })}
          />
        </>
      ) : null}
      {asksWeeks ? (
        <Field
          id="allowance-weeks"
          label="妊娠终止时怀孕满几周"
          kind="number"
          value={form.weeks ?? ''}
          onChange={(weeks) => set({ weeks })}
          hint="看出院小结或病历上的孕周；满16周和不满16周，休假天数不同"
          error={form.weeks && parseWeeks(form.weeks) === null ? '请填写 0 到 44 的整数' : null}
          maxLength={2}
        />
      ) : null}
      {fullyFundedMatters(region, insurance) ? (
        <ChoiceGroup
          name="allowance-funded"
          label={`${you}的单位是财政全额拨款的单位吗？`}
          options={FUNDED}
          value={funded}
          onChange={(v) => set({ fullyFunded: v === 'yes' ? true : v === 'no' ? false : null })}
        />
      ) : null}
    </Card>
  );
}

function Result({ req, region, you }: { req: MaternityAllowanceRequest | null; region: string; you: '您' | '她' }) {
  const { outcome, retry } = useOutcome<MaternityAllowanceAnswer>(req ? JSON.stringify(req) : null, (onInstant) => computeAllowance(req!, maternityAllowance, onInstant));
  const answer = outcome?.ok ? outcome.value : null;
  return (
    <>
      <Card title="估算结果" className="al-result-card">
        <View {...a11y({ live: 'polite' })}>
          {!req ? <StateView status="empty" message="填写上面的信息后，这里会显示结果。" /> : null}
          {req && !outcome ? <StateView status="loading" message="正在计算…" /> : null}
          {outcome && !outcome.ok ? <StateView status="error" message={outcome.error.details[0]?.message ?? outcome.error.message} onRetry={retry} /> : null}
          {outcome?.ok && outcome.offline ? (
            <Text className="al-block yb-small yb-muted" {...a11y({ role: 'status' })}>
              {OFFLINE_MESSAGE}
            </Text>
          ) : null}
          {answer ? <AllowanceResult answer={answer} region={region} you={you} /> : null}
        </View>
      </Card>
      {answer && answer.notices.length > 0 ? (
        <Card title="还要向医保部门问清楚的">
          <NoticeList label="还要向医保部门问清楚的" notices={answer.notices} />
        </Card>
      ) : null}
    </>
  );
}

/** Her own estimate: the birth, loss or EDD on her profile; the form is her allowance draft (kept on the phone). */
function Own({ profile, today }: { profile: Profile; today: string }) {
  const draft = useAppStore((s) => s.allowanceDraft) ?? {};
  const set = useAppStore((s) => s.setAllowanceDraft);
  const clearDraft = useAppStore((s) => s.clearDraft);
  const end = pregnancyEndOf(profile);
  const date = end?.date ?? eddOf(profile, today);
  const kind = end?.kind === 'loss' ? 'loss' : end ? 'birth' : 'expected';
  const req = allowanceRequestOf(profile, draft, today);
  const when =
    kind === 'loss' ? `妊娠结束 ${formatChineseDate(date!)}` : kind === 'birth' ? `分娩日期 ${formatChineseDate(date!)}` : `按预产期 ${formatChineseDate(date!)} 估算`;
  return (
    <>
      <Text className="al-block al-who yb-muted">
        按您的资料：{regionLabel(profile.region)} · {insuranceName(profile.insurance)} · {when}
      </Text>
      <AllowanceForm form={draft} set={set} region={profile.region} insurance={profile.insurance} kind={kind} asksWeeks={kind === 'loss' && lossWeeksOf(profile) === null} you="您" />
      <Result req={req} region={profile.region} you="您" />
      <Button kind="ghost" onTap={() => clearDraft('allowance')}>
        清空重填
      </Button>
    </>
  );
}

/** A relative's estimate: who she is and when the baby comes are asked here; nothing is stored. */
function Family({ initial, relative }: { initial: FamilyAnswers; relative: boolean }) {
  const [answers, setAnswers] = useState<FamilyAnswers>(initial);
  const set = (patch: FamilyAnswers) => setAnswers((a) => ({ ...a, ...patch }));
  const { region, insurance, date } = answers;
  const you = relative ? '她' : '您';
  const req = region && insurance && date && isIsoDate(date) ? allowanceRequestFor(region, insurance, { kind: 'birth', date }, answers) : null;
  return (
    <>
      <Text className="al-block al-who yb-muted">
        {relative ? '替家人算一算：' : '还没有分娩日期或预产期，可以先填一个日期试算：'}填写的内容只在这一页使用，不会保存。
      </Text>
      <Card title={relative ? '她的情况' : '参保和日期'}>
        <ChoiceGroup<RegionCode> name="allowance-region" label={`${you}在哪里参保？`} options={regionChoices()} value={region} onChange={(r) => set({ region: r })} />
        <ChoiceGroup<Insurance> name="allowance-insurance" label={`${you}参加的是哪种医保？`} options={insuranceChoices()} value={insurance} onChange={(i) => set({ insurance: i })} />
        <PickerDateField
          id="allowance-date"
          label="分娩日期（还没生就填预产期）"
          value={date ?? ''}
          onChange={(d) => set({ date: d })}
          start="2024-01-01"
          end="2031-12-31"
          error={date && !isIsoDate(date) ? '请选择一个有效的日期' : null}
        />
      </Card>
      {region && insurance ? <AllowanceForm form={answers} set={set} region={region} insurance={insurance} kind="birth" asksWeeks={false} you={you} /> : null}
      <Result req={req} region={region ?? ''} you={you} />
    </>
  );
}

export default function AllowancePage() {
  const today = useToday();
  const profile = useAppStore((s) => s.profile);
  const router = useRouter() as { params?: Partial<Record<string, string>> } | null;
  const params = router?.params ?? {};
  // Her own estimate needs a birth, a loss or an EDD on her profile; anything else is asked here.
  const own = profile && params.for !== 'family' && (pregnancyEndOf(profile) || eddOf(profile, today)) ? profile : null;
  const relative = params.for === 'family' || !profile;
  const [initial] = useState<FamilyAnswers>(() => (relative || !profile ? fromLink(params) : { region: profile.region, insurance: profile.insurance, date: '' }));
  return (
    <PageRoot className="al" offlineNote={false}>
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        生育津贴
      </Text>
      <Text className="al-block al-intro yb-muted">职工休产假期间，由生育保险按单位的月平均工资发放生育津贴。填写后即时显示能休多少天、大约能领多少。</Text>
      {own ? <Own profile={own} today={today} /> : <Family initial={initial} relative={relative} />}
      <Text className="al-block yb-small yb-muted">结果依据已公布的政策文件推算，仅供参考，请以当地医保部门的答复为准。</Text>
    </PageRoot>
  );
}

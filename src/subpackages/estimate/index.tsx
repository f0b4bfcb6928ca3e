// 分娩费用估算: the hospital (designated, obstetrics, in the city, level; for Hengyang whether and
// since when it is in the zero-copay scheme), the delivery date, the cost buckets (empty, with
// hints of where to find each amount: never invented figures) and, when the answer needs them,
// her own deductible and ratio. Until the engine has what it needs (deliveryEstimateMissing) the
// result names the questions left, never a rule; then it fills in as she types: the self-pay
// figure large, each line with who pays and the article, and what is still unknown. The form is
// the store's estimate draft, so it survives restarts.
import { useRef } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { DELIVERY_RULE_NAMES, deliveryEstimateMissing, deliveryFundNote, formatChineseDate, formatChineseMonth, ordinaryRulesHelp, regionLabel, zeroCopayScheme, type CostBucket, type DeliveryEstimateAnswer, type EstimateQuestion, type ZeroCopayScheme } from '@/domain';
import { Button, Card, Citation, DraftBanner, Money, PageRoot, StateView, a11y } from '@/components';
import { ChoiceGroup, Field, PickerDateField, PickerMonthField, Toggle } from '@/components/nut';
import { useOutcome } from '@/hooks/useOutcome';
import { useRequireProfile } from '@/hooks/useRequireProfile';
import { useToday } from '@/hooks/useToday';
import { eddOf, estimateFactsOf, estimateRequestOf, useAppStore, type EstimateDraft, type Profile } from '@/stores';
import { OFFLINE_MESSAGE, computeEstimate, type Outcome } from '@/stores/services';
import { parseYuan } from '@/utils/format';
import { BUCKET_LABELS } from './_components/labels';
import './index.scss';

const COST_FIELDS: { key: CostBucket; hint: string }[] = [
  { key: 'inScope', hint: '看医院给的「预估费用」，或出院结算单上「医保范围内」「符合规定」的金额' },
  { key: 'outOfScope', hint: '出院结算单上「目录外」「全自费」的金额；不知道可以先空着' },
  { key: 'specialNeeds', hint: '如单人间、特需病房、导乐分娩等，看医院的价目表或收费清单；没有就空着' },
  { key: 'complications', hint: '分娩住院期间治疗妊娠或分娩并发症的医保范围内费用，看出院结算单；没有就空着' },
];

const YES_NO = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
] as const;

type YesNo = 'yes' | 'no';
const yn = (b: boolean | null | undefined): YesNo | null => (b === true ? 'yes' : b === false ? 'no' : null);

function amountError(text: string | undefined): string | null {
  if (!text || text.trim() === '') return null;
  return parseYuan(text) === null ? '请填写金额（元），如 4200 或 4200.50' : null;
}

function ratioError(text: string | undefined): string | null {
  if (!text || text.trim() === '') return null;
  const n = Number(text.trim());
  return /^\d{1,3}$/.test(text.trim()) && n >= 0 && n <= 100 ? null : '请填写 0 到 100 的整数';
}

const FROM_LABEL = '医院从哪个月开始执行零自付';
const UNTIL_LABEL = '从哪个月起不再执行零自付';

/** Each question the estimate may still need, as the form asks it. */
function questionText(q: EstimateQuestion, scheme: ZeroCopayScheme | null): string {
  switch (q) {
    case 'designated':
      return '医院是不是医保定点医疗机构';
    case 'obstetrics':
      return '医院有没有产科';
    case 'deliveryDate':
      return '分娩日期';
    case 'scheme':
      return `这家医院有没有参加${scheme?.name ?? '零自付'}`;
    case 'schemeFrom':
      return FROM_LABEL;
    case 'schemeUntil':
      return UNTIL_LABEL;
  }
}

function Hospital({ profile, draft, set }: { profile: Profile; draft: EstimateDraft; set: (p: EstimateDraft) => void }) {
  const scheme = zeroCopayScheme(profile.region);
  const left = draft.zeroCopayLeft ?? Boolean(draft.zeroCopayUntil);
  const inScheme = draft.inHengyangScheme === true ? 'yes' : draft.inHengyangScheme === false ? 'no' : draft.inHengyangScheme === null ? 'unsure' : null;
  return (
    <Card title="分娩的医院">
      <ChoiceGroup
        name="designated"
        label="医院是医保定点医疗机构吗？"
        options={[
          { value: 'yes', label: '是', hint: '公立医院一般都是；可问医院医保办' },
          { value: 'no', label: '否', hint: '非定点医院医保基金不支付（急诊另行结算）' },
        ]}
        value={yn(draft.designated)}
        onChange={(v) => set({ designated: v === 'yes' })}
      />
      <ChoiceGroup name="obstetrics" label="医院有产科吗？" options={YES_NO} value={yn(draft.obstetrics)} onChange={(v) => set({ obstetrics: v === 'yes' })} inline />
      <ChoiceGroup
        name="inRegion"
        label={`医院在${regionLabel(profile.region)}（参保地）吗？`}
        options={[
          { value: 'yes', label: '在参保地' },
          { value: 'no', label: '在外地' },
        ]}
        value={yn(draft.inRegion ?? true)}
        onChange={(v) => set({ inRegion: v === 'yes' })}
        inline
      />
      <ChoiceGroup
        name="level"
        label="医院等级"
        options={[
          { value: 1, label: '一级' },
          { value: 2, label: '二级' },
          { value: 3, label: '三级' },
          { value: 0, label: '不清楚' },
        ]}
        value={draft.level ?? (draft.level === null ? 0 : null)}
        onChange={(v) => set({ level: v === 0 ? null : (v as 1 | 2 | 3) })}
        inline
      />
      {scheme ? (
        <View className="est-scheme">
          <ChoiceGroup
            name="scheme"
            label={`这家医院参加了${scheme.name}吗？`}
            options={[
              { value: 'yes', label: '参加了' },
              { value: 'no', label: '没有参加' },
              { value: 'unsure', label: '不清楚', hint: '可以问医院的医保办或收费处' },
            ]}
            value={inScheme}
            onChange={(v) => set({ inHengyangScheme: v === 'yes' ? true : v === 'no' ? false : null })}
          />
          {draft.inHengyangScheme === true ? (
            <>
              <PickerMonthField
                id="zero-copay-from"
                label={FROM_LABEL}
                value={draft.zeroCopayFrom ?? ''}
                onChange={(zeroCopayFrom) => set({ zeroCopayFrom })}
                start={scheme.from.slice(0, 7)}
                end={scheme.to.slice(0, 7)}
                hint="医院申请加入后，从下个月起执行；可问医院医保办"
              />
              <Toggle label="医院已经退出零自付" on={left} onChange={(on) => set(on ? { zeroCopayLeft: true } : { zeroCopayLeft: false, zeroCopayUntil: '' })} />
              {left ? (
                <PickerMonthField
                  id="zero-copay-until"
                  label={UNTIL_LABEL}
                  value={draft.zeroCopayUntil ?? ''}
                  onChange={(zeroCopayUntil) => set({ zeroCopayUntil })}
                  start={draft.zeroCopayFrom || scheme.from.slice(0, 7)}
                  end={scheme.to.slice(0, 7)}
                />
              ) : null}
              {draft.zeroCopayFrom && draft.zeroCopayUntil && draft.zeroCopayUntil < draft.zeroCopayFrom ? (
                <Text className="yb-error-text" {...a11y({ role: 'alert' })}>
                  停止的月份不能早于开始的月份
                </Text>
              ) : null}
              {!draft.zeroCopayFrom ? <Text className="est-block yb-small yb-muted">选好开始的月份后，才能按零自付估算。</Text> : null}
            </>
          ) : null}
          {draft.inHengyangScheme === null ? (
            <Text className="est-block yb-small yb-muted">下面先按没有参加零自付估算；向医院确认后再回来修改。</Text>
          ) : null}
        </View>
      ) : null}
    </Card>
  );
}

/** What the estimate still needs, in the form's words: no rule is named before it has them. */
function Missing({ questions, scheme }: { questions: EstimateQuestion[]; scheme: ZeroCopayScheme | null }) {
  return (
    <View className="est-missing" {...a11y({ role: 'status' })}>
      <Text className="est-missing__title">还需要您回答这些问题，才能估算：</Text>
      <View {...a11y({ role: 'list', label: '还需要回答的问题' })}>
        {questions.map((q) => (
          <Text key={q} className="est-missing__item" {...a11y({ role: 'listitem' })}>
            {questionText(q, scheme)}
          </Text>
        ))}
      </View>
      <Text className="est-block yb-small yb-muted">结果会随您填写即时显示。</Text>
    </View>
  );
}

function Result({ outcome, amountsGiven }: { outcome: Outcome<DeliveryEstimateAnswer>; amountsGiven: boolean }) {
  if (!outcome.ok) {
    return (
      <StateView
        status="error"
        message={outcome.error.details.map((d) => d.message).join('；') || outcome.error.message}
      />
    );
  }
  const a = outcome.value;
  const needsOrdinary = a.needs.includes('ordinary');
  return (
    <View className="est-result">
      {outcome.offline ? (
        <Text className="est-block yb-small yb-muted" {...a11y({ role: 'status' })}>
          {OFFLINE_MESSAGE}
        </Text>
      ) : null}
      <Text className="est-result__rule">{DELIVERY_RULE_NAMES[a.rule]}</Text>
      <Text className="est-result__label">预计自己付</Text>
      <Money fen={amountsGiven ? a.selfPay : null} unknown={amountsGiven ? '还不能算出' : '填写费用后算出'} className="est-result__self" />
      {needsOrdinary ? <Text className="est-block yb-small">填写下面的起付线和报销比例后即可算出。</Text> : null}
      <View className="est-result__totals">
        <Text>
          医保基金支付 <Money fen={a.fundPays} unknown="待定" />
        </Text>
        <Text>
          费用合计 <Money fen={a.total} />
        </Text>
      </View>
      {a.lines.length === 0 ? <Text className="est-block yb-small yb-muted">填写上面的费用后，这里会逐项列出谁来支付。</Text> : null}
      <View {...a11y({ role: 'list', label: '各项费用由谁支付' })}>
        {a.lines.map((l) => (
          <View key={l.bucket} className="est-line" {...a11y({ role: 'listitem' })}>
            <View className="est-line__head">
              <Text className="est-line__name">{BUCKET_LABELS[l.bucket]}</Text>
              <Money fen={l.amount} className="est-line__amount" />
            </View>
            <View className="est-line__row">
              <Text>医保基金</Text>
              <Money fen={l.fund} unknown="待定" />
            </View>
            <View className="est-line__row">
              <Text>自付</Text>
              <Money fen={l.self} unknown="待定" className="est-line__self" />
            </View>
            <Citation citation={l.citation} />
          </View>
        ))}
      </View>
      {a.notices.length > 0 ? (
        <View className="est-notices">
          <Text className="est-notices__title">还不确定的</Text>
          {a.notices.map((n) => (
            <Text key={n} className="est-notices__item">
              {n}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}

function Estimate({ profile, today }: { profile: Profile; today: string }) {
  const draft = useAppStore((s) => s.estimateDraft) ?? {};
  const set = useAppStore((s) => s.setEstimateDraft);
  const clearDraft = useAppStore((s) => s.clearDraft);
  const defaultDate = profile.stage === 'postpartum' ? profile.birthDate ?? '' : eddOf(profile, today) ?? '';
  const scheme = zeroCopayScheme(profile.region);
  const missing = deliveryEstimateMissing(estimateFactsOf(profile, draft, today));
  const fundNote = deliveryFundNote(profile.region, profile.insurance);
  const amountsGiven = COST_FIELDS.some((f) => Boolean(draft[f.key]?.trim()));
  const req = estimateRequestOf(profile, draft, today);
  const { outcome } = useOutcome<DeliveryEstimateAnswer>(req ? JSON.stringify([req, today]) : null, (onInstant) => computeEstimate(req!, today, onInstant));
  // Keep the last answer on screen while the next one is computed, so the figure does not blink.
  const last = useRef<Outcome<DeliveryEstimateAnswer> | null>(null);
  if (outcome) last.current = outcome;
  const shown = req ? (outcome ?? last.current) : null;
  const answer = shown?.ok ? shown.value : null;
  const wantsOrdinary = Boolean(answer?.needs.includes('ordinary') || draft.deductible || draft.ratioPct);
  const costErrors = COST_FIELDS.some((f) => amountError(draft[f.key]));
  const deliveryDate = draft.deliveryDate || defaultDate;

  return (
    <>
      <DraftBanner region={profile.region} about="delivery" />
      <Hospital profile={profile} draft={draft} set={set} />

      <Card title="分娩日期">
        <PickerDateField
          id="delivery-date"
          label={profile.stage === 'postpartum' ? '分娩日期' : '预计分娩日期'}
          value={deliveryDate}
          onChange={(deliveryDate) => set({ deliveryDate })}
          start="2024-01-01"
          end="2030-12-31"
          hint={defaultDate && !draft.deliveryDate ? `默认是${profile.stage === 'postpartum' ? '宝宝的出生日期' : '您的预产期'} ${formatChineseDate(defaultDate)}` : undefined}
          error={!deliveryDate ? '请选择日期' : null}
        />
      </Card>

      <Card title="分娩费用（元）" subtitle="按医院的预估费用或出院结算单填写；不知道的先空着，结果会随您填写即时更新。">
        {COST_FIELDS.map((f) => (
          <Field
            key={f.key}
            id={`cost-${f.key}`}
            label={BUCKET_LABELS[f.key]}
            kind="digit"
            value={draft[f.key] ?? ''}
            onChange={(text) => set({ [f.key]: text })}
            hint={f.hint}
            error={amountError(draft[f.key])}
            maxLength={12}
          />
        ))}
        {fundNote ? (
          <View className="est-fund">
            <Text className="est-block yb-small">{fundNote.text}</Text>
            <Citation citation={fundNote.citation} />
          </View>
        ) : null}
      </Card>

      {wantsOrdinary ? (
        <Card title="您的住院报销规则" tone={answer?.needs.includes('ordinary') ? 'accent' : 'default'}>
          <Text className="est-block yb-small">{ordinaryRulesHelp(profile.region, profile.insurance)}</Text>
          <Field
            id="ordinary-deductible"
            label="起付线（元）"
            kind="digit"
            value={draft.deductible ?? ''}
            onChange={(deductible) => set({ deductible })}
            error={amountError(draft.deductible)}
            maxLength={12}
          />
          <Field
            id="ordinary-ratio"
            label="报销比例（%）"
            kind="number"
            value={draft.ratioPct ?? ''}
            onChange={(ratioPct) => set({ ratioPct })}
            hint="起付线以上由医保支付的百分比，如 70"
            error={ratioError(draft.ratioPct)}
            maxLength={3}
          />
        </Card>
      ) : null}

      <Card title="估算结果" className="est-result-card">
        <View {...a11y({ live: 'polite' })}>
          {missing.length > 0 ? (
            <Missing questions={missing} scheme={scheme} />
          ) : !req ? (
            <StateView status="empty" message={costErrors ? '请先改正上面标红的金额。' : '请检查上面填写的内容。'} />
          ) : !shown ? (
            <StateView status="loading" message="正在估算…" />
          ) : (
            <Result outcome={shown} amountsGiven={amountsGiven} />
          )}
        </View>
        {draft.inHengyangScheme && draft.zeroCopayFrom ? (
          <Text className="est-block yb-small yb-muted">
            医院 {formatChineseMonth(draft.zeroCopayFrom)}起执行零自付{draft.zeroCopayUntil ? `，${formatChineseMonth(draft.zeroCopayUntil)}起不再执行` : ''}。
          </Text>
        ) : null}
      </Card>

      {answer && missing.length === 0 ? (
        // The figure stays in sight while she types above; the result card itself is the live region.
        <View
          className="est-sticky"
          onClick={() => void Taro.pageScrollTo({ selector: '.est-result-card', duration: 200 }).catch(() => undefined)}
          {...a11y({ hidden: true })}
        >
          <Text>预计自己付</Text>
          <Money fen={amountsGiven ? answer.selfPay : null} unknown={amountsGiven ? '还不能算出' : '填写费用后算出'} className="est-sticky__figure" />
          <Text className="est-sticky__more">看明细 ↓</Text>
        </View>
      ) : null}

      <Button
        kind="ghost"
        onTap={() => {
          clearDraft('estimate');
          void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
        }}
      >
        清空重填
      </Button>
    </>
  );
}

export default function EstimatePage() {
  const profile = useRequireProfile();
  const today = useToday();
  return (
    <PageRoot className="est" offlineNote={false}>
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        分娩费用估算
      </Text>
      <Text className="est-block yb-muted est-intro">填写医院和费用，看看医保支付多少、自己要付多少。填写的内容保存在本机，下次打开还在。</Text>
      {profile ? <Estimate profile={profile} today={today} /> : <StateView status="loading" message="正在打开…" />}
    </PageRoot>
  );
}

// 育儿补贴: the national childcare subsidy for her baby (or, before the birth, from her EDD as a
// forecast): in all and per year, the months by calendar year, where and how to apply, and that
// the 户口 comes first. For a relative (?for=family from 资格自查, or no profile) the date is asked
// here and kept on this page only.
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { CHILDCARE_SUBSIDY, formatChineseDate, formatYuan, isIsoDate, subsidySteps, type ChildcareSubsidyAnswer, type IsoDate, type SubsidyStep } from '@/domain';
import { Card, Citation, PageRoot, StateView, SubsidySchedule, a11y } from '@/components';
import { NoticeList } from '@/components/NoticeList';
import { PickerDateField } from '@/components/nut';
import { useOutcome } from '@/hooks/useOutcome';
import { useToday } from '@/hooks/useToday';
import { subsidyRequestOf, useAppStore } from '@/stores';
import { OFFLINE_MESSAGE, computeSubsidy } from '@/stores/services';
import './index.scss';

function Step({ step, no }: { step: SubsidyStep; no: number }) {
  return (
    <View className="sb-step" {...a11y({ role: 'listitem' })}>
      <Text className="sb-step__title" {...a11y({ role: 'heading', level: 3 })}>
        第{no}步 {step.title}
      </Text>
      <Text className="sb-step__when">{step.when}</Text>
      <Text className="sb-block">{step.what}</Text>
      <Text className="sb-step__label">去哪里办</Text>
      <Text className="sb-block">{step.where.join('；')}</Text>
      <Text className="sb-step__label">要带什么</Text>
      <Text className="sb-block">{step.bring.join('；')}</Text>
      <Citation citation={step.citation} />
    </View>
  );
}

function Subsidy({ birthDate, today }: { birthDate: IsoDate; today: IsoDate }) {
  const req = { birthDate, today };
  const { outcome, retry } = useOutcome<ChildcareSubsidyAnswer>(JSON.stringify(req), (onInstant) => computeSubsidy(req, today, onInstant));
  if (!outcome) return <StateView status="loading" message="正在计算…" />;
  if (!outcome.ok) return <StateView status="error" message={outcome.error.details[0]?.message ?? outcome.error.message} onRetry={retry} />;
  const a = outcome.value;
  return (
    <>
      {outcome.offline ? (
        <Text className="sb-block yb-small yb-muted" {...a11y({ role: 'status' })}>
          {OFFLINE_MESSAGE}
        </Text>
      ) : null}
      <Card title="能领多少" subtitle={`${a.expected ? '按预产期' : '按出生日期'} ${formatChineseDate(birthDate)} 计算`}>
        {a.eligible ? <SubsidySchedule answer={a} /> : <Text className="sb-block">这个孩子没有可以发放育儿补贴的月份。</Text>}
        <Citation citation={a.citation} />
      </Card>
      {a.eligible ? (
        <Card title="怎么申领" subtitle="先上户口，再申领：补贴在孩子户籍所在地申领">
          <View {...a11y({ role: 'list', label: '申领步骤' })}>
            {subsidySteps().map((s, i) => (
              <Step key={s.title} step={s} no={i + 1} />
            ))}
          </View>
        </Card>
      ) : null}
      <Card title="还要知道的">
        <NoticeList label="育儿补贴的说明" notices={a.notices} />
      </Card>
    </>
  );
}

export default function SubsidyPage() {
  const today = useToday();
  const profile = useAppStore((s) => s.profile);
  const router = useRouter() as { params?: Partial<Record<string, string>> } | null;
  const params = router?.params ?? {};
  const relative = params.for === 'family' || !profile;
  const ownDate = !relative && profile ? subsidyRequestOf(profile, today)?.birthDate ?? null : null;
  const [date, setDate] = useState<string>(() => (params.date && isIsoDate(params.date) ? params.date : ''));
  const shown = ownDate ?? (isIsoDate(date) ? date : null);
  return (
    <PageRoot className="sb" offlineNote={false}>
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        育儿补贴
      </Text>
      <Text className="sb-block sb-intro yb-muted">
        国家给3周岁以下的孩子发育儿补贴，每人每年 {formatYuan(CHILDCARE_SUBSIDY.perYear)}，不论父母参加哪种医保、在哪里参保。
      </Text>
      {ownDate ? null : (
        <Card title={relative ? '宝宝的日期' : '先填一个日期'}>
          <PickerDateField
            id="subsidy-date"
            label="宝宝的出生日期（还没出生就填预产期）"
            value={date}
            onChange={setDate}
            start="2022-01-01"
            end="2031-12-31"
            hint="填写的日期只在这一页使用，不会保存"
            error={date && !isIsoDate(date) ? '请选择一个有效的日期' : null}
          />
        </Card>
      )}
      {shown ? <Subsidy birthDate={shown} today={today} /> : <StateView status="empty" message="选好日期后，这里会显示每年能领多少、怎么申领。" />}
    </PageRoot>
  );
}

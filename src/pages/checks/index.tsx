// 产检 (tab): the twelve checks as a timeline with their status on today's date (Asia/Shanghai),
// from the engine's pregnancyTimeline (then the API's). Overdue checks stand out. The next check
// goes to the phone calendar with one tap in WeChat; H5 downloads one .ics with all twelve.
// After the birth, or a pregnancy that ended, the checks close gently and point to what comes next.
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { CHECK_STATUS_NAMES, checkCatalog, checkTitleOf, daysBetween, formatChineseDate, weeksLabel, type IsoDate, type TimelineAnswer } from '@/domain';
import { Button, Card, ChineseDate, LinkRow, Money, PageRoot, RecordOutcome, StateView, a11y, pressable } from '@/components';
import { useOutcome } from '@/hooks/useOutcome';
import { useRequireProfile } from '@/hooks/useRequireProfile';
import { useToday } from '@/hooks/useToday';
import { doneCheckNumbers, useAppStore, type Profile } from '@/stores';
import { computeTimeline, OFFLINE_MESSAGE } from '@/stores/services';
import { now } from '@/utils/clock';
import { addToPhoneCalendar, buildIcs, CALENDAR_DOWNLOAD_HINT, CALENDAR_DOWNLOAD_LABEL, calendarDownloadedNote, checkEvents, downloadIcs, isWeapp } from '@/utils/calendar';
import { openPage } from '@/utils/navigation';
import './index.scss';

const openCheck = (no: number) => void openPage(`/subpackages/check/index?no=${no}`);
const openLedger = () => void openPage('/subpackages/quota/index');
const openProfile = () => void openPage('/profile/edit/index');

function CalendarActions({ timeline }: { timeline: TimelineAnswer }) {
  const [note, setNote] = useState<string | null>(null);
  const catalog = checkCatalog();
  const events = checkEvents(timeline, catalog);
  const next = timeline.nextCheckNo === null ? null : events.find((e) => e.no === timeline.nextCheckNo) ?? null;

  if (isWeapp()) {
    if (!next) return null;
    const add = async () => setNote((await addToPhoneCalendar(next)).message);
    return (
      <View className="checks-calendar">
        <Button kind="ghost" onTap={() => void add()}>
          把下一次产检加入手机日历
        </Button>
        <Text className="yb-small yb-muted checks-calendar__hint">微信每次只能添加一个日程；每次产检的页面里也可以单独添加。</Text>
        {note ? (
          <Text className="yb-small checks-calendar__note" {...a11y({ role: 'status' })}>
            {note}
          </Text>
        ) : null}
      </View>
    );
  }

  const download = () => {
    const ok = downloadIcs(buildIcs(events, now()));
    setNote(ok ? calendarDownloadedNote : '此浏览器不支持下载文件。');
  };
  return (
    <View className="checks-calendar">
      <Button kind="ghost" onTap={download}>
        {CALENDAR_DOWNLOAD_LABEL}
      </Button>
      <Text className="yb-small yb-muted checks-calendar__hint">{CALENDAR_DOWNLOAD_HINT}</Text>
      {note ? (
        <Text className="yb-small checks-calendar__note" {...a11y({ role: 'status' })}>
          {note}
        </Text>
      ) : null}
    </View>
  );
}

function Timeline({ profile, today }: { profile: Profile; today: IsoDate }) {
  const checksDone = useAppStore((s) => s.checksDone);
  const done = doneCheckNumbers({ checksDone });
  const req = { dating: profile.dating!, done };
  const { outcome, loading, retry } = useOutcome<TimelineAnswer>(JSON.stringify([req, today]), (onInstant) => computeTimeline(req, today, onInstant));

  if (loading || !outcome) return <StateView status="loading" message="正在排出产检时间…" />;
  if (!outcome.ok) {
    if (outcome.error.code === 'VALIDATION_FAILED') {
      return (
        <Card title="无法排出产检时间" tone="warn" action={{ label: '修改孕期信息', onTap: openProfile }}>
          <Text className="checks-block">{outcome.error.details[0]?.message ?? outcome.error.message}</Text>
          <Text className="checks-block yb-small yb-muted">如果宝宝已经出生或本次妊娠已结束，请在下方记录。</Text>
          <RecordOutcome today={today} />
        </Card>
      );
    }
    return <StateView status="error" message={outcome.error.message} onRetry={retry} />;
  }

  const t = outcome.value;
  const catalog = checkCatalog();
  const overdue = t.checks.filter((c) => c.status === 'overdue').length;
  return (
    <>
      {outcome.offline ? (
        <Text className="checks-block yb-small yb-muted" {...a11y({ role: 'status' })}>
          {OFFLINE_MESSAGE}
        </Text>
      ) : null}
      <Card title={`今天 ${t.gestation.label}`} subtitle={`预产期 ${formatChineseDate(t.edd)} · 已完成 ${done.length}/12 次`}>
        {overdue > 0 ? (
          <Text className="checks-block checks-overdue-note" {...a11y({ role: 'alert' })}>
            有 {overdue} 次产检已过建议时间，做过的请记录，没做的请尽快联系医生。
          </Text>
        ) : null}
        {t.nextCheckNo !== null ? (
          <Text className="checks-block">
            下一次：{checkTitleOf(t.nextCheckNo)}，
            <ChineseDate iso={t.checks.find((c) => c.no === t.nextCheckNo)!.start} /> 起
          </Text>
        ) : (
          <Text className="checks-block yb-muted">十二次产检的时间窗口都已结束或已完成，请按医生的安排继续检查。</Text>
        )}
        <CalendarActions timeline={t} />
        <LinkRow label="产检费用与定额" hint="每次报销多少、超出多少" onTap={openLedger} />
      </Card>
      <View className="checks-timeline" {...a11y({ role: 'list', label: '十二次产检' })}>
        {t.checks.map((w) => {
          const c = catalog.checks.find((x) => x.no === w.no);
          const rec = checksDone[String(w.no)];
          const title = checkTitleOf(w.no);
          const weeks = c ? weeksLabel(c.weeks) : '';
          return (
            <View
              key={w.no}
              className={`checks-item checks-item--${w.status}${w.no === t.nextCheckNo ? ' checks-item--next' : ''}`}
              {...a11y({ role: 'listitem' })}
            >
              <View className="checks-item__rail" {...a11y({ hidden: true })}>
                <View className="checks-item__dot" />
              </View>
              <View className="checks-item__body" {...pressable(() => openCheck(w.no), { role: 'link' })}>
                <View className="checks-item__head">
                  <Text className="checks-item__title">{title}</Text>
                  <Text className={`checks-badge checks-badge--${w.status}`}>{CHECK_STATUS_NAMES[w.status]}</Text>
                </View>
                <Text className="checks-item__meta">
                  {weeks} · <ChineseDate iso={w.start} /> — <ChineseDate iso={w.end} />
                </Text>
                {rec ? (
                  <Text className="checks-item__meta">
                    <ChineseDate iso={rec.date} /> 完成，费用 <Money fen={rec.amount} />
                  </Text>
                ) : null}
              </View>
            </View>
          );
        })}
      </View>
    </>
  );
}

function Closed({ profile, today }: { profile: Profile; today: IsoDate }) {
  const anyRecorded = useAppStore((s) => Object.keys(s.checksDone).length > 0);
  if (profile.stage === 'postpartum') {
    const birth = profile.birthDate;
    return (
      <>
        <Card title="产检已经结束" tone="accent">
          <Text className="checks-block">
            {birth ? `宝宝于 ${formatChineseDate(birth)} 出生，` : ''}孕期的十二次产检到这里就结束了。接下来是您的产后恢复和宝宝的事情。
          </Text>
        </Card>
        <Card title="接下来">
          <LinkRow label="新生儿参保登记" hint="出生后 90 天内办理，医保从出生之日起生效" onTap={() => void openPage('/subpackages/newborn/index')} />
          <LinkRow label="产后与新生儿服务包" hint="产后访视、母乳喂养指导、新生儿疾病筛查等" onTap={() => void openPage('/pages/packages/index')} />
          {anyRecorded ? <LinkRow label="产检费用记录" hint="孕期记录的产检费用和定额" onTap={openLedger} /> : null}
        </Card>
      </>
    );
  }
  // ended: no newborn task, and words with care
  const daysSince = profile.endedOn ? Math.max(0, daysBetween(profile.endedOn, today)) : null;
  return (
    <>
      <Card title="产检提醒已关闭">
        <Text className="checks-block">请好好休息，照顾好自己。身体和心情都需要时间恢复，有任何不适请及时就医。</Text>
      </Card>
      {(daysSince !== null && daysSince <= 42) || anyRecorded ? (
        <Card title="您可能需要">
          {daysSince !== null && daysSince <= 42 ? (
            <LinkRow label="产后康复服务" hint="产后访视、康复理疗、心理支持" onTap={() => void openPage('/pages/packages/index')} />
          ) : null}
          {anyRecorded ? <LinkRow label="产检费用记录" hint="已记录的产检费用和定额" onTap={openLedger} /> : null}
        </Card>
      ) : null}
    </>
  );
}

export default function Checks() {
  const profile = useRequireProfile();
  const today = useToday();
  if (!profile) {
    return (
      <PageRoot>
        <StateView status="loading" message="正在打开…" />
      </PageRoot>
    );
  }
  return (
    <PageRoot className="checks" offlineNote={false}>
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        产检
      </Text>
      {profile.stage === 'pregnant' && profile.dating ? <Timeline profile={profile} today={today} /> : null}
      {profile.stage === 'pregnant' && !profile.dating ? (
        <Card title="还不知道孕周" action={{ label: '填写末次月经或预产期', onTap: openProfile }}>
          <Text className="checks-block">填写末次月经、预产期或移植日后，这里会排出十二次产检的时间。</Text>
        </Card>
      ) : null}
      {profile.stage === 'planning' ? (
        <Card title="怀孕后再来看看" action={{ label: '已经怀孕？修改资料', onTap: openProfile }}>
          <Text className="checks-block">怀孕后，在「我的 → 修改资料」选择「怀孕中」并填写末次月经，这里会排出十二次产检的时间和参考项目。</Text>
        </Card>
      ) : null}
      {profile.stage === 'postpartum' || profile.stage === 'ended' ? <Closed profile={profile} today={today} /> : null}
    </PageRoot>
  );
}

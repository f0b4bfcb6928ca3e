// 我的参保登记: her newborn enrollments from the server (newest first; ID numbers masked), each
// with what is left to do. Offline: the list as last seen, and a note saying so.
import { useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { newbornTerms } from '@/domain';
import { Card, ChineseDate, Citation, LinkRow, OfflineNotice, PageRoot, StateView, a11y } from '@/components';
import { useToday } from '@/hooks/useToday';
import { useRequireProfile } from '@/hooks/useRequireProfile';
import { listEnrollments, type ListOutcome } from '@/stores/services';
import { formatShanghaiDay } from '@/utils/format';
import { EnrollmentFacts } from './_components/EnrollmentFacts';
import { openPage } from '@/utils/navigation';
import './index.scss';

// `fresh`: a blank form, not the form page below this one (which may be showing a result).
const openEnroll = () => void openPage('/subpackages/newborn/index?fresh=1');

export default function EnrollmentList() {
  const profile = useRequireProfile();
  const today = useToday();
  const [outcome, setOutcome] = useState<ListOutcome | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Gone back to (navigation returns to an open page rather than opening it twice): read it anew.
  const shownBefore = useRef(false);
  useDidShow(() => {
    if (shownBefore.current) setAttempt((n) => n + 1);
    shownBefore.current = true;
  });

  useEffect(() => {
    let live = true;
    setOutcome(null);
    listEnrollments().then(
      (o) => live && setOutcome(o),
      () => live && setOutcome({ ok: false, error: { code: 'UNEXPECTED', message: '出了点问题，请稍后重试', details: [] }, enrollments: [] }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const list = outcome ? outcome.enrollments : [];
  return (
    <PageRoot className="nb" offlineNote={false}>
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        我的参保登记
      </Text>
      {!profile || !outcome ? <StateView status="loading" message="正在读取登记…" /> : null}
      {outcome && outcome.ok && outcome.offline ? <OfflineNotice message="暂时连不上服务器，显示的是上次看到的登记" /> : null}
      {outcome && !outcome.ok ? <StateView status="error" message={outcome.error.message} onRetry={() => setAttempt((n) => n + 1)} /> : null}
      {outcome && outcome.ok && list.length === 0 ? (
        <Card>
          <StateView status="empty" message="还没有新生儿参保登记。宝宝出生后 90 天内办理，医保从出生之日起生效。" />
          <LinkRow label="登记新生儿参保" onTap={openEnroll} />
        </Card>
      ) : null}
      {list.length > 0 ? (
        <View {...a11y({ role: 'list', label: '新生儿参保登记' })}>
          {list.map((e) => {
            const terms = newbornTerms({ birthDate: e.birthDate, region: e.region, guardianInsuredInRegion: e.guardian.insuredInRegion }, today);
            return (
              <View key={e.id} className="nb-item" {...a11y({ role: 'listitem' })}>
                <View className="nb-item__head">
                  <Text className="nb-item__name">
                    {e.babyName}（{e.sex === 'F' ? '女' : '男'}）
                  </Text>
                  <Text className="nb-item__status">已登记，尚需到医保部门办理</Text>
                </View>
                <EnrollmentFacts record={e} />
                <View className="nb-row">
                  <Text>出生当年缴费</Text>
                  <Text>{e.birthYearPremiumWaived ? '可以减免' : '不适用减免'}</Text>
                </View>
                <View className="nb-row">
                  <Text>监护人</Text>
                  <Text>
                    {e.guardian.name} {e.guardian.idNo}
                  </Text>
                </View>
                <Text className="nb-block yb-small">
                  {terms.daysLeft > 0 ? (
                    <>
                      请在 <ChineseDate iso={terms.deadline} />前到医保部门办理（还剩 {terms.daysLeft} 天）：{terms.filing.where.join('，或')}；带上{terms.filing.bring.join('、')}。
                    </>
                  ) : (
                    `请尽快到医保部门办理：${terms.filing.where.join('，或')}；带上${terms.filing.bring.join('、')}。`
                  )}
                </Text>
                <Text className="nb-block yb-small yb-muted">登记于 {formatShanghaiDay(e.createdAt)}</Text>
                <Citation citation={e.citation} />
              </View>
            );
          })}
        </View>
      ) : null}
      {outcome && list.length > 0 ? (
        <Card>
          <LinkRow label="再登记一个宝宝" onTap={openEnroll} />
        </Card>
      ) : null}
    </PageRoot>
  );
}

// Record the birth, or a pregnancy that ended without one: the checks close and the app moves on
// (OutcomeCorrection corrects or undoes it).
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '../Button';
import { isIsoDate, type IsoDate } from '@/domain';
import { useAppStore } from '@/stores';
import { DateField } from '../DateField';
import { showToast } from '../Toast';
import { pressable } from '../a11y';
import './index.scss';

type Mode = 'birth' | 'ended' | null;

/** Why a birth or end date cannot be recorded (none chosen, or after today), or null. */
export const outcomeDateError = (date: string, today: IsoDate): string | null => (!isIsoDate(date) ? '请选择日期' : date > today ? '日期不能晚于今天' : null);

interface Props {
  today: IsoDate;
  /** Offer 本次妊娠已结束 too (我的, and where the dating fails); home offers the birth only. */
  offerEnded?: boolean;
}

export function RecordOutcome({ today, offerEnded = true }: Props) {
  const recordBirth = useAppStore((s) => s.recordBirth);
  const recordEnded = useAppStore((s) => s.recordEnded);
  const [mode, setMode] = useState<Mode>(null);
  const [date, setDate] = useState<string>(today);
  const [error, setError] = useState<string | null>(null);

  const open = (m: Mode) => {
    setMode(m);
    setDate(today);
    setError(null);
  };

  const confirm = () => {
    const issue = outcomeDateError(date, today);
    if (issue) return setError(issue);
    if (mode === 'birth') recordBirth(date);
    else recordEnded(date);
    setMode(null);
    showToast('已记录');
  };

  if (mode === null) {
    return (
      <View className="yb-outcome">
        <Button kind="ghost" onTap={() => open('birth')}>
          宝宝出生了，记录分娩
        </Button>
        {offerEnded ? (
          <View className="yb-outcome__quiet" {...pressable(() => open('ended'), { role: 'button' })}>
            <Text>本次妊娠已结束（未分娩）</Text>
          </View>
        ) : null}
      </View>
    );
  }

  return (
    <View className="yb-outcome yb-outcome--open">
      {mode === 'birth' ? (
        <Text className="yb-outcome__text">恭喜！记录宝宝的出生日期后，产检提醒会关闭，首页将显示新生儿参保和产后服务。</Text>
      ) : (
        <Text className="yb-outcome__text">
          很抱歉您经历了这些。记录后，产检提醒会关闭，不会再出现与宝宝有关的内容。产后 42 天内，您仍可查看产后康复服务。请好好休息，照顾好自己。
        </Text>
      )}
      <DateField id={`outcome-${mode}`} label={mode === 'birth' ? '宝宝的出生日期' : '妊娠结束的日期'} value={date} end={today} onChange={setDate} error={error} />
      <Button onTap={confirm}>
        确认记录
      </Button>
      <Button kind="ghost" onTap={() => setMode(null)}>
        取消
      </Button>
    </View>
  );
}

// A recorded birth (or a pregnancy recorded as ended) corrected or undone: the date changed, or the
// record taken back after she confirms (the app returns to the pregnancy, its dating kept).
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '../Button';
import { type IsoDate } from '@/domain';
import { useAppStore } from '@/stores';
import { DateField } from '../DateField';
import { showToast } from '../Toast';
import { a11y, pressable } from '../a11y';
import { outcomeDateError } from '../RecordOutcome';
import '../RecordOutcome/index.scss';

type Mode = 'edit' | 'undo' | null;

const WORDS = {
  postpartum: {
    edit: '修改出生日期',
    undo: '撤销分娩记录',
    dateLabel: '正确的出生日期',
    undoText: '撤销后，孕保通会回到怀孕中的状态，按原来的孕期信息重新显示产检；新生儿参保的提醒会关闭。已在服务器上的新生儿参保登记不受影响。',
  },
  ended: {
    edit: '修改日期',
    undo: '撤销这条记录',
    dateLabel: '妊娠结束的正确日期',
    undoText: '撤销后，孕保通会回到怀孕中的状态，按原来的孕期信息重新显示产检。',
  },
} as const;

export function OutcomeCorrection({ today }: { today: IsoDate }) {
  const profile = useAppStore((s) => s.profile);
  const recordBirth = useAppStore((s) => s.recordBirth);
  const recordEnded = useAppStore((s) => s.recordEnded);
  const undoOutcome = useAppStore((s) => s.undoOutcome);
  const [mode, setMode] = useState<Mode>(null);
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!profile || (profile.stage !== 'postpartum' && profile.stage !== 'ended')) return null;
  const stage = profile.stage;
  const words = WORDS[stage];
  const recorded = (stage === 'postpartum' ? profile.birthDate : profile.endedOn) ?? '';

  const open = (m: Mode) => {
    setMode(m);
    setDate(recorded);
    setError(null);
  };
  const save = () => {
    const issue = outcomeDateError(date, today);
    if (issue) return setError(issue);
    if (stage === 'postpartum') recordBirth(date);
    else recordEnded(date);
    setMode(null);
    showToast('已修改');
  };
  const undo = () => {
    undoOutcome();
    setMode(null);
    showToast('已撤销');
  };

  if (mode === 'edit') {
    return (
      <View className="yb-outcome yb-outcome--open">
        <DateField id={`correct-${stage}`} label={words.dateLabel} value={date} end={today} onChange={setDate} error={error} />
        <Button onTap={save}>
          保存修改
        </Button>
        <Button kind="ghost" onTap={() => setMode(null)}>
          取消
        </Button>
      </View>
    );
  }
  if (mode === 'undo') {
    return (
      <View className="yb-outcome yb-outcome--open" {...a11y({ role: 'group', label: words.undo })}>
        <Text className="yb-outcome__text">{words.undoText}</Text>
        <Button onTap={undo}>
          确认撤销
        </Button>
        <Button kind="ghost" onTap={() => setMode(null)}>
          保留
        </Button>
      </View>
    );
  }
  return (
    <View className="yb-outcome">
      <View className="yb-outcome__quiet" {...pressable(() => open('edit'), { role: 'button' })}>
        <Text>{words.edit}</Text>
      </View>
      <View className="yb-outcome__quiet" {...pressable(() => open('undo'), { role: 'button' })}>
        <Text>{words.undo}</Text>
      </View>
    </View>
  );
}

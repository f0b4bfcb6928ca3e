// A labelled tick box, the whole row tappable (the consent of the first run, a task done after the birth).
import { View, Text } from '@tarojs/components';
import { pressable } from '../a11y';
import './index.scss';

export interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** What a screen reader says when the words shown need their context (已办完：给宝宝上户口). */
  spokenLabel?: string;
  /** The box alone: the row beside it already says what it ticks. */
  boxOnly?: boolean;
}

/** role checkbox: a tap, Space or Enter ticks and unticks it. */
export function Checkbox({ label, checked, onChange, spokenLabel, boxOnly = false }: CheckboxProps) {
  return (
    <View
      className={`yb-checkbox${checked ? ' yb-checkbox--on' : ''}${boxOnly ? ' yb-checkbox--box' : ''}`}
      {...pressable(() => onChange(!checked), { role: 'checkbox', checked, label: spokenLabel ?? label })}
    >
      <View className="yb-checkbox__box">{checked ? <Text>✓</Text> : null}</View>
      {boxOnly ? null : <Text className="yb-checkbox__label">{label}</Text>}
    </View>
  );
}

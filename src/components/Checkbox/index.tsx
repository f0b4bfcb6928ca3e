// A labelled tick box, the whole row tappable (the consent of the first run).
import { View, Text } from '@tarojs/components';
import { pressable } from '../a11y';
import './index.scss';

export interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** role checkbox: a tap, Space or Enter ticks and unticks it. */
export function Checkbox({ label, checked, onChange }: CheckboxProps) {
  return (
    <View className={`yb-checkbox${checked ? ' yb-checkbox--on' : ''}`} {...pressable(() => onChange(!checked), { role: 'checkbox', checked, label })}>
      <View className="yb-checkbox__box">{checked ? <Text>✓</Text> : null}</View>
      <Text className="yb-checkbox__label">{label}</Text>
    </View>
  );
}

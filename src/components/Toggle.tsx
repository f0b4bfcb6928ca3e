// Hand-made on purpose: the WeChat main-package widget (onboarding, 我的). Why NutUI's version
// (src/components/nut, same props) is used in the subpackages only: src/components/nut/index.ts.
import { View, Text } from '@tarojs/components';
import { pressable } from './a11y';
import './Toggle.scss';

export interface ToggleProps {
  label: string;
  hint?: string;
  on: boolean;
  onChange: (on: boolean) => void;
}

/** A labelled on/off switch (role switch), the whole row tappable. */
export function Toggle({ label, hint, on, onChange }: ToggleProps) {
  return (
    <View className="yb-toggle" {...pressable(() => onChange(!on), { role: 'switch', checked: on, label })}>
      <View className="yb-toggle__words">
        <Text className="yb-toggle__label">{label}</Text>
        {hint ? <Text className="yb-toggle__hint">{hint}</Text> : null}
      </View>
      <View className={`yb-toggle__track${on ? ' yb-toggle__track--on' : ''}`}>
        <View className="yb-toggle__thumb" />
      </View>
    </View>
  );
}

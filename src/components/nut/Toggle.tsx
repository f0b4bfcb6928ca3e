import { useRef } from 'react';
import { View, Text } from '@tarojs/components';
import { Switch } from '@nutui/nutui-react-taro';
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css';
import { useNutAria } from '../nutA11y';
import { type ToggleProps } from '../Toggle';
import '../Toggle.scss';
import './Toggle.scss';

/**
 * A labelled on/off row on NutUI's Switch. The whole row is the tap target (a tap on the switch
 * bubbles to it; NutUI's own change handler is not used, so one tap toggles once). In H5 the switch
 * gets a real role="switch" (NutUI writes WeChat's aria-role), its label by aria-labelledby, a tab
 * stop from NutUI and Space/Enter from this row; its box is stretched to 44 px (see Toggle.scss).
 */
export function Toggle({ label, hint, on, onChange }: ToggleProps) {
  const ref = useRef<HTMLElement | null>(null);
  useNutAria(ref);
  const labelId = useRef(`yb-toggle-${Math.random().toString(36).slice(2, 9)}`).current;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== ' ' && e.key !== 'Enter') return;
    e.preventDefault();
    onChange(!on);
  };
  return (
    <View ref={ref as never} className="yb-toggle" onClick={() => onChange(!on)} {...({ onKeyDown } as object)}>
      <View className="yb-toggle__words">
        <Text id={labelId} className="yb-toggle__label">
          {label}
        </Text>
        {hint ? <Text className="yb-toggle__hint">{hint}</Text> : null}
      </View>
      <Switch
        className="yb-toggle__switch"
        checked={on}
        onChange={() => undefined}
        {...(process.env.TARO_ENV === 'h5' ? { 'aria-labelledby': labelId } : { ariaLabel: label })}
        {...{ role: 'switch', 'aria-checked': on ? 'true' : 'false' }}
      />
    </View>
  );
}

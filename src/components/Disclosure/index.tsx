import { useState, type ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { a11y, pressable } from '../a11y';
import './index.scss';

interface Props {
  /** What is folded away, as the button says it. */
  title: string;
  children: ReactNode;
}

/** Content folded away under a button (aria-expanded); Enter or Space opens it as a tap does. */
export function Disclosure({ title, children }: Props) {
  const [open, setOpen] = useState(false);
  const toggle = () => setOpen(!open);
  return (
    <View className={`yb-disclosure${open ? ' yb-disclosure--open' : ''}`}>
      <View className="yb-disclosure__button" {...pressable(toggle, { role: 'button', expanded: open })}>
        <Text className="yb-disclosure__title">{title}</Text>
        <Text className="yb-disclosure__chevron" {...a11y({ hidden: true })}>
          {open ? '▴' : '▾'}
        </Text>
      </View>
      {open ? <View className="yb-disclosure__body">{children}</View> : null}
    </View>
  );
}

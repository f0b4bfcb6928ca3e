import { type ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { a11y, pressable } from '../a11y';
import './index.scss';

interface CardProps {
  title?: string;
  /** One line under the title. */
  subtitle?: string;
  children?: ReactNode;
  className?: string;
  /** An accent for what needs her attention. */
  tone?: 'default' | 'accent' | 'warn';
  /** Tapping the card goes somewhere (also offered as a labelled link at its foot). */
  action?: { label: string; onTap: () => void };
}

/** A white block with a heading: the unit of every screen. */
export function Card({ title, subtitle, children, className, tone = 'default', action }: CardProps) {
  return (
    <View className={`yb-card yb-card--${tone}${className ? ` ${className}` : ''}`}>
      {title ? (
        <Text className="yb-card__title" {...a11y({ role: 'heading', level: 2 })}>
          {title}
        </Text>
      ) : null}
      {subtitle ? <Text className="yb-card__subtitle">{subtitle}</Text> : null}
      {children}
      {action ? (
        <View className="yb-card__action" {...pressable(action.onTap, { role: 'link' })}>
          <Text>{action.label} ›</Text>
        </View>
      ) : null}
    </View>
  );
}

// Hand-made on purpose: the WeChat main-package widget (onboarding, 我的). Why NutUI's version
// (src/components/nut, same props) is used in the subpackages only: src/components/nut/index.ts.
import { useRef } from 'react';
import { View, Text } from '@tarojs/components';
import { a11y } from '../a11y';
import { radioKeyAction } from './keys';
import '../DateField/index.scss';
import './index.scss';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
  /** One line explaining the choice. */
  hint?: string;
}

export interface ChoiceGroupProps<T extends string | number> {
  /** The question, shown and used as the group's accessible name. */
  label: string;
  options: readonly Choice<T>[];
  value: T | null | undefined;
  onChange: (value: T) => void;
  error?: string | null;
  /** Options side by side (short labels). */
  inline?: boolean;
  /** The group's id, and the prefix of its options' ids. */
  name: string;
}

/**
 * A labelled single choice drawn as large tappable rows (role radiogroup / radio). Keyboard (H5),
 * as a native radio group: one tab stop (the chosen option, or the first), arrows move the choice,
 * Space and Enter choose the option in focus.
 */
export function ChoiceGroup<T extends string | number>({ label, options, value, onChange, error, inline, name }: ChoiceGroupProps<T>) {
  const items = useRef<(HTMLElement | null)[]>([]);
  const chosen = options.findIndex((o) => o.value === value);
  const tabStop = chosen < 0 ? 0 : chosen;
  const h5 = process.env.TARO_ENV === 'h5';
  const onKeyDown = (at: number) => (e: KeyboardEvent) => {
    const action = radioKeyAction(e.key, at, options.length);
    if (!action) return;
    e.preventDefault();
    onChange(options[action.choose]!.value);
    if (action.choose !== at) items.current[action.choose]?.focus();
  };
  return (
    <View
      id={name}
      className={`yb-choice${error ? ' yb-choice--invalid' : ''}`}
      {...a11y({ role: 'radiogroup', label, invalid: Boolean(error) })}
      {...(error ? { 'aria-describedby': `${name}-error` } : {})}
    >
      <Text className="yb-field__label" {...a11y({ hidden: true })}>
        {label}
      </Text>
      <View className={`yb-choice__list${inline ? ' yb-choice__list--inline' : ''}`}>
        {options.map((o, i) => {
          const checked = o.value === value;
          return (
            <View
              key={String(o.value)}
              id={`${name}-${o.value}`}
              ref={((el: HTMLElement | null) => {
                items.current[i] = el;
              }) as never}
              className={`yb-choice__item${checked ? ' yb-choice__item--on' : ''}`}
              onClick={() => onChange(o.value)}
              {...{ role: 'radio', 'aria-checked': checked ? 'true' : 'false' }}
              {...(h5 ? { tabIndex: i === tabStop ? 0 : -1, onKeyDown: onKeyDown(i) } : {})}
            >
              <View className="yb-choice__dot" />
              <View className="yb-choice__words">
                <Text className="yb-choice__label">{o.label}</Text>
                {o.hint ? <Text className="yb-choice__hint">{o.hint}</Text> : null}
              </View>
            </View>
          );
        })}
      </View>
      {error ? (
        <Text id={`${name}-error`} className="yb-error-text" {...a11y({ role: 'alert' })}>
          {error}
        </Text>
      ) : null}
    </View>
  );
}

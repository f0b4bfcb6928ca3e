// Hand-made on purpose: the WeChat main-package widget (onboarding, 我的). Why NutUI's version
// (src/components/nut, same props) is used in the subpackages only: src/components/nut/index.ts.
import { View, Text } from '@tarojs/components';
import { a11y } from '../a11y';
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

/** A labelled single choice drawn as large tappable rows (role radiogroup / radio). */
export function ChoiceGroup<T extends string | number>({ label, options, value, onChange, error, inline, name }: ChoiceGroupProps<T>) {
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
        {options.map((o) => {
          const checked = o.value === value;
          return (
            <View
              key={String(o.value)}
              id={`${name}-${o.value}`}
              className={`yb-choice__item${checked ? ' yb-choice__item--on' : ''}`}
              onClick={() => onChange(o.value)}
              {...a11y({ role: 'radio', checked, focusable: true })}
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

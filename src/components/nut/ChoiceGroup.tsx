import { useRef } from 'react';
import { View, Text } from '@tarojs/components';
import { Radio } from '@nutui/nutui-react-taro';
import '@nutui/nutui-react-taro/dist/es/packages/radio/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/radiogroup/style/css';
import { a11y } from '../a11y';
import { type ChoiceGroupProps } from '../ChoiceGroup';
import { radioKeyAction } from '../ChoiceGroup/keys';
import { useNutAria, useRovingTabStop } from '../nutA11y';
import '../DateField/index.scss';
import './ChoiceGroup.scss';

/**
 * A labelled single choice on NutUI's Radio.Group, each option a large tappable row. NutUI gives
 * each Radio WeChat's aria-role/aria-checked; in H5 `useNutAria` turns that into role="radio", and
 * this wrapper adds what NutUI's Radio lacks there: the radiogroup's name, keyboard focus (one tab
 * stop, arrows move the choice, Space/Enter choose) and the error link.
 */
export function ChoiceGroup<T extends string | number>({ label, options, value, onChange, error, inline, name }: ChoiceGroupProps<T>) {
  const ref = useRef<HTMLElement | null>(null);
  const errorId = `${name}-error`;
  useNutAria(ref);
  const selected = options.findIndex((o) => o.value === value);
  // H5: the chosen option (or the first) is the group's one tab stop.
  useRovingTabStop(ref, '.nut-radio', selected < 0 ? 0 : selected);

  const pick = (raw: string | number) => {
    const option = options.find((o) => String(o.value) === String(raw));
    if (option) onChange(option.value);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const radios = ref.current ? Array.from(ref.current.querySelectorAll<HTMLElement>('.nut-radio')) : [];
    const at = radios.findIndex((el) => el === e.target || el.contains(e.target as Node));
    if (at < 0) return;
    const action = radioKeyAction(e.key, at, options.length);
    if (!action) return;
    e.preventDefault();
    pick(options[action.choose]!.value);
    if (action.choose !== at) radios[action.choose]?.focus();
  };

  return (
    <View
      ref={ref as never}
      id={name}
      className={`yb-choice${error ? ' yb-choice--invalid' : ''}`}
      {...a11y({ role: 'radiogroup', label, invalid: Boolean(error) })}
      {...(error ? { 'aria-describedby': errorId } : {})}
      {...({ onKeyDown } as object)}
    >
      <Text className="yb-field__label" {...a11y({ hidden: true })}>
        {label}
      </Text>
      <Radio.Group
        className={`yb-choice__list${inline ? ' yb-choice__list--inline' : ''}`}
        value={value === null || value === undefined ? '' : String(value)}
        onChange={pick}
        direction={inline ? 'horizontal' : 'vertical'}
      >
        {options.map((o) => {
          const checked = o.value === value;
          return (
            <Radio
              key={String(o.value)}
              value={String(o.value)}
              className={`yb-choice__item yb-choice__item--${name}${checked ? ' yb-choice__item--on' : ''}`}
              ariaLabel={process.env.TARO_ENV === 'h5' ? undefined : o.hint ? `${o.label}，${o.hint}` : o.label}
            >
              <View className="yb-choice__words">
                <Text className="yb-choice__label">{o.label}</Text>
                {o.hint ? <Text className="yb-choice__hint">{o.hint}</Text> : null}
              </View>
            </Radio>
          );
        })}
      </Radio.Group>
      {error ? (
        <Text id={errorId} className="yb-error-text" {...a11y({ role: 'alert' })}>
          {error}
        </Text>
      ) : null}
    </View>
  );
}

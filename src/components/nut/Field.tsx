import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css';
import '../DateField/index.scss';
import './Field.scss';
import { type FieldProps } from '../Field';
import { FieldNotes, errorIdOf } from '../FieldNotes';

const INPUT_MODE = { number: 'numeric', digit: 'decimal', text: 'text' } as const;

/**
 * A labelled text input on NutUI's Input. H5: Taro renders NutUI's input as <taro-input-core>
 * around a real <input>; an id on NutUI's props would land on the wrapper, which a <label> cannot
 * name, so the id, the error link and the keyboard mode go to the real <input> through Taro's
 * `nativeProps`. WeChat: the input carries the label (and the error) as its aria-label.
 */
export function Field({ id, label, value, onChange, kind = 'text', placeholder, hint, error, maxLength }: FieldProps) {
  const errorId = errorIdOf(id);
  const h5 = process.env.TARO_ENV === 'h5';
  const access = h5
    ? {
        nativeProps: {
          id,
          inputMode: INPUT_MODE[kind],
          'aria-invalid': error ? 'true' : 'false',
          'aria-describedby': error ? errorId : undefined,
        },
      }
    : { ariaLabel: error ? `${label}，${error}` : label };
  return (
    // WeChat: the id names the field's frame, for scrolling to its error
    <View className="yb-field" {...(h5 ? {} : { id })}>
      {h5 ? (
        <label className="yb-field__label" htmlFor={id}>
          {label}
        </label>
      ) : (
        <Text className="yb-field__label">{label}</Text>
      )}
      <Input
        className={`yb-input yb-nut-input${error ? ' yb-input--invalid' : ''}`}
        // H5: NutUI's number/digit types silently strip what is not a digit ("42OO" becomes "42");
        // we want the typo shown and pointed out, so H5 takes text with a numeric keyboard
        // (inputMode). WeChat's number/digit keyboards cannot type letters at all.
        type={h5 ? 'text' : kind}
        value={value}
        placeholder={placeholder ?? ''}
        maxLength={maxLength}
        onChange={(text) => onChange(text)}
        {...access}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </View>
  );
}

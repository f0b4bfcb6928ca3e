// Hand-made on purpose: the WeChat main-package widget (onboarding, 我的). Why NutUI's version
// (src/components/nut, same props) is used in the subpackages only: src/components/nut/index.ts.
import { type ChangeEvent } from 'react';
import { View, Text, Input } from '@tarojs/components';
import '../DateField/index.scss';
import { FieldNotes, errorIdOf } from '../FieldNotes';

export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** 'number' for whole numbers, 'digit' for amounts, 'text' otherwise. */
  kind?: 'text' | 'number' | 'digit';
  placeholder?: string;
  hint?: string;
  error?: string | null;
  maxLength?: number;
}

/** A labelled text input (H5: a real <input> with its <label>; WeChat: Taro's Input). */
export function Field({ id, label, value, onChange, kind = 'text', placeholder, hint, error, maxLength }: FieldProps) {
  const errorId = errorIdOf(id);
  return (
    <View className="yb-field">
      {process.env.TARO_ENV === 'h5' ? (
        <>
          <label className="yb-field__label" htmlFor={id}>
            {label}
          </label>
          <input
            id={id}
            className={`yb-input${error ? ' yb-input--invalid' : ''}`}
            type="text"
            inputMode={kind === 'number' ? 'numeric' : kind === 'digit' ? 'decimal' : 'text'}
            value={value}
            placeholder={placeholder}
            maxLength={maxLength}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={error ? errorId : undefined}
            onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
          />
        </>
      ) : (
        <>
          <Text className="yb-field__label">{label}</Text>
          <Input
            id={id}
            className={`yb-input${error ? ' yb-input--invalid' : ''}`}
            type={kind}
            value={value}
            placeholder={placeholder}
            maxlength={maxLength}
            onInput={(e) => onChange(e.detail.value)}
          />
        </>
      )}
      <FieldNotes id={id} hint={hint} error={error} />
    </View>
  );
}

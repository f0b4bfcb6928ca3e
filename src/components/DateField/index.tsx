import { type ChangeEvent } from 'react';
import { View, Text, Picker } from '@tarojs/components';
import { formatChineseDate } from '@/domain';
import './index.scss';
import { FieldNotes, errorIdOf } from '../FieldNotes';

export interface DateFieldProps {
  /** Unique on the page: the input's id (and the label's `for`). */
  id: string;
  label: string;
  value: string;
  onChange: (iso: string) => void;
  /** 'YYYY-MM-DD' bounds offered by the picker (the engine still validates). */
  start?: string;
  end?: string;
  hint?: string;
  error?: string | null;
}

/**
 * A labelled date for the main package: the browser's date input in H5 (keyboard, screen readers,
 * phone pickers), WeChat's native picker in WeChat. Subpackages use PickerDateField.
 */
export function DateField({ id, label, value, onChange, start, end, hint, error }: DateFieldProps) {
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
            className={`yb-input yb-input--date${error ? ' yb-input--invalid' : ''}`}
            type="date"
            value={value}
            min={start}
            max={end}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={error ? errorId : undefined}
            onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
          />
        </>
      ) : (
        <>
          <Text className="yb-field__label">{label}</Text>
          <Picker mode="date" value={value} start={start} end={end} onChange={(e) => onChange(String(e.detail.value))}>
            {/* WeChat: the Picker around it takes the tap; this names it for the screen reader. */}
            <View
              id={id}
              className={`yb-input yb-input--date${error ? ' yb-input--invalid' : ''}`}
              {...{ role: 'button', 'aria-label': `${label}：${value ? formatChineseDate(value) : '未选择'}${error ? `，${error}` : ''}` }}
            >
              <Text>{value ? formatChineseDate(value) : '请选择日期'}</Text>
            </View>
          </Picker>
        </>
      )}
      <FieldNotes id={id} hint={hint} error={error} />
    </View>
  );
}

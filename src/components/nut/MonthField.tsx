// A labelled month ('YYYY-MM'). WeChat: a button says the label and the month chosen, NutUI's
// year-month picker slides up. H5: the browser's month input, for the reason PickerDateField gives
// (NutUI's picker columns take no keyboard focus and have no roles).
import { useState, type ChangeEvent } from 'react';
import { View, Text } from '@tarojs/components';
import { DatePicker } from '@nutui/nutui-react-taro';
import '@nutui/nutui-react-taro/dist/es/packages/datepicker/style/css';
import { formatChineseMonth } from '@/domain';
import { a11y, pressable } from '../a11y';
import '../DateField/index.scss';
import { FieldNotes } from '../FieldNotes';
import './MonthField.scss';

export interface MonthFieldProps {
  id: string;
  label: string;
  /** 'YYYY-MM' or '' (not chosen). */
  value: string;
  onChange: (month: string) => void;
  /** 'YYYY-MM' bounds. */
  start: string;
  end: string;
  /** Month the picker opens on when nothing is chosen. */
  initial?: string;
  hint?: string;
}

const toDate = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(y ?? 2026, (m ?? 1) - 1, 1);
};

export function PickerMonthField({ id, label, value, onChange, start, end, initial, hint }: MonthFieldProps) {
  const [open, setOpen] = useState(false);
  if (process.env.TARO_ENV === 'h5') {
    return (
      <View className="yb-field">
        <label className="yb-field__label" htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          className="yb-input yb-input--date"
          type="month"
          value={value}
          min={start}
          max={end}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        />
        <FieldNotes id={id} hint={hint} />
      </View>
    );
  }
  return (
    <View className="yb-field yb-month">
      <Text className="yb-field__label">{label}</Text>
      <View id={id} className="yb-input yb-month__button" {...pressable(() => setOpen(true), { role: 'button', label: `${label}：${value ? formatChineseMonth(value) : '未选择'}` })}>
        <Text className={value ? '' : 'yb-muted'}>{value ? formatChineseMonth(value) : '请选择月份'}</Text>
        <Text className="yb-month__chevron" {...a11y({ hidden: true })}>
          ▾
        </Text>
      </View>
      <FieldNotes id={id} hint={hint} />
      <DatePicker
        title={label}
        visible={open}
        type="year-month"
        showChinese
        threeDimensional={false}
        startDate={toDate(start)}
        endDate={toDate(end)}
        defaultValue={toDate(value || initial || start)}
        onClose={() => setOpen(false)}
        onConfirm={(_options, values) => {
          const [y, m] = values.map((v) => Number(v));
          if (y && m) onChange(`${y}-${String(m).padStart(2, '0')}`);
          setOpen(false);
        }}
      />
    </View>
  );
}

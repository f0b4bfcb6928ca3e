// A labelled month ('YYYY-MM') chosen with NutUI's year-month picker: a button says the label
// and the month chosen, the picker slides up from the bottom.
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { DatePicker } from '@nutui/nutui-react-taro';
import '@nutui/nutui-react-taro/dist/es/packages/datepicker/style/css';
import { a11y } from '@/components';
import '@/components/DateField/index.scss';

interface Props {
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

export const chineseMonth = (month: string): string => {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${Number(m[1])}年${Number(m[2])}月` : month;
};

export function MonthField({ id, label, value, onChange, start, end, initial, hint }: Props) {
  const [open, setOpen] = useState(false);
  const shown = value ? chineseMonth(value) : '请选择月份';
  return (
    <View className="yb-field est-month">
      <Text className="yb-field__label" id={`${id}-label`}>
        {label}
      </Text>
      <View
        id={id}
        className="yb-input est-month__button"
        onClick={() => setOpen(true)}
        {...a11y({ role: 'button', focusable: true, label: `${label}：${value ? chineseMonth(value) : '未选择'}` })}
      >
        <Text className={value ? '' : 'yb-muted'}>{shown}</Text>
        <Text className="est-month__chevron" {...a11y({ hidden: true })}>
          ▾
        </Text>
      </View>
      {hint ? <Text className="yb-field__hint">{hint}</Text> : null}
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

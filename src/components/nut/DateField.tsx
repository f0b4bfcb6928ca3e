// The date field of the subpackage pages: in WeChat a labelled button opens NutUI's DatePicker
// (the main package keeps WeChat's native picker: NutUI's picker stack does not fit its budget).
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { DatePicker } from '@nutui/nutui-react-taro';
import '@nutui/nutui-react-taro/dist/es/packages/datepicker/style/css';
import { formatChineseDate } from '@/domain';
import { pressable } from '../a11y';
import { DateField, type DateFieldProps } from '../DateField';
import '../DateField/index.scss';
import { FieldNotes } from '../FieldNotes';

const pad = (n: number) => String(n).padStart(2, '0');
const toDate = (iso: string | undefined, fallback: Date): Date => {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : fallback;
};

/**
 * WeChat: NutUI's DatePicker (year / month / day columns, 年月日 shown) behind a labelled button.
 * H5: the same native <input type="date"> as DateField, on purpose: NutUI's PickerView columns
 * are driven by touch only. In Chromium they take no keyboard focus, have no role for the columns
 * or their options, and the 取消/确定 bar is plain <div>s without a tab stop, so a keyboard or
 * screen-reader user could open the picker but neither choose a date nor close it. The native
 * input has its <label>, takes typing and arrow keys, and opens the phone's date wheel on touch.
 */
export function PickerDateField(props: DateFieldProps) {
  const { id, label, value, onChange, start, end, hint, error } = props;
  const [open, setOpen] = useState(false);
  if (process.env.TARO_ENV === 'h5') return <DateField {...props} />;
  return (
    <View className="yb-field">
      <Text className="yb-field__label">{label}</Text>
      <View
        id={id}
        className={`yb-input yb-input--date${error ? ' yb-input--invalid' : ''}`}
        {...pressable(() => setOpen(true), { role: 'button', label: `${label}：${value ? formatChineseDate(value) : '未选择'}${error ? `，${error}` : ''}` })}
      >
        <Text className={value ? '' : 'yb-muted'}>{value ? formatChineseDate(value) : '请选择日期'}</Text>
      </View>
      <DatePicker
        title={label}
        visible={open}
        type="date"
        showChinese
        threeDimensional={false}
        startDate={toDate(start, new Date(2000, 0, 1))}
        endDate={toDate(end, new Date(new Date().getFullYear() + 1, 11, 31))}
        defaultValue={toDate(value || end, new Date())}
        onClose={() => setOpen(false)}
        onConfirm={(_options, values) => {
          const [y, m, d] = values.map((v) => Number(v));
          if (y && m && d) onChange(`${y}-${pad(m)}-${pad(d)}`);
          setOpen(false);
        }}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </View>
  );
}

// NutUI form widgets, for subpackage pages only: in the WeChat main package (which '@/components'
// is part of) they break its 400 KB budget (bench/README.md, weapp main package).
import { configure } from '@nutui/icons-react-taro';

// NutUI draws its icons (the radio's circle, the input's clear button) as <i>: WeChat has no
// template for HTML tags (Taro without plugin-html), so it drops them. A Taro view it draws.
if (process.env.TARO_ENV !== 'h5') configure({ tag: 'view' });

export { ChoiceGroup } from './ChoiceGroup';
export { ConfirmDialog } from './ConfirmDialog';
export { Field } from './Field';
export { Toggle } from './Toggle';
export { PickerDateField } from './DateField';
export { PickerMonthField } from './MonthField';

// NutUI form widgets, for subpackage pages only: in the WeChat main package (which '@/components'
// is part of) they break its 400 KB budget (bench/README.md, weapp main package).
export { ChoiceGroup } from './ChoiceGroup';
export { ConfirmDialog } from './ConfirmDialog';
export { Field } from './Field';
export { Toggle } from './Toggle';
export { PickerDateField } from './DateField';
export { PickerMonthField } from './MonthField';

// NutUI-based form widgets for the subpackage pages only. Import from '@/components/nut', never
// re-export from '@/components': that barrel is part of the WeChat main package. Measured with
// scripts/size-check.mjs (budget 400 KB): the main package is 370.2 KB with the hand-made
// ChoiceGroup, Field, Toggle and DateField of src/components and NutUI's Toast; with NutUI's Radio,
// Input and Switch on the onboarding and 我的 pages it was 430.7 KB (NutUI's styles alone add 35 KB
// to common.wxss), and DatePicker adds about 40 KB more.
import { configure } from '@nutui/icons-react-taro';

// NutUI draws its icons (the radio's circle, the input's clear button) as <i>: WeChat has no
// template for HTML tags (Taro without plugin-html), so it drops them. A Taro view it draws.
if (process.env.TARO_ENV !== 'h5') configure({ tag: 'view' });

export { ChoiceGroup } from './ChoiceGroup';
export { Field } from './Field';
export { Toggle } from './Toggle';
export { PickerDateField } from './DateField';

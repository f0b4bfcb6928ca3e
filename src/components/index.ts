// Shared presentational components (pages import from '@/components').
export { PageRoot } from './PageRoot';
export { Card } from './Card';
export { DraftBanner } from './DraftBanner';
export { Citation, citationParts, documentUrl } from './Citation';
export { Money } from './Money';
export { StateView } from './StateView';
export { OfflineNotice } from './OfflineNotice';
export { ChoiceGroup, type Choice } from './ChoiceGroup';
export { DateField } from './DateField';
export { Field } from './Field';
export { a11y, pressable } from './a11y';
export { Button } from './Button';
export { Checkbox } from './Checkbox';
export { RecordOutcome } from './RecordOutcome';
export { Toggle } from './Toggle';
export { LinkRow } from './LinkRow';
export { Toast, ToastHost, showToast } from './Toast';

import { useRef } from 'react';
import { View } from '@tarojs/components';
import { Dialog } from '@nutui/nutui-react-taro';
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css';
import { useNutDialogA11y } from '../nutA11y';

export interface ConfirmDialogProps {
  visible: boolean;
  title: string;
  content: string;
  confirmText: string;
  cancelText: string;
  onConfirm: () => void;
  /** Also the overlay, the close and (H5) Escape. */
  onCancel: () => void;
}

/** A question before an action that cannot be undone, on NutUI's Dialog (keyboard and screen reader: useNutDialogA11y). */
export function ConfirmDialog({ visible, title, content, confirmText, cancelText, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLElement | null>(null);
  useNutDialogA11y(ref, visible, onCancel);
  return (
    <View ref={ref as never}>
      <Dialog visible={visible} title={title} content={content} confirmText={confirmText} cancelText={cancelText} onConfirm={onConfirm} onCancel={onCancel} onClose={onCancel} />
    </View>
  );
}

import { View, Text } from '@tarojs/components';
import { a11y, pressable } from './a11y';
import './LinkRow.scss';

interface Props {
  label: string;
  hint?: string;
  onTap: () => void;
}

/** A row that opens another page (role link, ≥ 44 px tall). */
export function LinkRow({ label, hint, onTap }: Props) {
  return (
    <View className="yb-linkrow" {...pressable(onTap, { role: 'link' })}>
      <View className="yb-linkrow__words">
        <Text className="yb-linkrow__label">{label}</Text>
        {hint ? <Text className="yb-linkrow__hint">{hint}</Text> : null}
      </View>
      <Text className="yb-linkrow__chevron" {...a11y({ hidden: true })}>
        ›
      </Text>
    </View>
  );
}

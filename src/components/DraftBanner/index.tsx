import { View, Text } from '@tarojs/components';
import { a11y } from '../a11y';
import './index.scss';

interface Props {
  /** Extra words, e.g. what on this screen rests on the draft. */
  detail?: string;
}

/** Shown wherever a result rests on a draft policy (Wenzhou's rules are a draft for comment). */
export function DraftBanner({ detail }: Props) {
  return (
    <View className="yb-draft" {...a11y({ role: 'note' })}>
      <Text className="yb-draft__title">温州政策为征求意见稿</Text>
      <Text className="yb-draft__text">
        这里的结果依据《温州市职工生育全额保障实施方案（征求意见稿）》，正式文件发布前可能调整，请以温州市医保部门的答复为准。{detail ?? ''}
      </Text>
    </View>
  );
}

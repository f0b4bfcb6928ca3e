import { View, Text } from '@tarojs/components';
import { a11y } from '../a11y';
import './index.scss';

interface Props {
  /** What works without the server (default: the computations). */
  message?: string;
}

/** Said wherever a result comes from the bundled engine because the API could not be reached. */
export function OfflineNotice({ message = '离线计算，结果来自内置政策' }: Props) {
  return (
    <View className="yb-offline" {...a11y({ role: 'status' })}>
      <Text>{message}</Text>
    </View>
  );
}

import { View, Text } from '@tarojs/components';
import { Button } from '../Button';
import { a11y } from '../a11y';
import './index.scss';

interface Props {
  status: 'loading' | 'empty' | 'error';
  /** What is loading, why it is empty, or what went wrong (Chinese). */
  message?: string;
  onRetry?: () => void;
}

/** Loading, empty and error states with the same look everywhere. */
export function StateView({ status, message, onRetry }: Props) {
  const text = message ?? (status === 'loading' ? '正在加载…' : status === 'empty' ? '暂无内容' : '加载失败');
  return (
    <View className={`yb-state yb-state--${status}`} {...a11y({ role: status === 'error' ? 'alert' : 'status' })}>
      <Text className="yb-state__text">{text}</Text>
      {status === 'error' && onRetry ? (
        <Button kind="ghost" onTap={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}

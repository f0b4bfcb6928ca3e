import { Text } from '@tarojs/components';
import { formatYuan } from '@/domain';

interface Props {
  /** Integer fen; null when it cannot be priced yet. */
  fen: number | null | undefined;
  className?: string;
  /** Said instead of an amount when `fen` is null (default 待确定). */
  unknown?: string;
}

/** An amount as ¥1,234.50. */
export function Money({ fen, className, unknown = '待确定' }: Props) {
  return <Text className={`yb-money${className ? ` ${className}` : ''}`}>{fen === null || fen === undefined ? unknown : formatYuan(fen)}</Text>;
}

import { Text } from '@tarojs/components';
import { formatChineseDate } from '@/domain';

/** 2027年3月4日 inside a sentence, never broken across lines. */
export function ChineseDate({ iso }: { iso: string }) {
  return <Text className="yb-date yb-nowrap">{formatChineseDate(iso)}</Text>;
}

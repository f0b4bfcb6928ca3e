import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { pressable } from '../a11y';
import './index.scss';

interface Props {
  /** "HY-2025-8 二(三)" or null (no document here sets the rule). */
  citation: string | null | undefined;
  /** Words before it (default 依据). */
  prefix?: string;
}

/** The document id and article a figure rests on; a tap opens the policy documents at that document. */
export function Citation({ citation, prefix = '依据' }: Props) {
  if (!citation) {
    return <Text className="yb-citation yb-citation--none">{prefix}：本应用所依据的文件未规定</Text>;
  }
  const docId = citation.split(' ')[0] ?? citation;
  const open = () => {
    void Taro.navigateTo({ url: `/subpackages/documents/index?id=${encodeURIComponent(docId)}` });
  };
  return (
    <Text className="yb-citation" {...pressable(open, { role: 'link', label: `${prefix} ${citation}，查看政策文件` })}>
      {prefix}：{citation}
    </Text>
  );
}

import { View, Text } from '@tarojs/components';
import { a11y } from '../a11y';
import './index.scss';

/** The notices of an answer (what is decided, what to ask), one line each, read as a list. */
export function NoticeList({ label, notices }: { label: string; notices: readonly string[] }) {
  return (
    <View {...a11y({ role: 'list', label })}>
      {notices.map((n) => (
        <Text key={n} className="yb-notice" {...a11y({ role: 'listitem' })}>
          {n}
        </Text>
      ))}
    </View>
  );
}

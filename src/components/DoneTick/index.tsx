import { View, Text } from '@tarojs/components';
import { a11y } from '../a11y';
import './index.scss';

interface Props {
  /** What was done, for screen readers: 已办完：<label>. */
  label: string;
  done: boolean;
  onChange: (done: boolean) => void;
  /** Words beside the box (default 已办完); none when the row already says what it is. */
  text?: string | null;
}

/** A tick she sets when a task is done (role checkbox, ≥ 44 px, Space/Enter toggle it). */
export function DoneTick({ label, done, onChange, text = '已办完' }: Props) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== ' ' && e.key !== 'Enter') return;
    e.preventDefault();
    onChange(!done);
  };
  return (
    <View
      className={`yb-done${done ? ' yb-done--on' : ''}`}
      onClick={() => onChange(!done)}
      {...({ onKeyDown } as object)}
      {...a11y({ role: 'checkbox', checked: done, focusable: true, label: `已办完：${label}` })}
    >
      <View className="yb-done__box" {...a11y({ hidden: true })}>
        {done ? <Text>✓</Text> : null}
      </View>
      {text ? (
        <Text className="yb-done__text" {...a11y({ hidden: true })}>
          {text}
        </Text>
      ) : null}
    </View>
  );
}

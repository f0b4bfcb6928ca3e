// H5's way back on every page outside the tab bar (WeChat draws its own: index.weapp.tsx):
// the page she came from, or the home page when the page was opened directly (a shared link).
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { goBack } from '@/utils/navigation';
import { a11y, pressable } from '../a11y';
import './index.scss';

/** Every page outside the tab bar but the first run: the subpackages' and 修改资料 (docs/design.md). */
export const hasBackBar = (path: string | undefined): boolean => Boolean(path && /^\/?(subpackages\/|profile\/edit\/)/.test(path));

/** How many pages are open (1 when the page was opened directly). */
function openPages(): number {
  try {
    return Taro.getCurrentPages().length;
  } catch {
    return 1;
  }
}

export function BackBar() {
  // null outside a routed page (page tests render the page directly).
  const path = (useRouter() as { path?: string } | null)?.path;
  if (process.env.TARO_ENV !== 'h5' || !hasBackBar(path)) return null;
  const canGoBack = openPages() > 1;
  const back = () => void goBack();
  return (
    <View className="yb-back" {...pressable(back, { role: 'link', label: canGoBack ? '返回上一页' : '回到首页' })}>
      <Text className="yb-back__arrow" {...a11y({ hidden: true })}>
        ‹
      </Text>
      <Text className="yb-back__label">{canGoBack ? '返回' : '首页'}</Text>
    </View>
  );
}

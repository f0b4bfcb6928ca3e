import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useFontScale } from '@/hooks/useFontScale';
import { useAppStore } from '@/stores';
import { setTabBarScale } from '@/utils/tabBar';
import { BackBar } from '../BackBar';
import { OfflineNotice } from '../OfflineNotice';
import { ToastHost } from '../Toast';
import './index.scss';

interface Props {
  children: ReactNode;
  className?: string;
  /** Show the app-wide "offline" note when the last API call failed (default true). */
  offlineNote?: boolean;
}

/**
 * Every page's root: the font scale (大字模式 / WeChat font size, the tab bar's too), the way back
 * (H5, pages outside the tab bar), the demo marker and the offline note.
 */
export function PageRoot({ children, className, offlineNote = true }: Props) {
  const { scale, large } = useFontScale();
  const offline = useAppStore((s) => s.offline);
  const style = { '--yb-fs': String(scale) } as CSSProperties;
  const ref = useRef<HTMLElement | null>(null);
  // H5: Taro's page container is the scrolling element; keyboard users can focus it to scroll, and
  // a page that opens takes the keyboard's place, so Tab goes on inside it (not in the page she
  // left, which Taro keeps in the document while the new one slides in).
  const takeFocus = () => {
    if (process.env.TARO_ENV !== 'h5') return;
    const container = ref.current?.closest?.('.taro_page') as HTMLElement | null | undefined;
    if (!container) return;
    if (!container.hasAttribute('tabindex')) container.setAttribute('tabindex', '0');
    if (!container.contains(document.activeElement)) container.focus({ preventScroll: true });
  };
  useEffect(takeFocus, []);
  useDidShow(takeFocus);
  useEffect(() => setTabBarScale(scale), [scale]);
  return (
    <View ref={ref as never} className={`yb-page${large ? ' yb-large' : ''}${className ? ` ${className}` : ''}`} style={style}>
      <BackBar />
      {process.env.TARO_APP_MOCK === '1' ? (
        <View className="yb-demo-marker">
          <Text>演示数据：未连接服务器，结果来自浏览器内的模拟接口</Text>
        </View>
      ) : null}
      {offlineNote && offline ? <OfflineNotice /> : null}
      {children}
      <ToastHost />
    </View>
  );
}

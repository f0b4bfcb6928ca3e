import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { useFontScale } from '@/hooks/useFontScale';
import { useAppStore } from '@/stores';
import { OfflineNotice } from '../OfflineNotice';
import { ToastHost } from '../Toast';
import './index.scss';

interface Props {
  children: ReactNode;
  className?: string;
  /** Show the app-wide "offline" note when the last API call failed (default true). */
  offlineNote?: boolean;
}

/** Every page's root: the font scale (大字模式 / WeChat font size), the demo marker and the offline note. */
export function PageRoot({ children, className, offlineNote = true }: Props) {
  const { scale, large } = useFontScale();
  const offline = useAppStore((s) => s.offline);
  const style = { '--yb-fs': String(scale) } as CSSProperties;
  const ref = useRef<HTMLElement | null>(null);
  useEffect(() => {
    // H5: Taro's page container is the scrolling element; let keyboard users focus it to scroll.
    if (process.env.TARO_ENV !== 'h5') return;
    const container = ref.current?.closest?.('.taro_page');
    if (container && !container.hasAttribute('tabindex')) container.setAttribute('tabindex', '0');
  }, []);
  return (
    <View ref={ref as never} className={`yb-page${large ? ' yb-large' : ''}${className ? ` ${className}` : ''}`} style={style}>
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

// H5 build of nut-toast.tsx: NutUI's Toast in its own chunk, fetched when the browser is idle
// after the page has painted (preloadNutToast, from ToastHost) rather than with the page. Should
// that fetch fail (the network went away before it), the text still shows, in a plain bubble that
// closes itself like NutUI's, and the status region around it announces it.
import { lazy, useEffect, type ComponentProps, type ComponentType } from 'react';
import { Text, View } from '@tarojs/components';
import type { NutToast as LoadedToast } from './nut-toast-bubble';
import { TOAST_SECONDS } from './seconds';

type BubbleProps = ComponentProps<typeof LoadedToast>;

function PlainBubble({ content, duration = TOAST_SECONDS, onClose }: BubbleProps) {
  useEffect(() => {
    const timer = setTimeout(() => onClose?.(), duration * 1000);
    return () => clearTimeout(timer);
  }, [duration, onClose]);
  return (
    <View className="yb-toast-plain">
      <Text>{content}</Text>
    </View>
  );
}

let loading: Promise<{ default: ComponentType<BubbleProps> }> | null = null;
const load = () =>
  (loading ??= import('./nut-toast-bubble').then(
    (m) => ({ default: m.NutToast as ComponentType<BubbleProps> }),
    () => ({ default: PlainBubble }),
  ));

export const NutToast = lazy<ComponentType<BubbleProps>>(load);

/** Fetches the bubble's code once the main thread is idle (not in the page's first frames). */
export function preloadNutToast(): void {
  if (loading) return;
  const start = () => void load();
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 1000);
}

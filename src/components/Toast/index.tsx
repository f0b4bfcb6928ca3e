// A short confirmation (已保存, 已记录…) on NutUI's Toast: `showToast(text)` shows it on the page
// on screen, or on the next one (every page root carries a <ToastHost>).
import { Suspense, useEffect, useRef, useState } from 'react';
import { View } from '@tarojs/components';
import { a11y } from '../a11y';
import { useNutAria } from '../nutA11y';
import { NutToast, preloadNutToast } from './nut-toast';
import { TOAST_SECONDS } from './seconds';
import './index.scss';

export type ToastIcon = 'success' | 'fail';

export { TOAST_SECONDS };

interface Message {
  id: number;
  text: string;
  icon: ToastIcon | null;
  at: number;
}

let seq = 0;
let current: Message | null = null;
const listeners = new Set<(m: Message | null) => void>();

/** Shows `text` briefly on the page on screen (or on the one opened next). */
export function showToast(text: string, icon: ToastIcon | null = 'success'): void {
  current = { id: ++seq, text, icon, at: Date.now() };
  for (const l of listeners) l(current);
}

/** Test helper: forget any toast. */
export function resetToasts(): void {
  current = null;
  for (const l of listeners) l(null);
}

interface ToastProps {
  text: string;
  visible: boolean;
  onClose: () => void;
  icon?: ToastIcon | null;
  /** Seconds before it closes by itself. */
  duration?: number;
}

/** The toast itself: a polite live region that holds NutUI's bubble while it is shown. */
export function Toast({ text, visible, onClose, icon = null, duration = TOAST_SECONDS }: ToastProps) {
  const ref = useRef<HTMLElement | null>(null);
  // NutUI's bubble ARIA is invalid in H5 (nutA11y.ts): dropped, this region announces the text.
  useNutAria(ref, { strip: true });
  return (
    <View ref={ref as never} className="yb-toast-region" {...a11y({ role: 'status', live: 'polite' })} aria-atomic="true">
      {visible ? (
        // Mounted only while shown: nothing of NutUI's overlay is rendered on a page's first paint.
        // In H5 the bubble's code may still be on its way (nut-toast.h5.tsx): the region already
        // holds the text for screen readers, the bubble follows.
        <Suspense fallback={null}>
          <NutToast
            className="yb-toast"
            contentClassName="yb-toast__bubble"
            visible
            content={text}
            icon={icon ?? undefined}
            duration={duration}
            position="middle"
            wordBreak="break-word"
            closeOnOverlayClick={false}
            lockScroll={false}
            onClose={onClose}
          />
        </Suspense>
      ) : null}
    </View>
  );
}

const fresh = (m: Message | null) => (m && Date.now() - m.at < TOAST_SECONDS * 1000 ? m : null);

/** Rendered once per page (by PageRoot): shows whatever `showToast` says. */
export function ToastHost() {
  const [msg, setMsg] = useState<Message | null>(() => fresh(current));
  useEffect(() => {
    // After the page's first paint: the bubble's code, so that the first toast shows at once.
    preloadNutToast();
    const listener = (m: Message | null) => setMsg(m);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  const close = () => {
    if (current && msg && current.id === msg.id) current = null;
    setMsg(null);
  };
  return <Toast text={msg?.text ?? ''} icon={msg?.icon ?? null} visible={msg !== null} onClose={close} />;
}

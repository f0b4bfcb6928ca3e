// NutUI React Taro writes its ARIA as WeChat's props (`ariaRole`, `ariaLabel`, …). In WeChat that
// is right (`aria-role` is WeChat's attribute), but Taro's H5 components turn `ariaRole` into an
// `aria-role` HTML attribute, which is no ARIA at all: axe reports it as `aria-valid-attr`
// (critical) and a screen reader sees no role. Our wrappers call this hook on the element around
// the NutUI widget: in H5 it moves every `aria-role` in that subtree to a real `role` (or drops it),
// at once after each render and again whenever NutUI writes it back.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

export interface NutAriaOptions {
  /** Drop NutUI's role and aria-label instead of moving them (the wrapper announces the content itself). */
  strip?: boolean;
}

export function fixNutAria(root: Element | null | undefined, { strip = false }: NutAriaOptions = {}): void {
  if (!root || typeof root.querySelectorAll !== 'function') return;
  const nodes = root.hasAttribute('aria-role') ? [root, ...Array.from(root.querySelectorAll('[aria-role]'))] : Array.from(root.querySelectorAll('[aria-role]'));
  for (const el of nodes) {
    const role = el.getAttribute('aria-role');
    el.removeAttribute('aria-role');
    if (strip) {
      el.removeAttribute('aria-label');
    } else if (role && !el.hasAttribute('role')) {
      el.setAttribute('role', role);
    }
  }
}

const isH5 = process.env.TARO_ENV === 'h5';

/** H5 only (a no-op in WeChat): keep NutUI's ARIA under `ref` valid. */
export function useNutAria(ref: RefObject<unknown>, options: NutAriaOptions = {}): void {
  const strip = options.strip ?? false;
  useLayoutEffect(() => {
    if (isH5) fixNutAria(ref.current as Element | null, { strip });
  });
  useEffect(() => {
    const root = ref.current as Element | null;
    if (!isH5 || !root || typeof MutationObserver === 'undefined') return undefined;
    const observer = new MutationObserver(() => fixNutAria(root, { strip }));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-role', 'aria-label'] });
    // NutUI's Taro views may have written aria-role again between the layout effect and now.
    fixNutAria(root, { strip });
    return () => observer.disconnect();
  }, [ref, strip]);
}

function applyTabStop(root: Element | null, selector: string, index: number): void {
  if (!root || typeof root.querySelectorAll !== 'function') return;
  root.querySelectorAll(selector).forEach((el, i) => {
    const want = i === index ? '0' : '-1';
    if (el.getAttribute('tabindex') !== want) el.setAttribute('tabindex', want);
  });
}

/**
 * H5 only: one tab stop among the elements matching `selector` under `ref` (the one at `index`,
 * the others -1), for widgets like NutUI's Radio that take no tabIndex prop. NutUI's Taro views
 * may not be in place when the layout effect runs, so it is applied again whenever they change.
 */
export function useRovingTabStop(ref: RefObject<unknown>, selector: string, index: number): void {
  useLayoutEffect(() => {
    if (isH5) applyTabStop(ref.current as Element | null, selector, index);
  });
  useEffect(() => {
    const root = ref.current as Element | null;
    if (!isH5 || !root || typeof MutationObserver === 'undefined') return undefined;
    applyTabStop(root, selector, index);
    const observer = new MutationObserver(() => applyTabStop(root, selector, index));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'tabindex'] });
    return () => observer.disconnect();
  }, [ref, selector, index]);
}

const DIALOG_BUTTONS = '.nut-dialog-footer-cancel, .nut-dialog-footer-ok';

/**
 * H5 only: NutUI's Dialog as a keyboard and screen-reader user needs it. NutUI draws it with
 * <div>s and <taro-button-core>s: no dialog role, buttons out of the tab order, focus left behind
 * the overlay. While `visible`, the dialog under `ref` gets role="dialog" (named by its title,
 * described by its text), its buttons a tab stop each and Enter/Space, focus moves to the cancel
 * button, Tab stays inside, Escape cancels; on closing, focus returns to what opened it.
 */
export function useNutDialogA11y(ref: RefObject<unknown>, visible: boolean, onCancel: () => void): void {
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  useEffect(() => {
    const root = ref.current as HTMLElement | null;
    if (!isH5 || !visible || !root || typeof MutationObserver === 'undefined') return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const buttons = () => Array.from(root.querySelectorAll<HTMLElement>(DIALOG_BUTTONS));
    let ready = false;
    // Applied whenever NutUI re-renders the dialog (it may replace its buttons while opening).
    const prepare = () => {
      const dialog = root.querySelector<HTMLElement>('.nut-dialog');
      const footer = buttons();
      if (!dialog || footer.length === 0) return;
      ready = true;
      if (dialog.getAttribute('role') !== 'dialog') dialog.setAttribute('role', 'dialog');
      if (!dialog.hasAttribute('aria-modal')) dialog.setAttribute('aria-modal', 'true');
      const title = dialog.querySelector<HTMLElement>('.nut-dialog-header');
      const text = dialog.querySelector<HTMLElement>('.nut-dialog-content');
      if (title && !dialog.hasAttribute('aria-labelledby')) {
        title.id ||= `yb-dialog-title-${Math.random().toString(36).slice(2, 9)}`;
        dialog.setAttribute('aria-labelledby', title.id);
      }
      if (text && !dialog.hasAttribute('aria-describedby')) {
        text.id ||= `yb-dialog-text-${Math.random().toString(36).slice(2, 9)}`;
        dialog.setAttribute('aria-describedby', text.id);
      }
      for (const b of footer) {
        if (b.getAttribute('role') !== 'button') b.setAttribute('role', 'button');
        if (b.getAttribute('tabindex') !== '0') b.setAttribute('tabindex', '0');
      }
      // Focus on the safe answer, and back on it if a re-render took it away.
      if (!dialog.contains(document.activeElement)) footer[0]!.focus();
    };
    const observer = new MutationObserver(prepare);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    prepare();
    const onKeyDown = (e: KeyboardEvent) => {
      if (!ready) return;
      const footer = buttons();
      if (e.key === 'Escape') {
        e.preventDefault();
        cancel.current();
      } else if (e.key === 'Tab' && footer.length > 0) {
        // Focus stays in the dialog: from the last button to the first and back.
        const at = footer.indexOf(document.activeElement as HTMLElement);
        e.preventDefault();
        footer[(at + (e.shiftKey ? -1 : 1) + footer.length) % footer.length]!.focus();
      } else if ((e.key === 'Enter' || e.key === ' ') && footer.includes(e.target as HTMLElement)) {
        e.preventDefault();
        (e.target as HTMLElement).click();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      observer.disconnect();
      document.removeEventListener('keydown', onKeyDown, true);
      const back = opener?.isConnected ? opener : (root.closest('.taro_page') as HTMLElement | null);
      back?.focus();
    };
  }, [ref, visible]);
}

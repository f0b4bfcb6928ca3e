// NutUI React Taro writes its ARIA as WeChat's props (`ariaRole`, `ariaLabel`, …). In WeChat that
// is right (`aria-role` is WeChat's attribute), but Taro's H5 components turn `ariaRole` into an
// `aria-role` HTML attribute, which is no ARIA at all: axe reports it as `aria-valid-attr`
// (critical) and a screen reader sees no role. Our wrappers call this hook on the element around
// the NutUI widget: in H5 it moves every `aria-role` in that subtree to a real `role` (or drops it),
// at once after each render and again whenever NutUI writes it back.
import { useEffect, useLayoutEffect, type RefObject } from 'react';

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

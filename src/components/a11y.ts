// ARIA attributes for Taro components, whose prop types do not list them (H5 passes them to the
// element; WeChat reads aria-* on its own components).
export type A11y = Record<string, string | number | boolean | undefined>;

export function a11y(attrs: { role?: string; label?: string; checked?: boolean; live?: 'polite' | 'assertive'; level?: number; hidden?: boolean; disabled?: boolean; focusable?: boolean; expanded?: boolean; invalid?: boolean }): A11y {
  const out: A11y = {};
  if (attrs.role) out.role = attrs.role;
  if (attrs.label) out['aria-label'] = attrs.label;
  if (attrs.checked !== undefined) out['aria-checked'] = attrs.checked ? 'true' : 'false';
  if (attrs.live) out['aria-live'] = attrs.live;
  if (attrs.level !== undefined) out['aria-level'] = attrs.level;
  if (attrs.hidden) out['aria-hidden'] = 'true';
  if (attrs.disabled !== undefined) out['aria-disabled'] = attrs.disabled ? 'true' : 'false';
  if (attrs.focusable) out.tabIndex = 0;
  if (attrs.expanded !== undefined) out['aria-expanded'] = attrs.expanded ? 'true' : 'false';
  if (attrs.invalid) out['aria-invalid'] = 'true';
  return out;
}

/** Enter and Space act as a tap on a View with role button (H5 keyboards; WeChat ignores it). */
export function activateOnKeys(onTap: () => void): object {
  return {
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onTap();
    },
  };
}

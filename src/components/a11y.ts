// ARIA attributes for Taro components, whose prop types do not list them (H5 passes them to the
// element; WeChat reads aria-* on its own components).
export type A11y = Record<string, string | number | boolean | undefined>;

export function a11y(attrs: { role?: string; label?: string; checked?: boolean; live?: 'polite' | 'assertive'; level?: number; hidden?: boolean; disabled?: boolean; focusable?: boolean }): A11y {
  const out: A11y = {};
  if (attrs.role) out.role = attrs.role;
  if (attrs.label) out['aria-label'] = attrs.label;
  if (attrs.checked !== undefined) out['aria-checked'] = attrs.checked ? 'true' : 'false';
  if (attrs.live) out['aria-live'] = attrs.live;
  if (attrs.level !== undefined) out['aria-level'] = attrs.level;
  if (attrs.hidden) out['aria-hidden'] = 'true';
  if (attrs.disabled !== undefined) out['aria-disabled'] = attrs.disabled ? 'true' : 'false';
  if (attrs.focusable) out.tabIndex = 0;
  return out;
}

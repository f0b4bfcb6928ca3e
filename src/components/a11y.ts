// ARIA attributes for Taro components, whose prop types do not list them (H5 passes them to the
// element; WeChat reads aria-* on its own components).
export type A11y = Record<string, string | number | boolean | undefined>;

/** Roles that only describe: a control (button, link, checkbox, switch, radio) goes through `pressable`. */
type DescriptiveRole = 'heading' | 'status' | 'alert' | 'list' | 'listitem' | 'note' | 'radiogroup' | 'progressbar' | 'region' | 'group';

export function a11y(attrs: { role?: DescriptiveRole; label?: string; live?: 'polite' | 'assertive'; level?: number; hidden?: boolean; invalid?: boolean }): A11y {
  const out: A11y = {};
  if (attrs.role) out.role = attrs.role;
  if (attrs.label) out['aria-label'] = attrs.label;
  if (attrs.live) out['aria-live'] = attrs.live;
  if (attrs.level !== undefined) out['aria-level'] = attrs.level;
  if (attrs.hidden) out['aria-hidden'] = 'true';
  if (attrs.invalid) out['aria-invalid'] = 'true';
  return out;
}

export type ControlRole = 'button' | 'link' | 'checkbox' | 'switch';

export interface PressableOptions {
  role: ControlRole;
  label?: string;
  /** checkbox and switch: on or off. */
  checked?: boolean;
  /** link: this is the page she is on. */
  current?: boolean;
  /** button that shows or folds away what it names. */
  expanded?: boolean;
}

/** The keys that press a control: Enter for all, Space too except for a link (as the browser's own controls). */
export function pressKey(role: ControlRole, key: string): boolean {
  return key === 'Enter' || (role !== 'link' && (key === ' ' || key === 'Spacebar'));
}

export interface KeyLike {
  key: string;
  preventDefault: () => void;
  stopPropagation: () => void;
}

/** What `pressable` spreads on a View: its ARIA, the tap, and in H5 the tab stop and the keys. */
export type ControlProps = { onClick: () => void; onKeyDown?: (e: KeyLike) => void } & Record<string, string | number | boolean | undefined | ((e: KeyLike) => void) | (() => void)>;

/**
 * A tappable Taro View that is also a control for keyboard and screen-reader users: its role and
 * state, and in H5 a tab stop and Enter (and Space, except for a link) doing what a tap does.
 * WeChat has no keyboard; it reads the role and state.
 */
export function pressable(onPress: () => void, { role, label, checked, current, expanded }: PressableOptions): ControlProps {
  const out: ControlProps = { onClick: onPress, role };
  if (label) out['aria-label'] = label;
  if (checked !== undefined) out['aria-checked'] = checked ? 'true' : 'false';
  if (current) out['aria-current'] = 'page';
  if (expanded !== undefined) out['aria-expanded'] = expanded ? 'true' : 'false';
  if (process.env.TARO_ENV === 'h5') {
    out.tabIndex = 0;
    out.onKeyDown = (e: KeyLike) => {
      if (!pressKey(role, e.key)) return;
      // Space would scroll the page; a control around this one must not act on the same key.
      e.preventDefault();
      e.stopPropagation();
      onPress();
    };
  }
  return out;
}

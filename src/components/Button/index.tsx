// The app's one button. H5: a native <button>, so it is in the tab order and Enter and Space
// press it (Taro's H5 Button is a <taro-button-core> custom element without either). WeChat:
// Taro's Button, which also opens WeChat's share sheet (openType="share").
import { type ReactNode } from 'react';
import { Button as TaroButton } from '@tarojs/components';

export interface ButtonProps {
  children: ReactNode;
  onTap?: () => void;
  /** primary: the step forward; ghost: a quieter choice; danger: deletes. */
  kind?: 'primary' | 'ghost' | 'danger';
  disabled?: boolean;
  /** Shows WeChat's spinner while the action runs (H5: aria-busy). */
  loading?: boolean;
  /** WeChat only: the button opens WeChat's own sheet instead of calling onTap. */
  openType?: 'share';
  className?: string;
}

export function Button({ children, onTap, kind = 'primary', disabled = false, loading = false, openType, className }: ButtonProps) {
  const classes = `yb-button${kind === 'primary' ? '' : ` yb-button--${kind}`}${className ? ` ${className}` : ''}`;
  if (process.env.TARO_ENV === 'h5') {
    return (
      <button type="button" className={classes} disabled={disabled} aria-busy={loading ? 'true' : undefined} onClick={onTap}>
        {children}
      </button>
    );
  }
  return (
    <TaroButton className={classes} disabled={disabled} loading={loading} openType={openType} onClick={onTap}>
      {children}
    </TaroButton>
  );
}

// Bringing a field into sight after a failed submit: the form's first error, by its id.
import Taro from '@tarojs/taro';

/**
 * H5: scrolls the field (an input, or a radio group's wrapper) to the middle of the page and moves
 * focus to it (a group: its chosen option, else its first), so a screen reader reads the field with
 * its error. WeChat: scrolls the page to it (a mini-app cannot focus an arbitrary node).
 */
export function focusField(id: string): void {
  if (process.env.TARO_ENV !== 'h5') {
    Promise.resolve(Taro.pageScrollTo({ selector: `#${id}`, offsetTop: -120, duration: 200 })).catch(() => undefined);
    return;
  }
  if (typeof document === 'undefined') return;
  // A task later: the field's error is rendered, and the focus event is not handled inside React's render.
  setTimeout(() => {
    const field = document.getElementById(id);
    if (!field) return;
    const target =
      field.getAttribute('role') === 'radiogroup' || field.querySelector('[role="radio"]')
        ? (field.querySelector<HTMLElement>('[role="radio"][tabindex="0"]') ?? field.querySelector<HTMLElement>('[role="radio"]') ?? field)
        : field;
    if (typeof field.scrollIntoView === 'function') field.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, 0);
}

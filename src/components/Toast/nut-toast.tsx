// The toast's bubble, loaded with the page (WeChat, tests). H5 uses nut-toast.h5.tsx instead, to
// keep NutUI's Toast out of the first load.
export { NutToast } from './nut-toast-bubble';

/** H5 fetches the bubble's code ahead of the first toast; here it is already loaded. */
export function preloadNutToast(): void {}

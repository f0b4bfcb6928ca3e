// The toast's bubble, NutUI's Toast. WeChat (and the tests): loaded with the page, as here.
// H5: nut-toast.h5.tsx (Taro's platform file) loads it on demand instead, because NutUI's Toast
// brings its overlay, icons and react-transition-group into the home page's first load
// (bench/README.md, row 4).
export { NutToast } from './nut-toast-bubble';

/** H5 fetches the bubble's code ahead of the first toast; here it is already loaded. */
export function preloadNutToast(): void {}

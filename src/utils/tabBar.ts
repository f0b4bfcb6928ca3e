// The tab bar outside the pages. WeChat draws its own (icons from app.config.ts; its text follows
// WeChat's own font setting, which the app cannot change): nothing to do here. H5: tabBar.h5.ts.

/** Once at start. */
export function installTabBar(): void {}

/** The font scale of 大字模式 for the tab bar. */
export function setTabBarScale(_scale: number): void {}

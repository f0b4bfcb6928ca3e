// H5's tab bar (Taro's <taro-tabbar>, outside the pages).

/**
 * Its items are <a href="javascript:;"> links: following that href is what the CSP refuses (and
 * reports) on every tab switch. Cancelling the link's default keeps Taro's own click handler, which
 * switches the tab, so the CSP stays as strict and nothing is refused. A key press on a link is a
 * click too.
 */
export function installTabBar(): void {
  document.addEventListener(
    'click',
    (e) => {
      const target = e.target as Element | null;
      if (target?.closest?.('a[href^="javascript:"]')) e.preventDefault();
    },
    true,
  );
}

/** 大字模式: the tab bar's label follows the pages' scale (app.scss reads --yb-fs on the document). */
export function setTabBarScale(scale: number): void {
  document.documentElement.style.setProperty('--yb-fs', String(scale));
}

// H5's tab bar (issue 17, the smaller items): its javascript: links no longer make the CSP refuse
// a navigation (Taro's own handler still switches the tab), and 大字模式 reaches it. WeChat's build
// takes src/utils/tabBar.ts, which does nothing: its tab bar is WeChat's own.
import * as shared from '@/utils/tabBar';
import { installTabBar, setTabBarScale } from '@/utils/tabBar.h5';
import { hasBackBar } from '@/components/BackBar';

test('a click on a javascript: link is not followed, and the link’s own handler still runs', () => {
  installTabBar();
  document.body.innerHTML = '<div class="weui-tabbar"><a href="javascript:;" class="weui-tabbar__item"><p>产检</p></a><a href="#/pages/me/index" id="plain">我的</a></div>';
  const switched = jest.fn();
  const tab = document.querySelector('.weui-tabbar__item')!;
  tab.addEventListener('click', switched);
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  tab.querySelector('p')!.dispatchEvent(click);
  expect(click.defaultPrevented).toBe(true);
  expect(switched).toHaveBeenCalledTimes(1);
  const other = new MouseEvent('click', { bubbles: true, cancelable: true });
  document.getElementById('plain')!.dispatchEvent(other);
  expect(other.defaultPrevented).toBe(false);
});

test('大字模式: the scale is set on the document for the tab bar outside the pages', () => {
  setTabBarScale(1.25);
  expect(document.documentElement.style.getPropertyValue('--yb-fs')).toBe('1.25');
  setTabBarScale(1);
  expect(document.documentElement.style.getPropertyValue('--yb-fs')).toBe('1');
});

test('WeChat’s file leaves its own tab bar alone', () => {
  document.documentElement.style.removeProperty('--yb-fs');
  shared.installTabBar();
  shared.setTabBarScale(2);
  expect(document.documentElement.style.getPropertyValue('--yb-fs')).toBe('');
});

test.each([
  ['/subpackages/check/index', true],
  ['subpackages/documents/text', true],
  ['/pages/index/index', false],
  ['/profile/onboarding/index', false],
  ['/profile/edit/index', true],
  [undefined, false],
])('a way back on %s: %s', (path, shown) => {
  expect(hasBackBar(path)).toBe(shown);
});

// Tab-bar pages stay in the main package. The profile forms (first run and editing) are a small subpackage of
// their own, so a first launch fetches only them after the main package; everything else is the 'subpackages' one.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/checks/index', 'pages/packages/index', 'pages/me/index'],
  subPackages: [
    { root: 'profile', pages: ['onboarding/index', 'edit/index'] },
    {
      root: 'subpackages',
      pages: [
        'check/index',
        'quota/index',
        'estimate/index',
        'eligibility/index',
        'newborn/index',
        'newborn/list',
        'after-birth/index',
        'allowance/index',
        'subsidy/index',
        'documents/index',
        'documents/text',
        'privacy/index',
      ],
    },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '孕保通',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#5c5c66',
    selectedColor: '#c2185b',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/checks/index', text: '产检', iconPath: 'assets/tabbar/checks.png', selectedIconPath: 'assets/tabbar/checks-active.png' },
      { pagePath: 'pages/packages/index', text: '服务包', iconPath: 'assets/tabbar/packages.png', selectedIconPath: 'assets/tabbar/packages-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-active.png' },
    ],
  },
  __usePrivacyCheck__: true,
});

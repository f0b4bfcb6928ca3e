import { type PropsWithChildren } from 'react';
import { installTabBar } from './utils/tabBar';
import './app.scss';

installTabBar();

// H5 development without a server (`npm run dev:h5`, TARO_APP_MOCK=1): msw answers in the
// browser. Behind a build-time constant and a dynamic import, so no production bundle carries msw.
if (process.env.TARO_ENV === 'h5' && process.env.TARO_APP_MOCK === '1') {
  void import('../mock/browser')
    .then(({ worker }) => worker.start({ onUnhandledRequest: 'bypass', quiet: true }))
    .catch((e: unknown) => console.warn('演示数据未能启动', e));
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;

// msw in the browser for `npm run dev:h5` (TARO_APP_MOCK=1): the app runs without a server.
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

export const worker = setupWorker(...handlers);

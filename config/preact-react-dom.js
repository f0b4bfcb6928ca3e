// `react-dom` of the mini-program build: preact/compat plus React 18's createRoot/hydrateRoot.
// Taro's runtime calls ReactDOM.createRoot whenever React reports 18.x, which preact/compat does
// without exporting it (NervJS/taro#17641); preact/compat/client provides it. Wired in index.ts.
import compat from 'preact/compat';
import { createRoot, hydrateRoot } from 'preact/compat/client';

export * from 'preact/compat';
export { createRoot, hydrateRoot };
export default Object.assign({}, compat, { createRoot, hydrateRoot });

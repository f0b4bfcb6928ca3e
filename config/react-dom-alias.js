// Mini-program builds: `react-dom` resolves to preact-react-dom.js (preact/compat with React 18's
// createRoot, which Taro's runtime calls for any React 18.x). Taro's react plugin maps react-dom
// and every react-dom/* path to preact/compat; the exact-match alias must come before that prefix
// alias, since webpack takes the first that matches. Used by config/index.ts and the bench's bare
// Taro app, so both build alike.
const path = require('node:path');

module.exports = function reactDomWithCreateRoot(chain) {
  const alias = chain.resolve.alias;
  const prefix = alias.get('react-dom');
  // Only Preact builds: with React itself react-dom has createRoot.
  if (prefix !== 'preact/compat') return;
  alias.delete('react-dom');
  alias.set('react-dom$', path.resolve(__dirname, 'preact-react-dom.js'));
  alias.set('react-dom', prefix);
};

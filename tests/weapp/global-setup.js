// test:weapp runs on the production build: say so instead of failing on a missing file.
const fs = require('node:fs');
const path = require('node:path');

module.exports = async () => {
  const app = path.join(__dirname, '..', '..', 'dist', 'weapp', 'app.js');
  if (!fs.existsSync(app)) throw new Error(`${app} is missing: run \`npm run build:weapp\` first (npm test builds it before test:weapp)`);
};

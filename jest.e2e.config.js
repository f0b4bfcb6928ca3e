// The browser suite: run by scripts/e2e.mjs, which builds the API (dist/server/main.mjs) and starts it
// serving dist/h5 first.
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testTimeout: 60000,
  // The seed helper builds the persisted state from src/stores/migrations.ts (which imports @/domain).
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  transform: {
    '^.+\\.[cm]?[jt]sx?$': [
      'babel-jest',
      { babelrc: false, configFile: false, presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'] },
    ],
  },
};

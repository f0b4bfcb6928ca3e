// The slow robustness checks (crash under load, soak): `npm run test:faults`, also run by .ci/run.
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'faults',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/faults'],
  testTimeout: 180000,
  passWithNoTests: true,
  // The built API (dist/server/main.mjs), as npm start runs it.
  globalSetup: '<rootDir>/tests/setup/server-build-global.ts',
  transform: {
    '^.+\\.[cm]?[jt]sx?$': [
      'babel-jest',
      { babelrc: false, configFile: false, presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'] },
    ],
  },
};

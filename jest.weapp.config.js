// `npm run test:weapp` (part of `npm test`, after the build): the production dist/weapp in the
// WeChat double of tests/weapp/double/ — launch, every page, the journeys, the link walk, and
// three pages rendered from their WXML by miniprogram-simulate with WeChat's own compiler (wcc).
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'weapp',
  testEnvironment: '<rootDir>/tests/weapp/environment.js',
  roots: ['<rootDir>/tests/weapp'],
  globalSetup: '<rootDir>/tests/weapp/global-setup.js',
  testTimeout: 60000,
  // Seeds are built from src/stores/migrations.ts (which imports @/domain).
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  // ESM-only packages under fastify's inject (as in jest.config.js): compiled to CJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(rettime|cookie|until-async|@open-draft|@inquirer|@mswjs|headers-polyfill)/)'],
  transform: {
    '^.+\\.[cm]?[jt]sx?$': [
      'babel-jest',
      { babelrc: false, configFile: false, presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'] },
    ],
  },
};

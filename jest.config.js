// Four projects: `node` (engine, client, stores, server through inject; msw on, unhandled requests
// fail), `contract` (real ports, no msw: the same cases against the server and the mocks),
// `postgres` (the contract, fuzz and security files again, on a PostgreSQL server that its
// globalSetup starts, plus the several-instances tests), `pages` (jsdom + Testing Library).
const nodeTransform = [
  'babel-jest',
  {
    babelrc: false,
    configFile: false,
    presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'],
  },
];

// ESM-only packages under msw 2.15 and fastify's inject: compiled to CJS for jest.
const esmOnly = 'rettime|cookie|until-async|@open-draft|@inquirer|@mswjs|headers-polyfill';

const common = {
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly})/)`],
  moduleNameMapper: {
    // Styles first, so that '@/…/x.scss' is stubbed too.
    '\\.(css|scss|sass)$': '<rootDir>/tests/setup/style-stub.js',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  transform: { '^.+\\.[cm]?[jt]sx?$': nodeTransform },
};

const taroTransformIgnore = [
  `/node_modules/(?!(@tarojs|lodash-es|query-string|decode-uri-component|split-on-first|filter-obj|@stencil|swiper|style-inject|tslib|@nutui|\\.pnpm|${esmOnly})/)`,
];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 20000,
  // The contract, postgres and startup tests run the built API (dist/server/main.mjs) as a process.
  globalSetup: '<rootDir>/tests/setup/server-build-global.ts',
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/{domain,api,server,stores,fuzz,security,build}/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/msw-node.ts'],
    },
    {
      ...common,
      displayName: 'contract',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/contract/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'postgres',
      testEnvironment: 'node',
      // A fuzz property of 1,000 runs makes two PostgreSQL round trips a run ("nothing written").
      testTimeout: 60000,
      testMatch: ['<rootDir>/tests/{contract,fuzz,security,postgres}/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/setup/postgres-global.ts',
      globalTeardown: '<rootDir>/tests/setup/postgres-global-teardown.ts',
      setupFiles: ['<rootDir>/tests/setup/postgres-store.ts'],
    },
    {
      displayName: 'pages',
      testEnvironment: 'jest-fixed-jsdom',
      testMatch: ['<rootDir>/tests/pages/**/*.test.{ts,tsx}'],
      setupFiles: ['<rootDir>/tests/setup/taro-env.js'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/pages.ts'],
      globals: {
        ENABLE_INNER_HTML: true,
        ENABLE_ADJACENT_HTML: true,
        ENABLE_SIZE_APIS: true,
        ENABLE_TEMPLATE_CONTENT: true,
        ENABLE_CLONE_NODE: true,
        ENABLE_CONTAINS: true,
        ENABLE_MUTATION_OBSERVER: true,
        DEPRECATED_ADAPTER_COMPONENT: false,
      },
      moduleNameMapper: {
        '\\.(css|scss|sass)$': '<rootDir>/tests/setup/style-stub.js',
        '^@/(.*)$': '<rootDir>/src/$1',
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/tests/setup/taro-shim.ts',
        '^@nutui/nutui-react-taro$': '<rootDir>/node_modules/@nutui/nutui-react-taro/dist/es/packages/nutui.react.build.js',
        '^@nutui/nutui-react-taro/dist/es/packages/.+/style/css$': '<rootDir>/tests/setup/style-stub.js',
        '^lottie-web$': '<rootDir>/tests/setup/style-stub.js',
        '^@nutui/lottie-miniprogram$': '<rootDir>/tests/setup/style-stub.js',
      },
      transform: {
        // Taro's preset for the project's files, plain preset-env for dependencies.
        '^(?!.*node_modules).+\\.[cm]?[jt]sx?$': ['babel-jest', { configFile: './babel.config.js' }],
        'node_modules.+\\.[cm]?[jt]sx?$': [
          'babel-jest',
          { babelrc: false, configFile: false, presets: [['@babel/preset-env', { targets: { node: 'current' } }]] },
        ],
      },
      transformIgnorePatterns: taroTransformIgnore,
    },
  ],
};

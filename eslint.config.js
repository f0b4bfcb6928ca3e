// Lint: typescript-eslint recommended, React hooks, and the import rules of docs/design.md.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

const UI = ['react', 'react-dom', 'react/*', 'react-dom/*', '@tarojs/*', 'zustand', 'zustand/*'];
const TRANSPORTS = ['msw', 'msw/*', 'node:*', 'fastify', '@fastify/*', 'better-sqlite3', 'pino'];
// Built-ins iOS 12's JavaScriptCore lacks (the weapp's oldest phone, babel.config.js): babel
// compiles syntax, not library calls, and the app ships no polyfills. The WeChat double
// (tests/weapp/double/realm.ts) removes the same ones at run time.
const IOS12 = 'missing on iOS 12 (the weapp runs there): write it without this built-in';
const IOS12_PROPERTIES = [
  ['Object', 'fromEntries'],
  ['Object', 'hasOwn'],
  ['Object', 'groupBy'],
  ['Promise', 'allSettled'],
  ['Promise', 'any'],
  ['Promise', 'withResolvers'],
].map(([object, property]) => ({ object, property, message: `${object}.${property} is ${IOS12}.` }));
const IOS12_GLOBALS = ['structuredClone', 'queueMicrotask'].map((name) => ({ name, message: `${name} is ${IOS12}.` }));
const IOS12_METHODS = {
  selector: 'CallExpression[callee.property.name=/^(at|replaceAll|matchAll|findLast|findLastIndex|toSorted|toReversed|toSpliced)$/]',
  message: `.at/.replaceAll/.matchAll/.findLast/.toSorted… are ${IOS12}.`,
};

// Page changes go through src/utils/navigation.ts, which keeps WeChat's stack and tab rules.
const NAVIGATION = ['navigateTo', 'redirectTo', 'switchTab', 'navigateBack', 'reLaunch'].map((property) => ({
  object: 'Taro',
  property,
  message: 'Use openPage / replacePage / goBack / restartAt from @/utils/navigation (WeChat: 10 pages, tabs only by switchTab).',
}));

const restrict = (patterns, message) => [
  'error',
  { patterns: [{ group: patterns, message }] },
];

module.exports = tseslint.config(
  {
    ignores: ['mock/public/**', 'dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'tests/e2e/artifacts/**', 'bench/results/**', '.swc/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser, ...globals.jest, defineAppConfig: 'readonly', definePageConfig: 'readonly' },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  // Everything that ships in the app; src/api/contract is the server's (the app imports its types only).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/contract/**'],
    rules: {
      'no-restricted-properties': ['error', ...IOS12_PROPERTIES, ...NAVIGATION],
      'no-restricted-globals': ['error', ...IOS12_GLOBALS],
      'no-restricted-syntax': ['error', IOS12_METHODS],
    },
  },
  {
    files: ['src/utils/navigation.ts'],
    rules: { 'no-restricted-properties': ['error', ...IOS12_PROPERTIES] },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-console': 'off' },
  },
  {
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['scripts/**', 'bench/**', 'server/main.ts', 'tests/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  // The engine is pure: dayjs and itself, nothing of the app, no network, no Node.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...UI, ...TRANSPORTS, '@/*', '**/api/**', '**/stores/**', '**/pages/**', '**/components/**', '**/server/**', '**/mock/**', 'axios', 'node-fetch'],
        'src/domain is pure TypeScript: only dayjs and its own files (docs/design.md).',
      ),
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'localStorage', 'process', 'window', 'document', ...IOS12_GLOBALS],
    },
  },
  // The API client: domain types only; Taro.request lives in one transport file.
  {
    files: ['src/api/**/*.ts'],
    ignores: ['src/api/taro-transport.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...UI, ...TRANSPORTS, '@/stores/*', '@/pages/*', '@/components/*', '../stores/*', '../pages/*', '../components/*', '**/server/**', '**/mock/**'],
        'src/api imports only src/domain types and its own contract (docs/design.md).',
      ),
    },
  },
  {
    files: ['src/stores/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...TRANSPORTS, '@/pages/*', '@/components/*', '**/server/**', '**/mock/**', '**/tests/**'],
        'stores may import src/api and src/domain, never pages, server or mocks (docs/design.md).',
      ),
    },
  },
  // Pages and components: stores and domain, never a transport.
  {
    files: ['src/pages/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/subpackages/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        [...TRANSPORTS, '@/api/*-transport', '@/api/client', '**/server/**', '**/mock/**', '**/tests/**'],
        'pages and components read stores and domain; they never call a transport (docs/design.md).',
      ),
      'no-restricted-properties': ['error', { object: 'Taro', property: 'request', message: 'Only src/api/taro-transport.ts calls Taro.request.' }, ...IOS12_PROPERTIES, ...NAVIGATION],
    },
  },
  // The WeChat main package (tab-bar pages, onboarding and the shared components) keeps NutUI's
  // form widgets out: with them it measured 430.7 KB against its 400 KB budget.
  {
    files: ['src/pages/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    ignores: ['src/components/nut/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...TRANSPORTS, '@/api/*-transport', '@/api/client', '**/server/**', '**/mock/**', '**/tests/**'],
              message: 'pages and components read stores and domain; they never call a transport (docs/design.md).',
            },
            {
              group: ['@/components/nut', '@/components/nut/*', '**/components/nut', '**/components/nut/*', '../nut', '../nut/*', './nut', './nut/*'],
              message: 'NutUI form widgets are for subpackage pages only (main-package budget, src/components/nut/index.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/*.{ts,tsx}'],
    ignores: ['src/app.ts'],
    rules: {
      'no-restricted-imports': restrict(['**/server/**', '**/mock/**', '**/tests/**'], 'src never imports server, mock or tests.'),
    },
  },
  {
    files: ['server/**/*.ts', 'mock/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...UI.filter((p) => !p.startsWith('@tarojs')), '@tarojs/*', '**/src/stores/**', '**/src/pages/**', '**/src/components/**', '@/*'],
        'server and mock import src/domain and src/api/contract only, by relative path (docs/design.md).',
      ),
    },
  },
);

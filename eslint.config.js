// Lint: typescript-eslint recommended, React hooks, and the import rules of docs/design.md.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

const UI = ['react', 'react-dom', 'react/*', 'react-dom/*', '@tarojs/*', 'zustand', 'zustand/*'];
const TRANSPORTS = ['msw', 'msw/*', 'node:*', 'fastify', '@fastify/*', 'better-sqlite3', 'pino'];
// What neither the server nor the mocks import: the app's UI and its layers above the contract.
const APP_LAYERS = [...UI.filter((p) => !p.startsWith('@tarojs')), '@tarojs/*', '**/src/stores/**', '**/src/pages/**', '**/src/components/**', '@/*'];
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
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'localStorage', 'process', 'window', 'document'],
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
      'no-restricted-properties': ['error', { object: 'Taro', property: 'request', message: 'Only src/api/taro-transport.ts calls Taro.request.' }],
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
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...APP_LAYERS],
        'server imports src/domain and src/api/contract only, by relative path (docs/design.md).',
      ),
    },
  },
  // What the server shares with the mocks (which also run in the browser, `npm run dev:h5`):
  // no Node, no Fastify, no database driver.
  {
    files: ['server/core/**/*.ts', 'server/storage/types.ts', 'server/auth/login.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...APP_LAYERS, ...TRANSPORTS],
              message: 'server/core, server/storage/types.ts and server/auth/login.ts run in the mocks too: no Node, Fastify or driver (docs/design.md).',
            },
            {
              regex: '^\\.\\./(?!\\.\\./src/|core/|storage/types$|auth/login$)|^\\./(sqlite|tokens)$',
              message: 'server/core, server/storage/types.ts and server/auth/login.ts import only each other, src/domain and src/api/contract (docs/design.md).',
            },
          ],
        },
      ],
    },
  },
  // The mocks take from the server only what it shares with them.
  {
    files: ['mock/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: APP_LAYERS, message: 'mock imports src/domain and src/api/contract, by relative path (docs/design.md).' },
            {
              regex: '(^|/)server/(?!core/|storage/types$|auth/login$)',
              message: 'mock takes from server/ only what it shares: server/core, server/storage/types.ts, server/auth/login.ts (docs/design.md).',
            },
          ],
        },
      ],
    },
  },
);

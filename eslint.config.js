// Lint: typescript-eslint recommended, React hooks, and the layers of docs/design.md: which folder
// may import which (import-x/no-restricted-paths, resolved files), no import cycles, which npm
// packages each folder may use, and no region code outside src/domain.
const fs = require('node:fs');
const path = require('node:path');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const importX = require('eslint-plugin-import-x');
const { createTypeScriptImportResolver } = require('eslint-import-resolver-typescript');
const globals = require('globals');

const UI = ['react', 'react-dom', 'react/*', 'react-dom/*', '@tarojs/*', 'zustand', 'zustand/*'];
const TRANSPORTS = ['msw', 'msw/*', 'node:*', 'fastify', '@fastify/*', 'better-sqlite3', 'pino'];
// What neither the server nor the mocks import: the app's UI layers (the zones below keep src/ out).
const APP_LAYERS = [...UI.filter((p) => !p.startsWith('@tarojs')), '@tarojs/*', '@/*'];
const restrict = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

// ---- folders: who may import whom (docs/design.md, "The layers") -----------------------------
const DESIGN = '(docs/design.md)';
const OUTSIDE_SRC = ['./server', './mock', './tests', './bench', './scripts'];
const below = (layer, forbidden, why) => ({ target: `./src/${layer}`, from: [...forbidden.map((f) => `./src/${f}`), ...OUTSIDE_SRC], message: `${why} ${DESIGN}` });

/** Where pages live: the main package's tab pages, the profile subpackage, the other subpackage pages. */
const PAGE_GROUPS = ['pages', 'profile', 'subpackages'];

/** One zone per page folder and group: it imports no other page's files (its `_components` are its own). */
function pageZones(group) {
  const dir = path.join(__dirname, 'src', group);
  const pages = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
  const message = `A page imports only its own files; its _components are private. Move what two pages share to src/components, src/hooks, src/utils or the engine ${DESIGN}.`;
  return pages.flatMap((page) =>
    PAGE_GROUPS.map((other) => ({ target: `./src/${group}/${page}`, from: `./src/${other}`, ...(group === other ? { except: [`./${page}`] } : {}), message })),
  );
}

const ZONES = [
  below('domain', ['api', 'stores', 'hooks', 'utils', 'components', ...PAGE_GROUPS], 'src/domain is the engine: it imports nothing of the project.'),
  below('api', ['stores', 'hooks', 'utils', 'components', ...PAGE_GROUPS], 'src/api imports only the engine’s types.'),
  below('utils', ['api', 'stores', 'hooks', 'components', ...PAGE_GROUPS], 'src/utils are platform helpers over the engine: no stores, no UI.'),
  below('stores', ['hooks', 'components', ...PAGE_GROUPS], 'src/stores import the engine, src/api and src/utils; never UI.'),
  below('hooks', ['components', ...PAGE_GROUPS], 'src/hooks sit under the components and pages that use them.'),
  below('components', [...PAGE_GROUPS], 'src/components are shared: they import no page.'),
  {
    target: ['./src/hooks', './src/utils', './src/components', './src/pages', './src/profile', './src/subpackages', './src/stores/slices', './src/stores/!(services).ts'],
    from: './src/api',
    except: ['./contract'],
    message: `Only src/stores/services.ts talks to the API client (the @/api barrel, its client and transports); others may use the contract’s types ${DESIGN}.`,
  },
  {
    target: ['./src/pages', './src/components/*.{ts,tsx}', './src/components/!(nut)/**'],
    from: './src/components/nut',
    message: 'NutUI form widgets are for subpackage pages only: they do not fit the main package’s 400 KB budget (src/components/nut/index.ts).',
  },
  ...PAGE_GROUPS.flatMap(pageZones),
  { target: ['./src/*/**', './src/!(app).{ts,tsx}'], from: OUTSIDE_SRC, message: `src never imports server, mock, tests or benchmarks; only src/app.ts loads mock/browser for H5 development ${DESIGN}.` },
  { target: ['./server', './mock'], from: './src', except: ['./domain', './api/contract'], message: `server and mock import src/domain and src/api/contract only ${DESIGN}.` },
];

// ---- region codes: a region is data (docs/design.md, Decisions) --------------------------------
const REGION_MESSAGE = 'A region code outside src/domain: ask the engine (src/domain/region-facts.ts) what the region has, needs or calls things.';
const REGION_CODES = [
  { selector: 'Literal[value=/^[1-9]\\d{5}$/]', message: REGION_MESSAGE },
  { selector: 'TemplateElement[value.raw=/(^|\\D)[1-9]\\d{5}(\\D|$)/]', message: REGION_MESSAGE },
  { selector: 'CallExpression[callee.property.name=/^(startsWith|endsWith)$/] > Literal.arguments[value=/^\\d+$/]', message: REGION_MESSAGE },
  { selector: 'Literal[regex.pattern=/^\\^\\d{2}/]', message: REGION_MESSAGE },
  { selector: 'BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(\\d{2}|\\d{4})$/]', message: REGION_MESSAGE },
];

// ---- iOS 12: the weapp's oldest phone (babel.config.js) -----------------------------------------
// Babel compiles syntax, not library calls, and the app ships no polyfills: built-ins iOS 12's
// JavaScriptCore lacks are refused in everything that ships in the app (the WeChat double,
// tests/weapp/double/realm.ts, removes the same ones at run time).
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
const ENGINE_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'localStorage', 'process', 'window', 'document'];
const TARO_REQUEST = { object: 'Taro', property: 'request', message: 'Only src/api/taro-transport.ts calls Taro.request.' };
// Page changes go through src/utils/navigation.ts, which keeps WeChat's stack and tab rules.
const NAVIGATION = ['navigateTo', 'redirectTo', 'switchTab', 'navigateBack', 'reLaunch'].map((property) => ({
  object: 'Taro',
  property,
  message: 'Use openPage / replacePage / goBack / restartAt from @/utils/navigation (WeChat: 10 pages, tabs only by switchTab).',
}));

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
  // Folders: the zones above, and no cycle among the project's own files.
  {
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'mock/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(__dirname, 'tsconfig.json') })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: __dirname, zones: ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,cjs,mjs}'],
    ignores: ['src/domain/**', 'tests/**', 'mock/fixtures/**', 'bench/**'],
    rules: { 'no-restricted-syntax': ['error', ...REGION_CODES] },
  },
  // npm packages per folder. The engine is pure: dayjs and itself, no network, no Node.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([...UI, ...TRANSPORTS, '@/*', 'axios', 'node-fetch'], 'src/domain is pure TypeScript: only dayjs and its own files, by relative path (docs/design.md).'),
      'no-restricted-globals': ['error', ...ENGINE_GLOBALS],
    },
  },
  // The API client: Taro.request lives in one transport file.
  {
    files: ['src/api/**/*.ts'],
    ignores: ['src/api/taro-transport.ts'],
    rules: { 'no-restricted-imports': restrict([...UI, ...TRANSPORTS], 'src/api is plain TypeScript; Taro.request lives in src/api/taro-transport.ts (docs/design.md).') },
  },
  {
    files: ['src/stores/**/*.ts', 'src/hooks/**/*.{ts,tsx}', 'src/utils/**/*.ts', 'src/components/**/*.{ts,tsx}', 'src/pages/**/*.{ts,tsx}', 'src/profile/**/*.{ts,tsx}', 'src/subpackages/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: TRANSPORTS, message: 'The app reaches the network through src/stores/services.ts only; no msw, Node or server packages (docs/design.md).' }],
          paths: [{ name: '@tarojs/components', importNames: ['Button'], message: 'Use Button from @/components: Taro’s H5 button takes no keyboard focus (src/components/Button).' }],
        },
      ],
      'no-restricted-properties': ['error', { object: 'Taro', property: 'request', message: 'Only src/api/taro-transport.ts calls Taro.request.' }],
    },
  },
  {
    files: ['src/components/Button/index.tsx'],
    rules: { 'no-restricted-imports': restrict(TRANSPORTS, 'No network packages in a component (docs/design.md).') },
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
  // What ships in the app, after the rules above (a later block's rule replaces an earlier one's):
  // iOS 12's missing built-ins everywhere, navigation only through src/utils/navigation.ts.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/contract/**'],
    rules: {
      'no-restricted-properties': ['error', TARO_REQUEST, ...IOS12_PROPERTIES, ...NAVIGATION],
      'no-restricted-globals': ['error', ...IOS12_GLOBALS],
      'no-restricted-syntax': ['error', ...REGION_CODES, IOS12_METHODS],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...ENGINE_GLOBALS, ...IOS12_GLOBALS], 'no-restricted-syntax': ['error', IOS12_METHODS] },
  },
  { files: ['src/api/taro-transport.ts'], rules: { 'no-restricted-properties': ['error', ...IOS12_PROPERTIES, ...NAVIGATION] } },
  { files: ['src/utils/navigation.ts'], rules: { 'no-restricted-properties': ['error', TARO_REQUEST, ...IOS12_PROPERTIES] } },
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

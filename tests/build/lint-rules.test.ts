// The lint rules that keep the layers of docs/design.md: each snippet is linted with the project's
// own eslint.config.js as if it stood at the given path (in one child process: ESLint loads its
// config by dynamic import, which jest's module system does not run).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

interface Case {
  name: string;
  filePath: string;
  code: string;
}

const LINT = `
const { ESLint } = require('eslint');
const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = {};
  for (const c of cases) {
    const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
    out[c.name] = result.messages.map((m) => m.ruleId ?? m.message);
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function lint(cases: Case[]): Record<string, string[]> {
  const stdout = execFileSync(process.execPath, ['-e', LINT], { cwd: ROOT, input: JSON.stringify(cases), encoding: 'utf8' });
  return JSON.parse(stdout) as Record<string, string[]>;
}

const REGION_TEST = "export const hunan = (region: string): boolean => region.startsWith('43');\n";
const REGION_CODE = "export const hengyang = (region: string): boolean => region === '430400';\n";

const cases: Case[] = [
  { name: 'region prefix in a page', filePath: 'src/pages/index/probe.ts', code: REGION_TEST },
  { name: 'region code in a store', filePath: 'src/stores/probe.ts', code: REGION_CODE },
  { name: 'region code in the server', filePath: 'server/probe.ts', code: REGION_CODE },
  { name: 'region code in the engine', filePath: 'src/domain/probe.ts', code: REGION_CODE },
  { name: 'region code in a test', filePath: 'tests/domain/probe.test.ts', code: REGION_CODE },
  { name: 'region code in a fixture', filePath: 'mock/fixtures/probe.ts', code: REGION_CODE },
  {
    name: 'another page’s _components',
    filePath: 'src/subpackages/quota/probe.ts',
    code: "import { QuotaCard } from '@/pages/index/_components/QuotaCard';\nexport const card = QuotaCard;\n",
  },
  {
    name: 'another subpackage’s _components, by relative path',
    filePath: 'src/subpackages/check/probe.ts',
    code: "import { BUCKET_LABELS } from '../estimate/_components/labels';\nexport const labels = BUCKET_LABELS;\n",
  },
  {
    name: 'its own _components',
    filePath: 'src/subpackages/estimate/probe.ts',
    code: "import { BUCKET_LABELS } from './_components/labels';\nexport const labels = BUCKET_LABELS;\n",
  },
  { name: 'a store in utils', filePath: 'src/utils/probe.ts', code: "import { useAppStore } from '@/stores';\nexport const store = useAppStore;\n" },
  { name: 'a hook in a store', filePath: 'src/stores/probe.ts', code: "import { useToday } from '@/hooks/useToday';\nexport const hook = useToday;\n" },
  { name: 'a page in a component', filePath: 'src/components/probe.ts', code: "import Home from '@/pages/index/index';\nexport const page = Home;\n" },
  { name: 'the API client in a page', filePath: 'src/pages/me/probe.ts', code: "import { createApiClient } from '@/api';\nexport const client = createApiClient;\n" },
  { name: 'the contract’s types in a page', filePath: 'src/pages/me/probe.ts', code: "import type { EnrollmentAnswer } from '@/api/contract';\nexport type Answer = EnrollmentAnswer;\n" },
  { name: 'the API client in services', filePath: 'src/stores/services.ts', code: "import { createApiClient } from '@/api';\nexport const client = createApiClient;\n" },
  { name: 'NutUI widgets in the main package', filePath: 'src/pages/me/probe.ts', code: "import { Field } from '@/components/nut';\nexport const field = Field;\n" },
  { name: 'a store in the engine', filePath: 'src/domain/probe.ts', code: "import { useAppStore } from '../stores';\nexport const store = useAppStore;\n" },
  { name: 'a store in the server', filePath: 'server/probe.ts', code: "import { useAppStore } from '../src/stores';\nexport const store = useAppStore;\n" },
  { name: 'the engine in the server', filePath: 'server/probe.ts', code: "import { prenatalQuota } from '../src/domain';\nexport const quota = prenatalQuota;\n" },
  { name: 'the mocks in a page', filePath: 'src/pages/index/probe.ts', code: "import { server } from '../../../mock/node';\nexport const mocks = server;\n" },
  { name: 'Object.fromEntries in a page (iOS 12)', filePath: 'src/pages/me/probe.ts', code: 'export const none = Object.fromEntries([]);\n' },
  { name: '.at() in the engine (iOS 12)', filePath: 'src/domain/probe.ts', code: 'export const first = (xs: number[]) => xs.at(0);\n' },
  { name: 'structuredClone in a hook (iOS 12)', filePath: 'src/hooks/probe.ts', code: 'export const copy = (x: object) => structuredClone(x);\n' },
  { name: 'Object.hasOwn in the contract (the server’s)', filePath: 'src/api/contract/probe.ts', code: "export const has = (o: object) => Object.hasOwn(o, 'a');\n" },
  { name: 'Taro.navigateTo in a component', filePath: 'src/components/probe.ts', code: "import Taro from '@tarojs/taro';\nexport const go = () => Taro.navigateTo({ url: '/x' });\n" },
  { name: 'Taro.switchTab in the navigation module', filePath: 'src/utils/navigation.ts', code: "import Taro from '@tarojs/taro';\nexport const go = () => Taro.switchTab({ url: '/x' });\n" },
  { name: 'Taro’s Button in a page', filePath: 'src/subpackages/check/probe.tsx', code: "import { Button } from '@tarojs/components';\nexport const button = Button;\n" },
  { name: 'Taro’s View in a page', filePath: 'src/subpackages/check/probe.tsx', code: "import { View } from '@tarojs/components';\nexport const view = View;\n" },
  { name: 'Taro’s Button in the app’s Button', filePath: 'src/components/Button/index.tsx', code: "import { Button } from '@tarojs/components';\nexport const button = Button;\n" },
];

let results: Record<string, string[]>;
beforeAll(() => {
  results = lint(cases);
}, 60_000);

test.each([
  ['region prefix in a page', 'no-restricted-syntax'],
  ['region code in a store', 'no-restricted-syntax'],
  ['region code in the server', 'no-restricted-syntax'],
  ['another page’s _components', 'import-x/no-restricted-paths'],
  ['another subpackage’s _components, by relative path', 'import-x/no-restricted-paths'],
  ['a store in utils', 'import-x/no-restricted-paths'],
  ['a hook in a store', 'import-x/no-restricted-paths'],
  ['a page in a component', 'import-x/no-restricted-paths'],
  ['the API client in a page', 'import-x/no-restricted-paths'],
  ['NutUI widgets in the main package', 'import-x/no-restricted-paths'],
  ['a store in the engine', 'import-x/no-restricted-paths'],
  ['a store in the server', 'import-x/no-restricted-paths'],
  ['the mocks in a page', 'import-x/no-restricted-paths'],
  ['Object.fromEntries in a page (iOS 12)', 'no-restricted-properties'],
  ['.at() in the engine (iOS 12)', 'no-restricted-syntax'],
  ['structuredClone in a hook (iOS 12)', 'no-restricted-globals'],
  ['Taro.navigateTo in a component', 'no-restricted-properties'],
  ['Taro’s Button in a page', 'no-restricted-imports'],
])('refused: %s (%s)', (name, rule) => {
  expect(results[name]).toEqual([rule]);
});

test.each([
  'region code in the engine',
  'region code in a test',
  'region code in a fixture',
  'its own _components',
  'the contract’s types in a page',
  'the API client in services',
  'the engine in the server',
  'Object.hasOwn in the contract (the server’s)',
  'Taro.switchTab in the navigation module',
  'Taro’s View in a page',
  'Taro’s Button in the app’s Button',
])('allowed: %s', (name) => {
  expect(results[name]).toEqual([]);
});

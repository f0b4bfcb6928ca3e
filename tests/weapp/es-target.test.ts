// iOS 12's JavaScriptCore parses ES2019, not later syntax (optional chaining, ??, class fields…):
// one file of dist/weapp it cannot parse and WeChat shows nothing. Babel targets iOS 12
// (babel.config.js); this checks every file WeChat would load, dependencies included. The
// built-ins iOS 12 lacks are refused by lint (eslint.config.js) and missing in the double's realm.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { WEAPP_ROOT } from './double/wechat';

function scripts(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return scripts(full);
    return e.name.endsWith('.js') ? [full] : [];
  });
}

const files = scripts(WEAPP_ROOT);

test('the check refuses what iOS 12 cannot parse', () => {
  for (const later of ['a?.b', 'a ?? b', 'class A { x = 1 }', '1_000']) expect(() => parse(later, { ecmaVersion: 2019 })).toThrow();
});

test('the build has its scripts', () => {
  expect(files.map((f) => path.relative(WEAPP_ROOT, f))).toEqual(expect.arrayContaining(['app.js', 'taro.js', 'vendors.js', 'common.js', 'pages/index/index.js']));
});

test.each(files.map((f) => [path.relative(WEAPP_ROOT, f), f]))('%s parses as ES2019', (_name, file) => {
  expect(() => parse(fs.readFileSync(file, 'utf8'), { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
});

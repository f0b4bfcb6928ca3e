// What only subpackage pages use stays out of WeChat's main package (budget 400 KB, test:size):
// the engine's second layer (src/domain/index.ts over core.ts: the documents list, the enrollment
// checks, what a region says on those pages, where to go after the birth, the allowance's reading
// and notices) lands with the pages that
// import it, while the engine the tab pages use is one module.
import fs from 'node:fs';
import path from 'node:path';
import { WEAPP_ROOT } from './double/wechat';

function scripts(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return scripts(full);
    return e.name.endsWith('.js') ? [full] : [];
  });
}

const app = JSON.parse(fs.readFileSync(path.join(WEAPP_ROOT, 'app.json'), 'utf8')) as { subPackages: { root: string }[] };
const inSubpackage = (file: string) => app.subPackages.some((s) => path.relative(WEAPP_ROOT, file).startsWith(`${s.root}/`));
const all = scripts(WEAPP_ROOT);
const main = all.filter((f) => !inSubpackage(f));
const holding = (files: string[], text: string) => files.filter((f) => fs.readFileSync(f, 'utf8').includes(text)).map((f) => path.relative(WEAPP_ROOT, f));

// Each piece only in its subpackage. First run and editing the profile are their own, profile/: a
// first launch fetches it (about 30 KB), not the 290 KB of every other page's subpackages/.
test.each([
  ['the policy documents list', '衡政发〔2025〕8号', 'subpackages/'],
  ['the enrollment checks', '请填写宝宝真实的出生日期', 'subpackages/'],
  ['how to find her own deductible and ratio', '本应用所依据的文件没有给出起付线和报销比例', 'subpackages/'],
  ['where to go and what to bring after the birth', '父母的结婚证（如有）', 'subpackages/'],
  ['reading an allowance request and its notices', '这里按满16周计算', 'subpackages/'],
  ['the profile form', '怎样推算孕周', 'profile/'],
  ['the welcome page', '欢迎使用孕保通', 'profile/'],
])('%s (%s): in %s, not in the main package', (_what, text, root) => {
  expect(holding(main, text)).toEqual([]);
  const found = holding(all, text);
  expect(found.length).toBeGreaterThan(0);
  expect(found.filter((f) => !f.startsWith(root))).toEqual([]);
});

test('the engine the main package uses is there once, in common.js', () => {
  expect(holding(main, '湘悦产康包')).toEqual(['common.js']);
  expect(holding(main, '给宝宝上户口（出生登记）')).toEqual(['common.js']);
});

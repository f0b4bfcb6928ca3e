// The production build starts in WeChat: App() registers, the first run lands on onboarding, and
// every page of app.json opens (as from a shared link or a cold start) with a seeded profile
// without an uncaught error, a rejected promise nobody handles, a console error, a blank page or
// an element WeChat has no template for.
import fs from 'node:fs';
import path from 'node:path';
import { WEAPP_ROOT } from './double/wechat';
import { POSTPARTUM_IN_HENGYANG, PREGNANT_IN_HENGYANG, expectHealthy, phonesOnOneServer, seededDevice } from './harness';

const phones = phonesOnOneServer();

test('App() registers and a first run opens onboarding with its privacy notice', async () => {
  const { wx } = await phones.launch();
  expect(wx.app).not.toBeNull();
  expect(wx.stack.map((p) => p.route)).toEqual(['profile/onboarding/index']);
  expect(wx.page.lines()).toEqual(expect.arrayContaining(['欢迎使用孕保通', '隐私说明', '同意并继续']));
  expectHealthy(wx);
});

const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP_ROOT, 'app.json'), 'utf8')) as { pages: string[]; subPackages: { root: string; pages: string[] }[] };
const allPages = [...appJson.pages, ...appJson.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];

// What each page shows first, for a Hengyang employee at 孕10周+2天 (the newborn and after-birth
// pages: a mother whose baby was born on 2026-02-20). The query is what a link to the page carries.
const PAGES: Record<string, { query?: Record<string, string>; postpartum?: boolean; shows: string[] }> = {
  'pages/index/index': { shows: ['孕保通', '孕10周+2天', '今天', '2026年3月11日'] },
  'pages/checks/index': { shows: ['产检', '今天 孕10周+2天', '产检费用与定额'] },
  'pages/packages/index': { shows: ['服务包', '湘护早孕包', '您现在的阶段'] },
  'pages/me/index': { shows: ['我的', '职工医保', '隐私与数据'] },
  'profile/onboarding/index': { shows: ['欢迎使用孕保通', '同意并继续'] },
  'subpackages/check/index': { query: { no: '3' }, shows: ['第三次产检', '孕20–24周', '把这次产检加入手机日历'] },
  'subpackages/quota/index': { shows: ['产检费用与定额', '产前检查定额'] },
  'subpackages/estimate/index': { shows: ['分娩费用估算', '医院是医保定点医疗机构吗？'] },
  'subpackages/eligibility/index': { shows: ['生育医保待遇自查', '第 1 步，共 3 步'] },
  'subpackages/newborn/index': { postpartum: true, shows: ['新生儿参保登记', '出生医学证明编号', '提交登记'] },
  'subpackages/newborn/list': { postpartum: true, shows: ['我的参保登记', '登记新生儿参保'] },
  'subpackages/documents/index': { shows: ['政策文件', 'HY-2025-8', '现行有效', '阅读 HY-2025-8 原文 ›'] },
  'subpackages/documents/text': { query: { id: 'HY-2025-8', article: '二(一)' }, shows: ['依据的条款：HY-2025-8 二(一)，已在原文中标出。', '原文'] },
  'subpackages/privacy/index': { shows: ['隐私与数据', '导出我的全部数据', '删除全部数据'] },
  'profile/edit/index': { shows: ['修改资料', '您在哪里参保？', '保存'] },
  'subpackages/after-birth/index': { postpartum: true, shows: ['产后要办的事', '给宝宝上户口（出生登记）', '还剩 9 天', '已办完'] },
  'subpackages/allowance/index': { shows: ['生育津贴', '计算需要的信息', '单位上年度职工月平均工资（元）', '填写上面的单位月平均工资后，这里显示金额。'] },
  'subpackages/subsidy/index': { shows: ['育儿补贴', '能领多少', '¥10,800.00', '怎么申领', '先上户口，再申领：补贴在孩子户籍所在地申领'] },
};

test('the table below covers every page of app.json', () => {
  expect(Object.keys(PAGES).sort()).toEqual([...allPages].sort());
});

test.each(allPages)('%s opens with a seeded profile', async (route) => {
  const spec = PAGES[route]!;
  const { wx } = await phones.launch({
    device: seededDevice(spec.postpartum ? POSTPARTUM_IN_HENGYANG : PREGNANT_IN_HENGYANG),
    path: route,
    ...(spec.query ? { query: spec.query } : {}),
  });
  expect(wx.stack.map((p) => p.route)).toEqual([route]);
  expectHealthy(wx);
  const undrawn = wx.page.tree.unrenderable().map(({ node }) => `<${node.nn} class="${String(node.cl ?? '').trim()}">`);
  expect(undrawn).toEqual([]);
  const text = wx.page.text();
  for (const words of spec.shows) expect(text).toContain(words);
  expect(text).not.toContain('正在打开');
});

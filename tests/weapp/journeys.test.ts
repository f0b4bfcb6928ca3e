// The seven journeys of the WeChat build, by taps in the double, against the real API:
// onboarding → the week; a check recorded → the quota; the delivery estimate; 资格自查;
// 服务包; WeChat login → enrollment → the list (a retry after lost answers makes one record);
// 我的: export and 删除全部数据.
import { newDevice, type Device } from './double/device';
import { type WechatDouble } from './double/wechat';
import { POSTPARTUM_IN_HENGYANG, PREGNANT_IN_HENGYANG, STORAGE_KEY, phonesOnOneServer, seededDevice, type Phone, type SeedProfile } from './harness';
import { choose, fill, pickDate } from './ui';

const phones = phonesOnOneServer({ checkHealth: true });
let phone: Phone | null = null;

/** A Wenzhou employee at 孕10周+2天: the prenatal quota is 3,000 yuan (WZ-DRAFT 二(一)). */
const PREGNANT_IN_WENZHOU: SeedProfile = { ...PREGNANT_IN_HENGYANG, region: '330300' };

const open = async (device: Device, path?: string, query?: Record<string, string>) => {
  phone = await phones.launch({ device, ...(path ? { path } : {}), ...(query ? { query } : {}) });
  return phone.wx;
};

const served = (wx: WechatDouble, method: string, path: string) => wx.network.log.filter((r) => r.method === method && new URL(r.url).pathname === `/api/v1${path}`);

test('1. onboarding: consent, WeChat privacy, her profile → home shows her week; a cold start goes straight home', async () => {
  const device = seededDevice(PREGNANT_IN_HENGYANG);
  device.storage.clear();
  device.privacyAgreed = false;
  const wx = await open(device);
  expect(wx.page.route).toBe('profile/onboarding/index');

  await wx.tap('同意并继续');
  expect(wx.page.text()).toContain('请先勾选同意');
  await wx.tap('我同意孕保通在本机保存我的孕期与健康信息');
  await wx.tap('同意并继续');
  expect(wx.privacyPrompts).toEqual([{ api: 'requirePrivacyAuthorize', answer: 'agree' }]);

  await wx.tap('衡阳市');
  await wx.tap('职工医保');
  await wx.tap('怀孕中');
  await pickDate(wx, '末次月经第一天', '2025-12-29');
  expect(wx.page.text()).toContain('按此推算：孕10周+2天，孕早期');
  await wx.tap('完成');

  expect(wx.stack.map((p) => p.route)).toEqual(['pages/index/index']);
  const home = wx.page.text();
  for (const words of ['衡阳市', '今天', '2026年3月11日', '孕10周+2天', '孕早期', '2026年10月5日', '距预产期还有 208 天', '下一次产检']) expect(home).toContain(words);
  expect(served(wx, 'POST', '/pregnancy/timeline').at(-1)).toMatchObject({ status: 200 });
  const stored = device.storage.peek(STORAGE_KEY) as string;
  expect(JSON.parse(stored)).toMatchObject({ state: { profile: { region: '430400', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: '2025-12-29' } } } });

  const again = await phone!.relaunch();
  expect(again.page.route).toBe('pages/index/index');
  expect(again.page.text()).toContain('孕10周+2天');
});

test('2. a check recorded → what it adds to the quota, on the check and in the ledger', async () => {
  const wx = await open(seededDevice(PREGNANT_IN_WENZHOU));
  await wx.tapTab('产检');
  await wx.tap('第一次产检');
  expect(wx.page.text()).toContain('现在可以做');
  await fill(wx, '这次产检的费用（元）', '350');
  expect(wx.page.text()).toContain('将记录：2026年3月11日，费用 ¥350.00');
  await wx.tap('保存记录');

  const check = wx.page.text();
  for (const words of ['已完成', '计入定额¥350.00', '定额外¥0.00', '定额剩余 ¥2,650.00（共 ¥3,000.00）', 'WZ-DRAFT 二(一)']) expect(check).toContain(words);
  const quotaRequests = served(wx, 'POST', '/prenatal-quota');
  expect(JSON.parse(quotaRequests.at(-1)!.body!)).toMatchObject({ region: '330300', claims: [{ id: 'check-1', date: '2026-03-11', amount: 35000 }] });
  expect(quotaRequests.at(-1)!.status).toBe(200);

  await wx.tap('查看产检费用记录');
  const ledger = wx.page.text();
  for (const words of ['定额¥3,000.00', '已用¥350.00', '剩余¥2,650.00', '共 1 次', '第一次产检']) expect(ledger).toContain(words);
  await wx.tapTab('产检');
  expect(wx.page.text()).toContain('已完成 1/12 次');
});

test('3. the delivery estimate: hospital and costs → what the fund pays and what she pays; kept for next time', async () => {
  const wx = await open(seededDevice(PREGNANT_IN_WENZHOU));
  await wx.tap('算一算分娩要自付多少');
  expect(wx.page.route).toBe('subpackages/estimate/index');
  await choose(wx, '医院是医保定点医疗机构吗？', '是');
  await choose(wx, '医院有产科吗？', '是');
  await fill(wx, '医保范围内的分娩费用', '4200');
  await fill(wx, '特需服务费用', '500');
  const result = wx.page.text();
  for (const words of ['温州职工生育全额保障', '¥500.00', '¥4,200.00', 'WZ-DRAFT']) expect(result).toContain(words);
  expect(served(wx, 'POST', '/delivery-estimate').at(-1)).toMatchObject({ status: 200 });

  const again = await phone!.relaunch('subpackages/estimate/index');
  expect(again.page.text()).toContain('温州职工生育全额保障');
  expect(again.page.text()).toContain('¥500.00');
});

test('4. 资格自查 for a family member: three steps → which benefits apply, another region’s apart; the result copied and shared', async () => {
  const wx = await open(seededDevice(PREGNANT_IN_WENZHOU));
  await wx.tapTab('我的');
  await wx.tap('资格自查');
  await choose(wx, '您在哪里参保？', '温州市');
  await wx.tap('下一步');
  await choose(wx, '您参加的是哪种医保？', '职工医保');
  await choose(wx, '您的单位是财政全额拨款的单位吗？', '不是');
  expect(wx.page.text()).toContain('第 2 步，共 3 步');
  await wx.tap('下一步');
  await choose(wx, '您现在是', '怀孕中');
  expect(wx.page.text()).toContain('第 3 步，共 3 步');
  await wx.tap('查看结果');

  const result = wx.page.text();
  for (const words of ['可以享受 6 项', '产前检查费用定额可以享受', '分娩费用全额保障可以享受', 'WZ-DRAFT 二(二)', '衡阳分娩基本医疗费用零自付不适用于您的地区']) expect(result).toContain(words);
  expect(result).not.toContain('共 8 项');
  await wx.tap('复制结果发给家人');
  expect(wx.clipboard.at(-1)).toContain('产前检查费用定额');
  expect(wx.page.text()).toContain('已复制，可以粘贴到聊天里');

  await wx.tap('分享给微信好友');
  const card = wx.shares.at(-1)!;
  expect(card).toMatchObject({ kind: 'page', title: '孕保通：查一查生育医保待遇' });
  expect(wx.shareFromMenu()).toEqual({ title: card.title, path: card.path }); // 转发 from the … menu: the same card
  // Her husband opens the card on his own phone, which has never run the app.
  const [route, query] = card.path!.slice(1).split('?') as [string, string];
  const family = await open(seededDevice(PREGNANT_IN_WENZHOU), route, Object.fromEntries(new URLSearchParams(query)));
  expect(family.page.text()).toContain('可以享受 6 项');
});

test('4b. 替家人查询 in WeChat: from the first screen without consent, and a shared result opened on a phone that never ran the app; nothing is stored', async () => {
  // A grandmother's phone: the app's first screen, no consent.
  const granny = newDevice();
  const wx = await open(granny);
  expect(wx.page.route).toBe('profile/onboarding/index');
  await wx.tap('生育医保待遇自查');
  expect(wx.page.route).toBe('subpackages/eligibility/index');
  expect(wx.page.text()).toContain('这次查询不需要同意，回答不会保存在这台手机上。');
  await choose(wx, '您在哪里参保？', '吉林市');
  await wx.tap('下一步');
  await choose(wx, '您参加的是哪种医保？', '职工医保');
  await choose(wx, '您的单位是财政全额拨款的单位吗？', '不是');
  await wx.tap('下一步');
  // The due date may stay empty (NutUI's picker measures itself with an API the double lacks;
  // tests/pages/family.test.tsx carries a due date through the share path).
  await choose(wx, '您现在是', '怀孕中');
  await wx.tap('查看结果');
  expect(wx.page.text()).toContain('吉林市 · 职工医保 · 怀孕中');
  expect(granny.storage.keys()).not.toContain(STORAGE_KEY);
  const seen = wx.page.text();

  // She shares it; her daughter's husband opens the card on a phone that never ran the app.
  await wx.tap('分享给微信好友');
  const card = wx.shares.at(-1)!;
  expect(card.path).toBe('/subpackages/eligibility/index?region=220200&insurance=employee&stage=pregnant&fullyFunded=0');
  const [route, query] = card.path!.slice(1).split('?') as [string, string];
  const stranger = newDevice();
  const receiver = await open(stranger, route, Object.fromEntries(new URLSearchParams(query)));
  expect(receiver.page.route).toBe('subpackages/eligibility/index');
  const text = receiver.page.text();
  expect(text).toBe(seen); // the same result, word for word
  expect(text).not.toContain('同意并继续');
  expect(stranger.storage.keys()).not.toContain(STORAGE_KEY);
});

test('5. 服务包: the package of her stage first, and its links to the quota and the estimate', async () => {
  const wx = await open(seededDevice(PREGNANT_IN_HENGYANG));
  await wx.tap('查看全部服务包');
  expect(wx.page.route).toBe('pages/packages/index');
  const text = wx.page.text();
  const order = ['湘迎备孕包', '湘护早孕包', '湘伴孕产包', '湘悦产康包', '湘佑新生包', '湘助成长包'].map((name) => text.indexOf(name));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect(text).toContain('湘护早孕包您现在的阶段');
  expect(served(wx, 'GET', '/service-packages').at(-1)).toMatchObject({ status: 200, url: expect.stringContaining('stage=pregnant&weeks=10') });
  await wx.tap('看产检费用与定额 ›');
  expect(wx.page.route).toBe('subpackages/quota/index');
  await wx.back();
  await wx.tap('估算分娩费用 ›');
  expect(wx.page.route).toBe('subpackages/estimate/index');
});

/** Fills the enrollment form of the newborn page as she would. */
async function fillEnrollment(wx: WechatDouble, certificateNo: string): Promise<void> {
  await fill(wx, '出生医学证明编号', certificateNo);
  await fill(wx, '宝宝的姓名', '张小满');
  await choose(wx, '宝宝的性别', '女');
  await fill(wx, '监护人姓名', '李华');
  await fill(wx, '监护人的身份证号', '430421199203150047');
}

test('6. WeChat login → enrollment → list; after two lost answers, her retry makes exactly one record', async () => {
  const device = seededDevice(POSTPARTUM_IN_HENGYANG);
  const wx = await open(device);
  await wx.tap('登记新生儿参保');
  // wx.login's one-time code, exchanged by the server at jscode2session for her openid.
  expect(wx.logins).toHaveLength(1);
  expect(phones.server.wechat.exchanges.at(-1)).toEqual({ code: wx.logins[0], errcode: 0 });
  await fillEnrollment(wx, 'R430123456');

  wx.network.loseNextAnswers(2); // the first send and the client's own retry reach the server; no answer comes back
  await wx.tap('提交登记');
  await wx.wait(31_000); // two 15 s timeouts
  const failed = wx.page.text();
  expect(failed).toContain('没有提交成功');
  expect(failed).toContain('您填写的内容已保留，可放心重试，不会重复登记。');
  await wx.tap('重试提交');

  const done = wx.page.text();
  for (const words of ['已登记，尚需到医保部门办理', '张小满（女）', '还剩 71 天', '2026年5月21日前', '李华 430421********0047']) expect(done).toContain(words);
  const posts = served(wx, 'POST', '/newborn-enrollments');
  expect(posts.map((p) => [p.status, p.fault ?? 'answered'])).toEqual([
    [201, 'answer-lost'],
    [200, 'answer-lost'],
    [200, 'answered'],
  ]);

  await wx.tap('查看我的全部登记');
  expect(wx.page.route).toBe('subpackages/newborn/list');
  expect(wx.page.text().match(/张小满/g)).toHaveLength(1);
  const stored = await phones.server.app.inject({ method: 'GET', url: '/api/v1/me/export', headers: { authorization: `Bearer ${tokenOf(device)}` } });
  expect((JSON.parse(stored.body) as { user: string; enrollments: unknown[] })).toMatchObject({ user: device.openid, enrollments: [{ certificateNo: 'R430123456' }] });

  // Twins and more: list → 再登记一个宝宝 → a blank form → result → the list again, which shows
  // every record so far; the pages link to each other, so this must not pile pages up.
  for (const [i, name] of ['张小雨', '张小雪', '张小霜', '张小露', '张小霞', '张小霁'].entries()) {
    await wx.tap('再登记一个宝宝');
    expect(wx.page.text()).toContain('提交登记');
    await fill(wx, '出生医学证明编号', `R43012346${i}`);
    await fill(wx, '宝宝的姓名', name);
    await choose(wx, '宝宝的性别', '女');
    await fill(wx, '监护人姓名', '李华');
    await fill(wx, '监护人的身份证号', '430421199203150047');
    await wx.tap('提交登记');
    expect(wx.page.text()).toContain(`${name}（女）`);
    await wx.tap('查看我的全部登记');
    expect(wx.page.text().match(/（女）已登记/g)).toHaveLength(i + 2);
  }
  expect(wx.maxStackDepth).toBeLessThanOrEqual(5);
  expect(wx.navigation.filter((n) => !n.ok)).toEqual([]);
});

function tokenOf(device: Device): string {
  const saved = JSON.parse(device.storage.peek(STORAGE_KEY) as string) as { state: { token: string } };
  return saved.state.token;
}

test('7. 我的 → 隐私与数据: export to a file (sent to a chat, copied), then 删除全部数据 on the server and the phone', async () => {
  const device = seededDevice(POSTPARTUM_IN_HENGYANG);
  const wx = await open(device, 'subpackages/newborn/index');
  await fillEnrollment(wx, 'R430765432');
  await wx.tap('提交登记');
  expect(wx.page.text()).toContain('已登记，尚需到医保部门办理');

  await wx.tapTab('我的');
  await wx.tap('隐私与数据');
  await wx.tap('导出我的全部数据');
  const note = wx.page.text();
  expect(note).toContain('已生成 yunbao-export-20260311.json');
  expect(note).toContain('已包含服务器上的新生儿参保登记');
  const file = wx.files.get('wxfile://usr/yunbao-export-20260311.json')!;
  const exported = JSON.parse(file) as { device: { profile: unknown }; server: { enrollments: { guardian: { idNo: string } }[] } };
  expect(exported.device.profile).toMatchObject({ stage: 'postpartum', birthDate: '2026-02-20' });
  expect(exported.server.enrollments[0]!.guardian.idNo).toBe('430421199203150047'); // the owner's export: unmasked
  await wx.tap('发送到聊天');
  expect(wx.shares.at(-1)).toEqual({ kind: 'file', path: 'wxfile://usr/yunbao-export-20260311.json', fileName: 'yunbao-export-20260311.json' });
  await wx.tap('复制内容');
  expect(wx.clipboard.at(-1)).toBe(file);

  const token = tokenOf(device);
  await wx.tap('删除全部数据');
  expect(wx.page.text()).toContain('确定删除全部数据？');
  await wx.tap('确定删除');
  const deleted = served(wx, 'DELETE', '/me');
  expect(deleted.map((r) => [r.headers['content-type'], r.body ?? null, r.status])).toEqual([['application/json', null, 204]]);
  expect(wx.stack.map((p) => p.route)).toEqual(['profile/onboarding/index']);
  expect(wx.page.text()).not.toContain('未能删除');
  // nothing left on the phone, and nothing written again until she consents anew
  expect(device.storage.peek(STORAGE_KEY)).toBeUndefined();
  const after = await phones.server.app.inject({ method: 'GET', url: '/api/v1/newborn-enrollments', headers: { authorization: `Bearer ${token}` } });
  expect(JSON.parse(after.body)).toEqual({ enrollments: [] });
});

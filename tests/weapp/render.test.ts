// Three pages rendered from the build's WXML by WeChat's own compiler (wcc) and
// miniprogram-simulate's engine, the page logic running in the double: the Chinese a person
// reads, and taps and typing on the rendered elements reaching the page as in WeChat. Each also
// checks that the double's reading of the page data says the same as the rendered document.
import { WxmlView, wccCompileMs } from './double/wxml-view';
import { POSTPARTUM_IN_HENGYANG, PREGNANT_IN_HENGYANG, phonesOnOneServer, seededDevice, type Phone } from './harness';

const phones = phonesOnOneServer({ checkHealth: true });
let view: WxmlView | null = null;
afterEach(() => {
  view?.close();
  view = null;
});

function render(p: Phone): WxmlView {
  view = new WxmlView(p.wx, p.wx.page);
  expect(view.text).toBe(p.wx.page.text());
  return view;
}

test('home: her week, the dates and the next check, in Chinese', async () => {
  const phone = await phones.launch({ device: seededDevice(PREGNANT_IN_HENGYANG) });
  const home = render(phone);
  expect(home.find('孕10周+2天').className).toBe('home-gestation__week');
  expect(home.find('衡阳市 · 今天 2026年3月11日')).toBeTruthy();
  for (const words of ['孕早期', '预产期 2026年10月5日', '距预产期还有 208 天', '下一次产检：第一次产检', '2026年2月9日 — 2026年4月5日（现在可以做）', '产前检查定额', '分娩费用估算']) {
    expect(home.text).toContain(words);
  }
  expect(wccCompileMs()).toBeGreaterThan(0);
  await home.tap(home.find('查看这次产检 ›'));
  expect(phone.wx.page.url).toBe('/subpackages/check/index?no=1');
});

test('a check: its window, reference items and the record form; typing and saving on the rendered page', async () => {
  const phone = await phones.launch({ device: seededDevice({ ...PREGNANT_IN_HENGYANG, region: '330300' }), path: 'subpackages/check/index', query: { no: '1' } });
  const check = render(phone);
  for (const words of ['第一次产检', '孕6–13周', '现在可以做', '参考项目', '尿HCG', '血红蛋白电泳试验（地贫筛查）', '记录这次产检', '检查日期', '2026年3月11日', '这次产检的费用（元）']) {
    expect(check.text).toContain(words);
  }
  await check.input(check.fieldAfter('这次产检的费用（元）', 'wx-input'), '350');
  expect(check.text).toContain('将记录：2026年3月11日，费用 ¥350.00');
  await check.tap(check.find('保存记录'));
  for (const words of ['已完成：2026年3月11日，费用 ¥350.00', '计入定额¥350.00', '定额剩余 ¥2,650.00（共 ¥3,000.00）']) expect(check.text).toContain(words);
  expect(check.text).toBe(phone.wx.page.text());
});

test('the enrollment form: every field labelled, her mistakes named, the result with the ID number masked', async () => {
  const phone = await phones.launch({ device: seededDevice(POSTPARTUM_IN_HENGYANG), path: 'subpackages/newborn/index' });
  const form = render(phone);
  for (const words of ['新生儿参保登记', '宝宝的信息', '出生医学证明编号', '在出生医学证明上，1 个大写字母加 9 位数字', '宝宝的姓名', '宝宝的性别', '宝宝的出生日期', '2026年2月20日', '监护人姓名', '监护人的身份证号', '18 位，最后一位可能是 X', '与宝宝的关系', '提交登记']) {
    expect(form.text).toContain(words);
  }
  // Each choice is drawn with its circle (NutUI's icon, an element WeChat has a template for).
  const options = [...form.dom.querySelectorAll('.nut-radio')];
  expect(options.length).toBe(10);
  for (const option of options) expect(option.querySelector('.nut-radio-icon, .nut-radio-icon-checked')).not.toBeNull();
  await form.input(form.fieldAfter('出生医学证明编号', 'wx-input'), 'R4301234');
  await form.tap(form.find('提交登记'));
  const errors = form.text;
  expect(errors).toContain('出生医学证明编号');
  expect(errors).not.toContain('已登记，尚需到医保部门办理');

  await form.input(form.fieldAfter('出生医学证明编号', 'wx-input'), 'R430999888');
  await form.input(form.fieldAfter('宝宝的姓名', 'wx-input'), '王小满');
  await form.tap(form.find('女'));
  await form.input(form.fieldAfter('监护人姓名', 'wx-input'), '王芳');
  await form.input(form.fieldAfter('监护人的身份证号', 'wx-input'), '430421199203150047');
  await form.tap(form.find('提交登记'));
  for (const words of ['已登记，尚需到医保部门办理', '王小满（女）', '王芳 430421********0047', '还剩 71 天']) expect(form.text).toContain(words);
  expect(form.text).not.toContain('430421199203150047');
});

// What only WeChat shows: the font size she set in WeChat, and the phone calendar's reminder.
import { ANDROID_PHONE, IPHONE, type SystemSettings } from './double/device';
import { PREGNANT_IN_HENGYANG, expectHealthy, phonesOnOneServer, seededDevice, type Phone } from './harness';

const phones = phonesOnOneServer();

/** The font scale every page root carries (PageRoot's --yb-fs). */
function pageFontScale(p: Phone): number {
  const root = p.wx.page.tree.byClass('yb-page')[0];
  const m = /--yb-fs:\s*([\d.]+)/.exec(String(root?.node.st ?? ''));
  if (!m) throw new Error(`no --yb-fs on ${p.wx.page.route}`);
  return Number(m[1]);
}

describe('WeChat font size (standard 17 px on iOS, 16 px on Android)', () => {
  test.each<[string, Partial<SystemSettings>, number]>([
    ['iPhone, standard', { ...IPHONE }, 1],
    ['Android, standard', { ...ANDROID_PHONE }, 1],
    ['Android one step up: 20 px is 1.25 of its 16 px', { ...ANDROID_PHONE, fontSizeSetting: 20, fontSizeScaleFactor: 1.25 }, 1.25],
    ['iPhone one step up: 20 px of 17 px', { ...IPHONE, fontSizeSetting: 20, fontSizeScaleFactor: 20 / 17 }, 1.18],
    ['care mode, capped at 1.6', { ...IPHONE, fontSizeSetting: 30, fontSizeScaleFactor: 30 / 17 }, 1.6],
    ['an older base library without the factor: Android 20 px', { ...ANDROID_PHONE, fontSizeSetting: 20, fontSizeScaleFactor: Number.NaN }, 1.25],
  ])('%s', async (_name, system, scale) => {
    const phone = await phones.launch({ device: seededDevice(PREGNANT_IN_HENGYANG, {}, { system }) });
    expect(pageFontScale(phone)).toBeCloseTo(scale, 2);
    expectHealthy(phone.wx);
  });
});

test('a check added to the phone calendar reminds her at 09:00 the day before, not at midnight', async () => {
  const { wx } = await phones.launch({ device: seededDevice(PREGNANT_IN_HENGYANG), path: 'subpackages/check/index', query: { no: '3' } });
  await wx.tap('把这次产检加入手机日历');
  expect(wx.permissionPrompts).toEqual([{ scope: 'scope.addPhoneCalendar', answer: 'allow' }]);
  expect(wx.calendar).toHaveLength(1);
  const [event] = wx.calendar;
  const start = Date.parse('2026-05-18T00:00:00+08:00') / 1000;
  expect(event).toMatchObject({ title: '孕保通：第三次产检（孕20–24周）', allDay: true, startTime: start, alarm: true, fromTap: true });
  expect(new Date(event!.ringsAt! * 1000).toISOString()).toBe('2026-05-17T01:00:00.000Z'); // 09:00 in Shanghai
  expect(wx.page.text()).toContain('已加入手机日历');
  expectHealthy(wx);
});

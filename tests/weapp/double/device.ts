// What outlives a launch of the mini-program: the phone's settings, WeChat's storage for the app,
// the privacy agreement and the permissions she granted, and how she answers system dialogs.
import { WxStorage } from './storage';

export interface SystemSettings {
  platform: 'ios' | 'android';
  /** WeChat's font size setting in px: 17 standard on iOS, 16 on Android; larger in care mode. */
  fontSizeSetting: number;
  /** getAppBaseInfo().fontSizeScaleFactor: the same setting as a factor of the standard size. */
  fontSizeScaleFactor: number;
  windowWidth: number;
  windowHeight: number;
  pixelRatio: number;
  /** WeChat base library. */
  SDKVersion: string;
}

export const IPHONE: SystemSettings = {
  platform: 'ios',
  fontSizeSetting: 17,
  fontSizeScaleFactor: 1,
  windowWidth: 390,
  windowHeight: 844,
  pixelRatio: 3,
  SDKVersion: '3.7.12',
};

export const ANDROID_PHONE: SystemSettings = {
  platform: 'android',
  fontSizeSetting: 16,
  fontSizeScaleFactor: 1,
  windowWidth: 393,
  windowHeight: 851,
  pixelRatio: 2.75,
  SDKVersion: '3.7.12',
};

/** How she answers WeChat's own dialogs (the double records each time one is shown). */
export interface DialogAnswers {
  /** WeChat's privacy popup (requirePrivacyAuthorize, or a privacy API before she agreed). */
  privacy: 'agree' | 'disagree';
  /** The permission dialog of scope.addPhoneCalendar. */
  calendar: 'allow' | 'deny';
  /** wx.showModal. */
  modal: 'confirm' | 'cancel';
}

export interface Device {
  system: SystemSettings;
  storage: WxStorage;
  /** She agreed to the mini-app's privacy guide (WeChat remembers it across launches). */
  privacyAgreed: boolean;
  /** Granted scopes (scope.addPhoneCalendar…). */
  scopes: Set<string>;
  answers: DialogAnswers;
  /** The WeChat user: the openid the fake jscode2session gives for this phone's codes. */
  openid: string;
}

let devices = 0;

export function newDevice(overrides: Partial<Omit<Device, 'system'>> & { system?: Partial<SystemSettings> } = {}): Device {
  devices += 1;
  const { system, ...rest } = overrides;
  return {
    storage: new WxStorage(),
    privacyAgreed: false,
    scopes: new Set(),
    answers: { privacy: 'agree', calendar: 'allow', modal: 'confirm' },
    openid: `o-double-${devices}`,
    ...rest,
    system: { ...IPHONE, ...system },
  };
}

// The persisted store: every stored version migrates; corrupt, truncated, broken or unknown
// versions reset to onboarding with a reason; actions and selectors.
import { STORAGE_KEY } from '@/stores/storage';
import { memory } from './taro-memory';
import { BROKEN, CONSENT_AT, V1_STATE, V2_STATE, V3_STATE, V4_STATE, V5_STATE, stored, truncated } from './fixtures';

jest.mock('@tarojs/taro', () => jest.requireActual('./taro-memory').taroMock);

// eslint-disable-next-line @typescript-eslint/consistent-type-imports
type Stores = typeof import('@/stores');

/** A cold start: the store module loaded fresh over what storage holds. */
function coldStart(): Stores {
  let mod: Stores | undefined;
  jest.isolateModules(() => {
    mod = jest.requireActual<Stores>('@/stores');
  });
  return mod!;
}

const CORRUPT = '本地数据已损坏，已重置，请重新填写。';

beforeEach(() => memory.clear());

describe('cold start from each stored version', () => {
  test('nothing stored: onboarding, no message', () => {
    const { useAppStore } = coldStart();
    expect(useAppStore.getState().profile).toBeNull();
    expect(useAppStore.getState().resetReason).toBeNull();
  });

  test('v1 migrates: flat LMP becomes a DatingInput, consentAt the consent object', () => {
    memory.set(STORAGE_KEY, stored(V1_STATE, 1));
    const { useAppStore, STORE_VERSION } = coldStart();
    const s = useAppStore.getState();
    expect(s.resetReason).toBeNull();
    expect(s.profile).toEqual({
      region: '430400',
      insurance: 'resident',
      stage: 'pregnant',
      dating: { method: 'lmp', date: '2026-01-05', cycleDays: 30 },
      consent: { healthDataOnDevice: true, at: CONSENT_AT },
    });
    expect(s.largeText).toBe(true);
    // written back in the current version
    expect(JSON.parse(memory.get(STORAGE_KEY) as string).version).toBe(STORE_VERSION);
  });

  test('v2 migrates: yuan become integer fen; a Jilin employee is "not registered yet"', () => {
    memory.set(STORAGE_KEY, stored(V2_STATE, 2));
    const { useAppStore } = coldStart();
    const s = useAppStore.getState();
    expect(s.resetReason).toBeNull();
    expect(s.checksDone['1']).toEqual({ date: '2026-02-20', amount: 12345, inList: true, publicHealth: false });
    expect(s.profile?.registeredOn).toBeNull();
    expect(s.profile?.dating).toEqual({ method: 'edd', date: '2026-10-12' });
  });

  test('v3 migrates: its dev login name waits as legacyDevName, no device secret yet', () => {
    memory.set(STORAGE_KEY, stored(V3_STATE, 3));
    const { useAppStore, STORE_VERSION } = coldStart();
    const s = useAppStore.getState();
    expect(s.resetReason).toBeNull();
    expect(s.profile?.region).toBe('330300');
    expect(s.estimateDraft).toEqual({ inScope: '4200' });
    expect(s.legacyDevName).toBe('abc');
    expect(s.deviceSecret).toBeNull();
    expect(s).not.toHaveProperty('deviceId');
    expect(s.afterBirthDone).toEqual([]);
    expect(s.allowanceDraft).toBeNull();
    expect(JSON.parse(memory.get(STORAGE_KEY) as string).version).toBe(STORE_VERSION);
  });

  test('v4 migrates: everything kept, nothing ticked after a birth, no allowance draft', () => {
    memory.set(STORAGE_KEY, stored(V4_STATE, 4));
    const { useAppStore, STORE_VERSION } = coldStart();
    const s = useAppStore.getState();
    expect(s.resetReason).toBeNull();
    expect(s.deviceSecret).toBe(V4_STATE.deviceSecret);
    expect(s.legacyDevName).toBeNull();
    expect(s.afterBirthDone).toEqual([]);
    expect(s.allowanceDraft).toBeNull();
    expect(JSON.parse(memory.get(STORAGE_KEY) as string).version).toBe(STORE_VERSION);
  });

  test('v5 (current) loads as stored, the ticks in the list’s order', () => {
    memory.set(STORAGE_KEY, stored(V5_STATE, 5));
    const { useAppStore } = coldStart();
    const s = useAppStore.getState();
    expect(s.resetReason).toBeNull();
    expect(s.profile).toMatchObject({ stage: 'postpartum', birthDate: '2026-02-20' });
    expect(s.afterBirthDone).toEqual(['birth-certificate', 'hukou']);
    expect(s.allowanceDraft).toEqual({ wage: '6000', difficult: false, babies: 1, childOrder: 2 });
  });

  test.each([1, 2, 3, 4, 5])('v%i truncated: reset to onboarding with the message, the bad value removed', (version) => {
    const state = { 1: V1_STATE, 2: V2_STATE, 3: V3_STATE, 4: V4_STATE, 5: V5_STATE }[version];
    memory.set(STORAGE_KEY, truncated(stored(state, version)));
    const { useAppStore } = coldStart();
    expect(useAppStore.getState().profile).toBeNull();
    expect(useAppStore.getState().resetReason).toBe(CORRUPT);
    expect(memory.has(STORAGE_KEY)).toBe(false);
  });

  test.each([1, 2, 3, 4, 5])('v%i with content that does not read as that version: reset with the message', (version) => {
    memory.set(STORAGE_KEY, stored(BROKEN[version], version));
    const { useAppStore } = coldStart();
    expect(useAppStore.getState().profile).toBeNull();
    expect(useAppStore.getState().checksDone).toEqual({});
    expect(useAppStore.getState().resetReason).toBe(CORRUPT);
  });

  test('a version newer than this build: reset, saying the data came from a newer version', () => {
    memory.set(STORAGE_KEY, stored(V3_STATE, 99));
    const { useAppStore } = coldStart();
    expect(useAppStore.getState().profile).toBeNull();
    expect(useAppStore.getState().resetReason).toMatch(/更新版本.*已重置/);
  });

  test.each([
    ['not JSON', 'hello'],
    ['JSON but not an envelope', '[1,2,3]'],
    ['version as a string', JSON.stringify({ state: V3_STATE, version: '3' })],
    ['version 0', stored(V3_STATE, 0)],
    ['state missing', JSON.stringify({ version: 3 })],
    ['an object instead of a string', { state: V3_STATE, version: 3 }],
  ])('%s: reset with the message', (_name, value) => {
    memory.set(STORAGE_KEY, value);
    const { useAppStore } = coldStart();
    expect(useAppStore.getState().profile).toBeNull();
    expect(useAppStore.getState().resetReason).toMatch(/已重置/);
  });

  test('after a reset the message is shown once: the next start is clean', () => {
    memory.set(STORAGE_KEY, 'garbage{');
    expect(coldStart().useAppStore.getState().resetReason).toBe(CORRUPT);
    expect(coldStart().useAppStore.getState().resetReason).toBeNull();
  });
});

describe('actions and selectors', () => {
  test('onboarding, records, birth and reset round-trip through storage', () => {
    const stores = coldStart();
    const { useAppStore, quotaClaims, resetAll } = stores;
    const s = useAppStore.getState();
    s.completeOnboarding(
      { region: '220000', insurance: 'employee', stage: 'pregnant', dating: { method: 'ivf', date: '2026-01-20', embryoDay: 5 }, registeredOn: null },
      CONSENT_AT,
    );
    s.markCheckDone(2, { date: '2026-03-10', amount: 20000, inList: true, publicHealth: false });
    s.markCheckDone(1, { date: '2026-02-20', amount: 35000, inList: false, publicHealth: false });
    expect(quotaClaims(useAppStore.getState())).toEqual([
      { id: 'check-1', date: '2026-02-20', amount: 35000, inList: false, publicHealth: false },
      { id: 'check-2', date: '2026-03-10', amount: 20000, inList: true, publicHealth: false },
    ]);
    // a second cold start reads the same
    const again = coldStart().useAppStore.getState();
    expect(again.profile?.registeredOn).toBeNull();
    expect(Object.keys(again.checksDone)).toEqual(['1', '2']);

    useAppStore.getState().recordBirth('2026-10-01');
    expect(useAppStore.getState().profile).toMatchObject({ stage: 'postpartum', birthDate: '2026-10-01' });
    useAppStore.getState().unmarkCheck(2);
    expect(Object.keys(useAppStore.getState().checksDone)).toEqual(['1']);

    resetAll();
    expect(useAppStore.getState().profile).toBeNull();
    expect(coldStart().useAppStore.getState().profile).toBeNull();
  });

  test('an ended pregnancy keeps its dating and drops birth fields; drafts merge and clear', () => {
    const { useAppStore } = coldStart();
    const s = useAppStore.getState();
    s.completeOnboarding({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } }, CONSENT_AT);
    s.recordEnded('2026-02-10');
    expect(useAppStore.getState().profile).toMatchObject({ stage: 'ended', endedOn: '2026-02-10', dating: { method: 'lmp', date: '2026-01-05' } });
    expect(useAppStore.getState().profile?.registeredOn).toBeUndefined();
    // recorded by mistake: undone, back to the pregnancy with its dating, the end date gone
    s.undoOutcome();
    expect(useAppStore.getState().profile).toMatchObject({ stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } });
    expect(useAppStore.getState().profile?.endedOn).toBeUndefined();
    s.setNewbornDraft({ babyName: '张小满' });
    s.setNewbornDraft({ sex: 'F' });
    expect(useAppStore.getState().newbornDraft).toEqual({ babyName: '张小满', sex: 'F' });
    s.clearDraft('newborn');
    expect(useAppStore.getState().newbornDraft).toBeNull();
  });

  test('after-birth ticks: kept in list order across a cold start, cleared by a new birth, an undo or a new stage, kept when the date is corrected', () => {
    const { useAppStore } = coldStart();
    const s = useAppStore.getState();
    s.completeOnboarding({ region: '430000', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } }, CONSENT_AT);
    s.recordBirth('2026-10-01');
    s.setAfterBirthTaskDone('newborn-enrollment', true);
    s.setAfterBirthTaskDone('hukou', true);
    s.setAfterBirthTaskDone('hukou', true);
    expect(useAppStore.getState().afterBirthDone).toEqual(['hukou', 'newborn-enrollment']);
    expect(coldStart().useAppStore.getState().afterBirthDone).toEqual(['hukou', 'newborn-enrollment']);
    s.setAfterBirthTaskDone('hukou', false);
    expect(useAppStore.getState().afterBirthDone).toEqual(['newborn-enrollment']);
    s.updateProfile({ birthDate: '2026-10-02' });
    expect(useAppStore.getState().afterBirthDone).toEqual(['newborn-enrollment']);
    // 修改出生日期 records the birth again: the same birth, the ticks stay
    s.recordBirth('2026-10-03');
    expect(useAppStore.getState().afterBirthDone).toEqual(['newborn-enrollment']);
    s.undoOutcome();
    expect(useAppStore.getState().afterBirthDone).toEqual([]);
    s.recordBirth('2026-10-03');
    s.setAfterBirthTaskDone('hukou', true);
    s.updateProfile({ stage: 'pregnant' });
    expect(useAppStore.getState().afterBirthDone).toEqual([]);
    s.setAfterBirthTaskDone('postpartum-check', true);
    s.recordEnded('2027-01-10');
    expect(useAppStore.getState().afterBirthDone).toEqual([]);
    s.setAllowanceDraft({ wage: '6000' });
    s.setAllowanceDraft({ difficult: true });
    expect(useAppStore.getState().allowanceDraft).toEqual({ wage: '6000', difficult: true });
    s.clearDraft('allowance');
    expect(useAppStore.getState().allowanceDraft).toBeNull();
  });
});

describe('nothing on the device before consent (替家人查询)', () => {
  test('without her profile no action writes; with it the state is saved; deleting everything removes it', () => {
    const { useAppStore, resetAll } = coldStart();
    const s = useAppStore.getState();
    s.setEligibilityDraft({ region: '330300', insurance: 'employee', stage: 'pregnant', step: 2 });
    s.setEstimateDraft({ inScope: '6000' });
    s.setOffline(true);
    s.setLargeText(true);
    s.dismissResetReason();
    expect(useAppStore.getState().eligibilityDraft).toMatchObject({ region: '330300' });
    expect(memory.has(STORAGE_KEY)).toBe(false);

    s.completeOnboarding({ region: '430400', insurance: 'resident', stage: 'planning' }, CONSENT_AT);
    const saved = JSON.parse(memory.get(STORAGE_KEY) as string).state;
    expect(saved.profile.consent).toEqual({ healthDataOnDevice: true, at: CONSENT_AT });
    // what she did in memory before consenting is hers too, saved with it
    expect(saved.largeText).toBe(true);

    resetAll();
    expect(memory.has(STORAGE_KEY)).toBe(false);
    useAppStore.getState().setEligibilityDraft({ step: 1 });
    expect(memory.has(STORAGE_KEY)).toBe(false);
  });
});

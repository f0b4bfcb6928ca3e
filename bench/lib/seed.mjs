// The persisted store that makes the home page show a pregnancy: key and version are read from
// src/stores (storage.ts, migrations.ts) so the seed follows the store; the value is wrapped the
// way Taro's H5 setStorageSync writes it (localStorage[key] = JSON.stringify({data: string})).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, addDaysIso, shanghaiToday } from './util.mjs';

export const WEEK_LABEL = /孕\d+周\+\d天/;

function storeConstants() {
  const storage = path.join(ROOT, 'src', 'stores', 'storage.ts');
  const migrations = path.join(ROOT, 'src', 'stores', 'migrations.ts');
  const key = existsSync(storage) ? readFileSync(storage, 'utf8').match(/STORAGE_KEY\s*=\s*['"]([^'"]+)['"]/)?.[1] : null;
  const version = existsSync(migrations) ? readFileSync(migrations, 'utf8').match(/STORE_VERSION\s*=\s*(\d+)/)?.[1] : null;
  return { key: key ?? 'yunbao-state', version: Number(version ?? 3) };
}

/** Pregnant at 12+3 today (Asia/Shanghai), Hengyang resident insurance, consent given. */
export function pregnancySeed(today = shanghaiToday()) {
  const { key, version } = storeConstants();
  const weeks = 12;
  const days = 3;
  const state = {
    profile: {
      region: '430400',
      insurance: 'resident',
      stage: 'pregnant',
      dating: { method: 'lmp', date: addDaysIso(today, -(weeks * 7 + days)) },
      consent: { healthDataOnDevice: true, at: `${addDaysIso(today, -7)}T02:00:00.000Z` },
    },
    checksDone: {},
    estimateDraft: null,
    eligibilityDraft: null,
    newbornDraft: null,
    token: null,
    expiresAt: null,
    deviceSecret: null,
    legacyDevName: null,
    hasServerAccount: false,
    enrollments: [],
    largeText: false,
  };
  return { key, value: JSON.stringify({ data: JSON.stringify({ state, version }) }), label: `孕${weeks}周+${days}天` };
}

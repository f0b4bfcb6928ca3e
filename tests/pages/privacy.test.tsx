// 隐私与数据: the consent date, the export file (device + server), and deletion on both after a
// confirm dialog.
import { act, render, screen, waitFor } from '@testing-library/react';
import Privacy from '@/subpackages/privacy/index';
import { server } from '../../mock/node';
import { useAppStore } from '@/stores';
import { enroll } from '@/stores/services';
import { setClock } from '@/utils/clock';
import { freshApp, onboarded, tap } from './helpers';

// NutUI reads Taro APIs (getCurrentInstance, getEnv, …) as named exports, which the shared shim
// only has on its default export: fall back to it. A proxy, because the shim and Taro's
// components require each other, so the default export may not exist yet when first asked.
jest.mock('@tarojs/taro', () => {
  const shim = jest.requireActual('../setup/taro-shim') as Record<string | symbol, unknown> & { default?: Record<string | symbol, unknown> };
  return new Proxy(
    {},
    {
      get: (_target, key) => {
        if (shim[key] !== undefined || key === '__esModule' || key === 'default') return shim[key];
        return shim.default ? shim.default[key] : (...args: unknown[]) => (shim.default![key] as (...a: unknown[]) => unknown)(...args);
      },
    },
  );
});

const enrollment = {
  certificateNo: 'R430765432',
  babyName: '王小禾',
  sex: 'M' as const,
  birthDate: '2026-02-20',
  region: '430400',
  guardian: { name: '王芳', idNo: '430421199203150047', relation: 'mother' as const, insuredInRegion: true },
};

let blobs: Blob[] = [];
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

beforeEach(() => {
  freshApp();
  onboarded({ region: '430400', insurance: 'resident', stage: 'postpartum', birthDate: '2026-02-20' });
  blobs = [];
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return 'blob:test';
  };
  URL.revokeObjectURL = () => undefined;
});
afterAll(() => {
  setClock(null);
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});

test('shows the consent she gave at onboarding, with its date', () => {
  render(<Privacy />);
  expect(screen.getByText('您于 2026年2月20日 同意孕保通在本机保存您的孕期与健康信息。')).toBeInTheDocument();
});

test('export downloads one JSON file with the device state and the server records', async () => {
  expect((await enroll(enrollment)).ok).toBe(true);
  render(<Privacy />);
  tap('导出我的全部数据');
  expect(await screen.findByText(/已下载 yunbao-export-20260301\.json。已包含服务器上的新生儿参保登记/)).toBeInTheDocument();
  expect(blobs).toHaveLength(1);
  const data = JSON.parse(await blobs[0]!.text());
  expect(data.device.profile).toMatchObject({ region: '430400', stage: 'postpartum', birthDate: '2026-02-20' });
  expect(data.device.token).toBeUndefined();
  expect(data.server.enrollments[0]).toMatchObject({ certificateNo: 'R430765432', guardian: { idNo: '430421199203150047' } });
});

test('issue 17: the export is said in plain words, and its amounts are also given in yuan for people', async () => {
  act(() => useAppStore.getState().markCheckDone(2, { date: '2026-01-10', amount: 35000, inList: true, publicHealth: false }));
  render(<Privacy />);
  expect(document.body.textContent).not.toMatch(/JSON/);
  expect(screen.getByText(/保存成一个文件/)).toBeInTheDocument();
  tap('导出我的全部数据');
  await screen.findByText(/已下载 yunbao-export-20260301\.json/);
  const data = JSON.parse(await blobs[0]!.text());
  // the machine part is kept as it is (fen) …
  expect(data.device.checksDone['2'].amount).toBe(35000);
  // … and said in words, with the amounts in yuan
  expect(data.readme.join('')).toContain('35000 即 350 元');
  expect(data.checkCosts).toEqual([{ check: '第二次产检', date: '2026年1月10日', cost: '¥350.00' }]);
});

test('delete asks first, then deletes on the server (DELETE /me) and on the device', async () => {
  expect((await enroll({ ...enrollment, certificateNo: 'R430765433' })).ok).toBe(true);
  const calls: string[] = [];
  const listener = ({ request }: { request: Request }) => calls.push(`${request.method} ${new URL(request.url).pathname}`);
  server.events.on('request:start', listener);
  render(<Privacy />);
  tap('删除全部数据');
  expect(await screen.findByText('确定删除全部数据？')).toBeInTheDocument();
  expect(useAppStore.getState().profile).not.toBeNull();
  act(() => screen.getByText('确定删除').click());
  await waitFor(() => expect(useAppStore.getState().profile).toBeNull());
  server.events.removeListener('request:start', listener);
  expect(calls).toContain('DELETE /api/v1/me');
  expect(useAppStore.getState().enrollments).toEqual([]);
  expect(useAppStore.getState().hasServerAccount).toBe(false);
});

test('cancel keeps everything', async () => {
  render(<Privacy />);
  tap('删除全部数据');
  act(() => screen.getByText('取消').click());
  expect(useAppStore.getState().profile).not.toBeNull();
});

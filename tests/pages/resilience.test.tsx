// Issue 7, point 6: with the API unreachable, answering 5xx or too slowly, every journey still
// works from the bundled engine (its figures plus 离线计算，结果来自内置政策), or — enrollment, which
// needs the server — fails with a clear Chinese message and a retry, with what she typed kept in
// the fields and in the store's drafts; once the server is back, the retry yields one record.
// Slow answers: the services' client is swapped for one with a short per-attempt timeout (the app's
// default is 15 s) over the same Taro transport, and the handlers never answer.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { Current } from '@tarojs/runtime';
import { createApiClient } from '@/api';
import { createTaroTransport } from '@/api/taro-transport';
import Home from '@/pages/index/index';
import Checks from '@/pages/checks/index';
import Packages from '@/pages/packages/index';
import CheckPage from '@/subpackages/check/index';
import Quota from '@/subpackages/quota/index';
import EstimatePage from '@/subpackages/estimate/index';
import Eligibility from '@/subpackages/eligibility/index';
import Newborn from '@/subpackages/newborn/index';
import EnrollmentList from '@/subpackages/newborn/list';
import { useAppStore, type ProfileInput } from '@/stores';
import { OFFLINE_MESSAGE, currentToken, setApiClient } from '@/stores/services';
import { setClock } from '@/utils/clock';
import { createHandlers, server } from '../../mock/node';
import { MockStore } from '../../mock/store';
import { LAST_SEEN_ENROLLMENT, NOW, choose, freshApp, fullText, myAccount, onboarded, tap, typeInto, renderPage } from './helpers';

// The shared Taro shim names Taro's hooks but not its API functions; NutUI imports some of those
// (getEnv, getCurrentInstance) by name.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro');
  return { __esModule: true, ...actual.default, ...actual, default: actual.default };
});

const API = 'http://localhost/api/v1';
const SHORT_TIMEOUT_MS = 80;

type Mode = 'unreachable' | '500' | 'slow';
const MODES: Mode[] = ['unreachable', '500', 'slow'];

/** Every endpoint fails the same way. */
function failEverything(mode: Mode): void {
  if (mode === 'slow') {
    setApiClient(createApiClient({ baseUrl: API, transport: createTaroTransport(), getToken: currentToken, timeoutMs: SHORT_TIMEOUT_MS }));
  }
  server.use(
    http.all(`${API}/*`, async () => {
      if (mode === 'unreachable') return HttpResponse.error();
      if (mode === '500') return HttpResponse.json({ error: { code: 'INTERNAL', message: 'internal error' } }, { status: 500 });
      await delay('infinite');
      return HttpResponse.error();
    }),
  );
}

/** The server is back (a fresh msw mock on the same store), with the app's default client. */
function recover(store: MockStore): void {
  setApiClient(null);
  server.resetHandlers(...createHandlers({ now: () => NOW, store, origin: 'http://localhost' }));
}

const WENZHOU_PREGNANT: ProfileInput = { region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } };
const HENGYANG_POSTPARTUM: ProfileInput = { region: '430400', insurance: 'resident', stage: 'postpartum', birthDate: '2026-02-27' };

/** What the enrollment failure says first, per failure (the client's Chinese messages). */
const FAILURE_MESSAGE: Record<Mode, string> = {
  unreachable: '网络连接失败，请检查网络后重试',
  '500': '服务暂时不可用，请稍后重试',
  slow: '请求超时，请稍后重试',
};

const offlineNoticeShown = async () => expect((await screen.findAllByText(OFFLINE_MESSAGE)).length).toBeGreaterThan(0);

async function openCheck(no: number) {
  Current.router = { params: { no: String(no) }, path: '/subpackages/check/index' } as unknown as typeof Current.router;
  return renderPage(<CheckPage />);
}

function pick(group: string, option: string) {
  fireEvent.click(within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: new RegExp(`^${option}`) }));
}

const ENROLLMENT = {
  certificateNo: 'r430123456',
  babyName: '张小满',
  guardianName: '李华',
  guardianId: '430421199203150047',
};

function fillEnrollment() {
  typeInto('出生医学证明编号', ENROLLMENT.certificateNo);
  typeInto('宝宝的姓名', ENROLLMENT.babyName);
  choose('女');
  typeInto('监护人姓名', ENROLLMENT.guardianName);
  typeInto('监护人的身份证号', ENROLLMENT.guardianId);
  tap('父母一方在湖南参加了基本医疗保险');
}

function expectEnrollmentKept() {
  expect(screen.getByLabelText('出生医学证明编号')).toHaveValue(ENROLLMENT.certificateNo);
  expect(screen.getByLabelText('宝宝的姓名')).toHaveValue(ENROLLMENT.babyName);
  expect(screen.getByLabelText('监护人姓名')).toHaveValue(ENROLLMENT.guardianName);
  expect(screen.getByLabelText('监护人的身份证号')).toHaveValue(ENROLLMENT.guardianId);
  expect(screen.getByLabelText('宝宝的出生日期')).toHaveValue('2026-02-27');
  expect(screen.getByRole('radio', { name: '女' })).toHaveAttribute('aria-checked', 'true');
  expect(useAppStore.getState().newbornDraft).toMatchObject({
    certificateNo: ENROLLMENT.certificateNo,
    babyName: ENROLLMENT.babyName,
    guardianName: ENROLLMENT.guardianName,
    guardianIdNo: ENROLLMENT.guardianId,
  });
}

interface Journey {
  name: string;
  run: (store: MockStore, mode: Mode) => Promise<void>;
}

const JOURNEYS: Journey[] = [
  {
    name: 'home',
    run: async () => {
      onboarded(WENZHOU_PREGNANT);
      render(<Home />);
      expect(await screen.findByText('孕7周+6天')).toBeInTheDocument();
      await offlineNoticeShown();
      expect(screen.getByText(/· 离线/)).toBeInTheDocument();
      expect(screen.getByText('预产期 2026年10月12日')).toBeInTheDocument();
    },
  },
  {
    name: '产检 timeline',
    run: async () => {
      onboarded(WENZHOU_PREGNANT);
      render(<Checks />);
      await offlineNoticeShown();
      expect(within(screen.getByRole('list', { name: '十二次产检' })).getAllByRole('listitem')).toHaveLength(12);
    },
  },
  {
    name: '产检 check page (marking done, typed amount kept)',
    run: async () => {
      onboarded(WENZHOU_PREGNANT);
      await openCheck(1);
      expect(await screen.findByText(fullText('2026年2月16日 — 2026年4月12日'))).toBeInTheDocument();
      typeInto('检查日期', '2026-02-20');
      typeInto('这次产检的费用（元）', '356.5');
      tap('保存记录');
      expect(useAppStore.getState().checksDone['1']).toEqual({ date: '2026-02-20', amount: 35650, inList: true, publicHealth: false });
      await waitFor(() => expect(screen.getByText(/定额剩余/)).toHaveTextContent('定额剩余 ¥2,643.50（共 ¥3,000.00）'));
      await offlineNoticeShown();
    },
  },
  {
    name: 'quota ledger',
    run: async () => {
      onboarded(WENZHOU_PREGNANT);
      act(() => useAppStore.getState().markCheckDone(1, { date: '2026-02-20', amount: 35650, inList: true, publicHealth: false }));
      render(<Quota />);
      expect(await screen.findByText('第一次产检')).toBeInTheDocument();
      const ledger = screen.getByRole('list', { name: '每次产检的报销' });
      expect(ledger).toHaveTextContent('计入定额¥356.50');
      await offlineNoticeShown();
      expect(screen.getByRole('progressbar', { name: '产前检查定额已用 12%' })).toBeInTheDocument();
    },
  },
  {
    name: 'estimate (typed costs kept)',
    run: async () => {
      onboarded(WENZHOU_PREGNANT);
      await renderPage(<EstimatePage />);
      pick('医院是医保定点医疗机构吗？', '是');
      pick('医院有产科吗？', '是');
      typeInto('医保范围内的分娩费用', '6000');
      typeInto('医保目录外费用', '250.5');
      expect(await screen.findByText('温州职工生育全额保障')).toBeInTheDocument();
      await offlineNoticeShown();
      await waitFor(() => expect(document.querySelector('.est-result__self')).toHaveTextContent('¥250.50'));
      expect(screen.getByLabelText('医保范围内的分娩费用')).toHaveValue('6000');
      expect(screen.getByLabelText('医保目录外费用')).toHaveValue('250.5');
      expect(JSON.stringify(useAppStore.getState().estimateDraft)).toContain('250.5');
    },
  },
  {
    name: 'eligibility (answers kept)',
    run: async () => {
      act(() => useAppStore.getState().setEligibilityDraft({ region: '220000', insurance: 'flexible', stage: 'postpartum', step: 99 }));
      render(<Eligibility />);
      await offlineNoticeShown();
      const benefits = ['可以享受的待遇', '不能享受的待遇', '不适用于您地区的待遇'].flatMap((name) => {
        const list = screen.queryByRole('list', { name });
        return list ? within(list).getAllByRole('listitem') : [];
      });
      expect(benefits).toHaveLength(8);
      expect(useAppStore.getState().eligibilityDraft).toMatchObject({ region: '220000', insurance: 'flexible', stage: 'postpartum' });
    },
  },
  {
    name: 'packages',
    run: async () => {
      onboarded({ region: '430400', insurance: 'resident', stage: 'planning' });
      render(<Packages />);
      await offlineNoticeShown();
      const items = within(screen.getByRole('list', { name: '六个服务包' })).getAllByRole('listitem');
      expect(items).toHaveLength(6);
      expect(within(items[0]!).getByRole('heading')).toHaveTextContent('湘迎备孕包');
    },
  },
  {
    name: 'newborn list (last seen, and says so)',
    run: async () => {
      onboarded(HENGYANG_POSTPARTUM);
      act(() =>
        useAppStore.getState().setEnrollments([LAST_SEEN_ENROLLMENT]),
      );
      render(<EnrollmentList />);
      expect(await screen.findByText('暂时连不上服务器，显示的是上次看到的登记')).toBeInTheDocument();
      expect(screen.getByText('王小禾（男）')).toBeInTheDocument();
    },
  },
  {
    name: 'newborn submit (clear failure, retry, form kept, one record after recovery)',
    run: async (store, mode) => {
      onboarded(HENGYANG_POSTPARTUM);
      const page = await renderPage(<Newborn />);
      // the login on opening fails too: she is told, and can still fill in the form
      expect(await screen.findByText('暂时连不上服务器')).toBeInTheDocument();
      fillEnrollment();
      tap('提交登记');
      expect(await screen.findByText('没有提交成功')).toBeInTheDocument();
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent(FAILURE_MESSAGE[mode]);
      expect(alert).toHaveTextContent('您填写的内容已保留，可放心重试，不会重复登记');
      expect(screen.getByText('重试提交')).toBeInTheDocument();
      expectEnrollmentKept();
      // a second failed attempt changes nothing
      tap('重试提交');
      await waitFor(() => expect(screen.getByText('重试提交')).toBeInTheDocument());
      expect(await screen.findByText('没有提交成功')).toBeInTheDocument();
      expectEnrollmentKept();

      recover(store);
      tap('重试提交');
      expect(await screen.findByText('已登记，尚需到医保部门办理')).toBeInTheDocument();
      expect(useAppStore.getState().newbornDraft).toBeNull();
      expect(await store.listEnrollments(await myAccount())).toHaveLength(1);
      page.unmount();

      render(<EnrollmentList />);
      const list = await screen.findByRole('list', { name: '新生儿参保登记' });
      expect(within(list).getAllByRole('listitem')).toHaveLength(1);
      expect(list).toHaveTextContent('张小满（女）');
    },
  },
];

let store: MockStore;
beforeEach(() => {
  freshApp();
  store = new MockStore();
});
afterEach(() => {
  setApiClient(null);
  Current.router = null;
});
afterAll(() => setClock(null));

describe.each(MODES)('API %s', (mode) => {
  test.each(JOURNEYS.map((j) => [j.name, j] as const))('%s', async (_name, journey) => {
    failEverything(mode);
    await journey.run(store, mode);
  });
});

// Journey 6, 新生儿参保: the device login, messages as she types (certificate, ID check digit,
// birth date, names), submit, the result (coverage start, birth-year waiver, masked ID, 已登记，
// 尚需到医保部门办理 with where, what to bring and days left), the list; a network failure mid-submit
// keeps the form and the retry yields one record.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { newbornTerms } from '@/domain';
import Newborn from '@/subpackages/newborn/index';
import EnrollmentList from '@/subpackages/newborn/list';
import { useAppStore } from '@/stores';
import { setClock } from '@/utils/clock';
import { server, createHandlers } from '../../mock/node';
import { MockStore } from '../../mock/store';
import { LAST_SEEN_ENROLLMENT, NOW, TODAY, choose, freshApp, myAccount, onboarded, tap, typeInto, renderPage } from './helpers';


let store: MockStore;
beforeEach(() => {
  freshApp();
  // the mock server on the same day as the app
  store = new MockStore();
  server.use(...createHandlers({ now: () => NOW, store, origin: 'http://localhost' }));
  onboarded({ region: '430400', insurance: 'resident', stage: 'postpartum', birthDate: '2026-02-27' });
});
afterAll(() => setClock(null));

async function fillValid() {
  await screen.findByText('宝宝的信息');
  typeInto('出生医学证明编号', 'r430123456');
  typeInto('宝宝的姓名', '张小满');
  choose('女');
  typeInto('监护人姓名', '李华');
  typeInto('监护人的身份证号', '430421199203150047');
  tap('父母一方在湖南参加了基本医疗保险');
}

test('messages as she types, from the engine’s validators', async () => {
  await renderPage(<Newborn />);
  await waitFor(() => expect(useAppStore.getState().token).not.toBeNull());
  expect(useAppStore.getState().deviceSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  typeInto('出生医学证明编号', 'R4301');
  expect(screen.getByText(/出生医学证明编号/, { selector: '.yb-error-text' })).toBeInTheDocument();
  typeInto('出生医学证明编号', 'R430123456');
  expect(document.querySelector('#nb-certificate-error')).toBeNull();
  typeInto('监护人的身份证号', '430421199203150048');
  expect(document.querySelector('#nb-guardian-id-error')?.textContent).toMatch(/校验/);
  typeInto('监护人的身份证号', '430421199203150047');
  expect(document.querySelector('#nb-guardian-id-error')).toBeNull();
  typeInto('宝宝的姓名', 'Tom');
  expect(document.querySelector('#nb-baby-name-error')?.textContent).toMatch(/汉字/);
  typeInto('宝宝的出生日期', '2026-03-05');
  expect(document.querySelector('#nb-birth-date-error')?.textContent).toBeTruthy();
  tap('提交登记');
  expect(screen.getByText('请先修改上面标红的内容')).toBeInTheDocument();
  expect(screen.getByText('请填写监护人姓名')).toBeInTheDocument();
  expect(await store.listEnrollments(await myAccount())).toHaveLength(0);
});

test('submit → 已登记，尚需到医保部门办理, with coverage from birth, the waiver, the masked ID and what is left to do', async () => {
  await renderPage(<Newborn />);
  await fillValid();
  expect(screen.getByLabelText('宝宝的出生日期')).toHaveValue('2026-02-27');
  tap('提交登记');
  expect(await screen.findByText('已登记，尚需到医保部门办理')).toBeInTheDocument();
  expect(screen.getByText('还剩 88 天')).toBeInTheDocument();
  const terms = newbornTerms({ birthDate: '2026-02-27', region: '430400', guardianInsuredInRegion: true }, TODAY);
  for (const w of terms.filing.where) expect(screen.getByText(`· ${w}`)).toBeInTheDocument();
  for (const b of terms.filing.bring) expect(screen.getByText(`· ${b}`)).toBeInTheDocument();
  expect(screen.getByText('医保生效日期（按时办完）').nextSibling).toHaveTextContent('2026年2月27日');
  expect(screen.getByText('出生当年参保缴费').nextSibling).toHaveTextContent('可以减免');
  expect(screen.getByText('李华 430421********0047')).toBeInTheDocument();
  expect(screen.queryByText(/430421199203150047/)).not.toBeInTheDocument();
  expect(screen.getByText('R430123456')).toBeInTheDocument();
  // the draft is cleared only now
  expect(useAppStore.getState().newbornDraft).toBeNull();
});

test('a network failure mid-submit keeps the form; the retry yields one record', async () => {
  let dropped = 0;
  // The server stores the post, then the connection drops before the answer arrives: twice, so the
  // client's own quiet repeat fails too and she sees it.
  server.use(
    http.post('http://localhost/api/v1/newborn-enrollments', async ({ request }) => {
      if (dropped >= 2) return undefined;
      dropped += 1;
      await fetch('http://stored.test/api/v1/newborn-enrollments', { method: 'POST', headers: request.headers, body: await request.text() });
      return HttpResponse.error();
    }),
    ...createHandlers({ now: () => NOW, store, origin: 'http://stored.test' }),
  );
  const page = await renderPage(<Newborn />);
  await fillValid();
  tap('提交登记');
  expect(await screen.findByText('没有提交成功')).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('您填写的内容已保留，可放心重试，不会重复登记');
  expect(screen.getByLabelText('出生医学证明编号')).toHaveValue('r430123456');
  expect(screen.getByLabelText('监护人的身份证号')).toHaveValue('430421199203150047');
  expect(useAppStore.getState().newbornDraft).toMatchObject({ certificateNo: 'r430123456', guardianName: '李华' });

  expect(dropped).toBe(2);
  tap('重试提交');
  expect(await screen.findByText('已登记，尚需到医保部门办理')).toBeInTheDocument();
  const owner = await myAccount();
  expect(await store.listEnrollments(owner)).toHaveLength(1);
  page.unmount();

  render(<EnrollmentList />);
  const list = await screen.findByRole('list', { name: '新生儿参保登记' });
  expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  expect(list).toHaveTextContent('张小满（女）');
  expect(list).toHaveTextContent('已登记，尚需到医保部门办理');
  expect(list).toHaveTextContent('430421********0047');
});

test('one dropped answer is repeated quietly by the client: still one record', async () => {
  let dropped = 0;
  server.use(
    http.post('http://localhost/api/v1/newborn-enrollments', async ({ request }) => {
      if (dropped >= 1) return undefined;
      dropped += 1;
      await fetch('http://stored.test/api/v1/newborn-enrollments', { method: 'POST', headers: request.headers, body: await request.text() });
      return HttpResponse.error();
    }),
    ...createHandlers({ now: () => NOW, store, origin: 'http://stored.test' }),
  );
  await renderPage(<Newborn />);
  await fillValid();
  tap('提交登记');
  expect(await screen.findByText('已登记，尚需到医保部门办理')).toBeInTheDocument();
  expect(await store.listEnrollments(await myAccount())).toHaveLength(1);
});

test('a certificate number someone else recorded does not block hers', async () => {
  const record = {
    id: 'other',
    status: 'submitted',
    certificateNo: 'R430123456',
    babyName: '王小禾',
    sex: 'M',
    birthDate: '2026-02-20',
    region: '430400',
    coverageStart: '2026-02-20',
    birthYearPremiumWaived: false,
    guardian: { name: '王芳', idNo: '430421199203150047', relation: 'mother', insuredInRegion: false },
    createdAt: NOW.toISOString(),
    citation: null,
  } as const;
  await store.insertEnrollment({ id: record.id, owner: 'device:someone-elses-account', certificateNo: record.certificateNo, fingerprint: 'x', record, createdAt: record.createdAt });
  await renderPage(<Newborn />);
  await fillValid();
  tap('提交登记');
  expect(await screen.findByText('已登记，尚需到医保部门办理')).toBeInTheDocument();
  expect(await store.listEnrollments(await myAccount())).toHaveLength(1);
});

test('her own certificate number sent again with other data is refused in words', async () => {
  const first = await renderPage(<Newborn />);
  await fillValid();
  tap('提交登记');
  expect(await screen.findByText('已登记，尚需到医保部门办理')).toBeInTheDocument();
  first.unmount();
  await renderPage(<Newborn />);
  await fillValid();
  typeInto('宝宝的姓名', '张小雨');
  tap('提交登记');
  expect(await screen.findByText('登记没有通过')).toBeInTheDocument();
  expect(screen.getByLabelText('宝宝的姓名')).toHaveValue('张小雨');
});

test('the list with no enrollments is an empty state', async () => {
  render(<EnrollmentList />);
  expect(await screen.findByText(/还没有新生儿参保登记/)).toBeInTheDocument();
});

test('the list offline shows what was last seen, and says so', async () => {
  act(() =>
    useAppStore.getState().setEnrollments([LAST_SEEN_ENROLLMENT]),
  );
  server.use(http.get('http://localhost/api/v1/newborn-enrollments', () => HttpResponse.error()));
  render(<EnrollmentList />);
  expect(await screen.findByText('暂时连不上服务器，显示的是上次看到的登记')).toBeInTheDocument();
  expect(screen.getByText('王小禾（男）')).toBeInTheDocument();
  expect(screen.getByText(/还剩 81 天/)).toBeInTheDocument();
});

test('no server: she can still fill in the form, and is told enrollment needs the connection', async () => {
  server.use(http.get('http://localhost/api/v1/health', () => HttpResponse.error()));
  await renderPage(<Newborn />);
  expect(await screen.findByText('暂时连不上服务器')).toBeInTheDocument();
  // (the <input> itself: jsdom shows Taro's wrapper with disabled="false", which jest-dom reads as disabled)
  expect(screen.getByLabelText('出生医学证明编号')).not.toHaveAttribute('disabled');
  expect((screen.getByLabelText('出生医学证明编号') as HTMLInputElement).disabled).toBe(false);
});

/** What the app keeps on this device (Taro's H5 storage under yunbao-state). */
const onDevice = () => window.localStorage.getItem('yunbao-state') ?? '';

test('issue 17 point 3: the privacy sentences say what is kept, where and how long; the local draft goes once the server has the record', async () => {
  await renderPage(<Newborn />);
  await screen.findByText('宝宝的信息');
  // no promise the server does not keep
  expect(screen.queryByText(/只用于这次登记/)).not.toBeInTheDocument();
  expect(screen.queryByText(/保存时会隐去/)).not.toBeInTheDocument();
  // on this phone: the full number, until the server has the record
  const device = screen.getByText(/这台手机/);
  expect(device).toHaveTextContent('完整身份证号');
  expect(device).toHaveTextContent('提交成功后');
  // on the server: the full number, encrypted, shown whole only in her export, until she deletes it
  const serverSentence = screen.getByText(/孕保通服务器/);
  expect(serverSentence).toHaveTextContent('加密保存完整的身份证号');
  expect(serverSentence).toHaveTextContent('导出');
  expect(serverSentence).toHaveTextContent('直到您在「我的 → 隐私与数据」删除');

  await fillValid();
  // what the sentence says is so: the draft with the full number is on this device now …
  expect(onDevice()).toContain('430421199203150047');
  tap('提交登记');
  expect(await screen.findByText('已登记，尚需到医保部门办理')).toBeInTheDocument();
  // … and gone once the server has the record (the device keeps the answer, its ID masked); the
  // result says where the number is now
  expect(onDevice()).not.toContain('430421199203150047');
  expect(onDevice()).toContain('430421********0047');
  expect(screen.getByText(/本机填写的内容已删除/)).toBeInTheDocument();
});

test('issue 17 point 10: a name error points to the paper the form asks for, never to 户口', async () => {
  await renderPage(<Newborn />);
  expect(screen.getByText('凭出生医学证明即可办理，不需要先上户口。')).toBeInTheDocument();
  typeInto('宝宝的姓名', 'Tom');
  const baby = document.querySelector('#nb-baby-name-error')?.textContent ?? '';
  expect(baby).toContain('请按出生医学证明上的姓名填写');
  expect(baby).not.toContain('户口');
  typeInto('监护人姓名', 'LiHua');
  const guardian = document.querySelector('#nb-guardian-name-error')?.textContent ?? '';
  expect(guardian).toMatch(/身份证上的姓名/);
  expect(guardian).not.toContain('户口');
});

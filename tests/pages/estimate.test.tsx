// Journey 3, 分娩费用估算: empty fields with hints (no invented figures), the result filling in as
// she types, the Hengyang scheme month sent as the first day of the month before, the self-pay
// figure with each line's payer and article, her own deductible and ratio when the answer needs
// them, the Wenzhou draft banner, and the draft kept across a restart.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import EstimatePage from '@/subpackages/estimate/index';
import { useAppStore } from '@/stores';
import { setClock } from '@/utils/clock';
import { server } from '../../mock/node';
import { freshApp, onboarded, tap, typeInto, renderPage, inputsReady } from './helpers';

// The shared Taro shim names Taro's hooks but not its API functions; NutUI imports some of those
// (getEnv, getCurrentInstance) by name.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro');
  return { __esModule: true, ...actual.default, ...actual, default: actual.default };
});


beforeEach(() => freshApp());
afterAll(() => setClock(null));

const COSTS = ['医保范围内的分娩费用', '医保目录外费用', '特需服务费用', '妊娠和分娩并发症治疗费用'];

/** Choose an option (by the start of its name) within the question `group`. */
function pick(group: string, option: string) {
  fireEvent.click(within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: new RegExp(`^${option}`) }));
}

function answerHospital(scheme?: '参加了' | '没有参加' | '不清楚') {
  pick('医院是医保定点医疗机构吗？', '是');
  pick('医院有产科吗？', '是');
  if (scheme) pick('这家医院参加了衡阳「分娩基本医疗费用零自付」吗？', scheme);
}

/** The large self-pay figure of the result. */
const selfPay = () => document.querySelector('.est-result__self');

/** The bodies sent to POST /delivery-estimate. */
function captureEstimates(): unknown[] {
  const bodies: unknown[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/delivery-estimate')) bodies.push(await request.clone().json());
  });
  return bodies;
}
afterEach(() => server.events.removeAllListeners());

test('the cost fields start empty, each with where to find the amount; no result before the hospital questions', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } });
  await renderPage(<EstimatePage />);
  for (const label of COSTS) expect(screen.getByLabelText(label)).toHaveValue('');
  expect(screen.getByText(/医院给的「预估费用」，或出院结算单/)).toBeInTheDocument();
  expect(screen.getAllByText(/出院结算单/).length).toBeGreaterThanOrEqual(3);
  // no verdict yet: the questions it still needs
  const missing = within(screen.getByRole('list', { name: '还需要回答的问题' })).getAllByRole('listitem');
  expect(missing.map((m) => m.textContent)).toEqual(['医院是不是医保定点医疗机构', '医院有没有产科', '这家医院有没有参加衡阳「分娩基本医疗费用零自付」']);
  // the delivery date defaults to her EDD
  expect(screen.getByLabelText('预计分娩日期')).toHaveValue('2026-10-12');
  expect(screen.getByText('默认是您的预产期 2026年10月12日')).toBeInTheDocument();
});

test('Hengyang in the scheme: the month picked is sent as the first day of the month before; self pay fills in as she types', async () => {
  const sent = captureEstimates();
  onboarded({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } });
  await renderPage(<EstimatePage />);
  answerHospital('参加了');
  // H5: the browser's month input (WeChat opens NutUI's year-month picker)
  const month = screen.getByLabelText('医院从哪个月开始执行零自付');
  expect(month).toHaveAttribute('type', 'month');
  expect(month).toHaveAttribute('min', '2026-01');
  typeInto('医院从哪个月开始执行零自付', '2026-01');
  expect(month).toHaveValue('2026-01');

  typeInto('医保范围内的分娩费用', '4200');
  expect(await screen.findByText('衡阳分娩基本医疗费用零自付')).toBeInTheDocument();
  typeInto('医保目录外费用', '300');
  typeInto('特需服务费用', '500.5');
  await waitFor(() => expect(selfPay()).toHaveTextContent('¥800.50'));
  const lines = within(screen.getByRole('list', { name: '各项费用由谁支付' })).getAllByRole('listitem');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toHaveTextContent('医保范围内的分娩费用¥4,200.00医保基金¥4,200.00自付¥0.00');
  expect(lines[0]).toHaveTextContent('依据：HY-2025-8 二(一)(三)(六)');
  expect(lines[1]).toHaveTextContent('医保目录外费用¥300.00医保基金¥0.00自付¥300.00');
  expect(lines[1]).toHaveTextContent('依据：HY-2025-8 二(三)');
  expect(screen.getByText('还不确定的')).toBeInTheDocument();

  await waitFor(() => expect(sent.length).toBeGreaterThan(0));
  const last = sent[sent.length - 1] as { hospital: { zeroCopay: unknown }; costs: unknown; deliveryDate: string };
  expect(last.hospital.zeroCopay).toEqual({ joinedOn: '2025-12-01' });
  expect(last.costs).toEqual({ inScope: 420000, outOfScope: 30000, specialNeeds: 50050, complications: 0 });
  expect(last.deliveryDate).toBe('2026-10-12');
});

/** The 估算结果 card. */
const resultCard = () => screen.getByRole('heading', { name: '估算结果' }).parentElement!;

test('issue 17 point 2: a half-filled form names what is missing, never a rule', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } });
  await renderPage(<EstimatePage />);
  pick('医院是医保定点医疗机构吗？', '是');
  expect(within(resultCard()).getByText('医院有没有产科')).toBeInTheDocument();
  pick('医院有产科吗？', '是');
  // the scheme could price her delivery: not answered yet, so no verdict
  expect(within(resultCard()).getByText('这家医院有没有参加衡阳「分娩基本医疗费用零自付」')).toBeInTheDocument();
  expect(within(resultCard()).queryByText('按普通住院规则报销')).not.toBeInTheDocument();
  pick('这家医院参加了衡阳「分娩基本医疗费用零自付」吗？', '参加了');
  typeInto('医保范围内的分娩费用', '4200');
  // 参加了, the month not picked: still no rule, and no word that the hospital is outside the scheme
  const card = resultCard();
  expect(within(card).getByText(/还需要/)).toBeInTheDocument();
  expect(within(card).getByText('医院从哪个月开始执行零自付')).toBeInTheDocument();
  expect(within(card).queryByText('按普通住院规则报销')).not.toBeInTheDocument();
  expect(screen.queryByText(/还没有参加衡阳/)).not.toBeInTheDocument();
  expect(document.querySelector('.est-result__self')).toBeNull();
  // the month picked: the rule and the figure
  typeInto('医院从哪个月开始执行零自付', '2026-01');
  expect(await within(resultCard()).findByText('衡阳分娩基本医疗费用零自付')).toBeInTheDocument();
  await waitFor(() => expect(selfPay()).toHaveTextContent('¥0.00'));
  // 不清楚 is an answer: estimated as not in the scheme, and said so
  pick('这家医院参加了衡阳「分娩基本医疗费用零自付」吗？', '不清楚');
  expect(await within(resultCard()).findByText('按普通住院规则报销')).toBeInTheDocument();
});

test('a Hunan employee outside the scheme is told why and enters her deductible and ratio', async () => {
  onboarded({ region: '430000', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } });
  await renderPage(<EstimatePage />);
  answerHospital();
  typeInto('医保范围内的分娩费用', '5000');
  typeInto('医保目录外费用', '200');
  expect(await screen.findByText('按普通住院规则报销')).toBeInTheDocument();
  expect(selfPay()).toHaveTextContent('还不能算出');
  expect(screen.getByText(/湖南职工的生育保险常按所在市的规定全额支付或按定额支付分娩费用/)).toBeInTheDocument();
  await inputsReady(); // the deductible and ratio fields appear with this answer
  typeInto('起付线（元）', '0');
  typeInto('报销比例（%）', '100');
  await waitFor(() => expect(selfPay()).toHaveTextContent('¥200.00'));
  typeInto('报销比例（%）', '150');
  expect(screen.getByText('请填写 0 到 100 的整数')).toBeInTheDocument();
});

test('a typo in an amount is pointed out, not guessed', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } });
  await renderPage(<EstimatePage />);
  answerHospital('没有参加');
  typeInto('医保范围内的分娩费用', '42OO');
  expect(screen.getByText('请填写金额（元），如 4200 或 4200.50')).toBeInTheDocument();
  expect(screen.getByText('请先改正上面标红的金额。')).toBeInTheDocument();
});

test('Wenzhou: the result rests on a draft and says so', async () => {
  onboarded({ region: '330300', insurance: 'employee', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } });
  await renderPage(<EstimatePage />);
  expect(screen.getByText('温州政策为征求意见稿')).toBeInTheDocument();
  answerHospital();
  typeInto('医保范围内的分娩费用', '6000');
  expect(await screen.findByText('温州职工生育全额保障')).toBeInTheDocument();
  await waitFor(() => expect(selfPay()).toHaveTextContent('¥0.00'));
});

test('the form survives a restart (the store draft, persisted)', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } });
  const first = await renderPage(<EstimatePage />);
  answerHospital('没有参加');
  typeInto('医保范围内的分娩费用', '3888');
  first.unmount();
  expect(window.localStorage.getItem('yunbao-state')).toContain('3888');
  await useAppStore.persist.rehydrate();
  await renderPage(<EstimatePage />);
  expect(screen.getByLabelText('医保范围内的分娩费用')).toHaveValue('3888');
  expect(screen.getByRole('radio', { name: '没有参加' })).toHaveAttribute('aria-checked', 'true');
  tap('清空重填');
  expect(screen.getByLabelText('医保范围内的分娩费用')).toHaveValue('');
  expect(useAppStore.getState().estimateDraft).toBeNull();
});

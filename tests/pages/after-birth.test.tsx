// After the birth (issue 18), what she sees: home after a birth (the dated list with days left and
// ticks kept, then the allowance and the subsidy), after a loss (only her check and the allowance,
// gently), while pregnant (产后能领什么); the whole list with where to go, what to bring, the source
// and, once late, what to do now; the 生育津贴 page (hers from her draft, a relative's from
// 资格自查 with nothing stored, offline from the engine); the 育儿补贴 page; 资格自查's links.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import Home from '@/pages/index/index';
import AfterBirth from '@/subpackages/after-birth/index';
import Allowance from '@/subpackages/allowance/index';
import Subsidy from '@/subpackages/subsidy/index';
import Eligibility from '@/subpackages/eligibility/index';
import { useAppStore, type ProfileInput } from '@/stores';
import { OFFLINE_MESSAGE } from '@/stores/services';
import { setClock } from '@/utils/clock';
import { server } from '../../mock/node';
import { choose, freshApp, onboarded, renderPage, tap, typeInto } from './helpers';

// The shared Taro shim names Taro's hooks but not its API functions; NutUI imports some of those
// (getEnv, getCurrentInstance) by name.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro');
  return { __esModule: true, ...actual.default, ...actual, default: actual.default };
});

// Today is 2026-03-01 (helpers.NOW).
const HUNAN_BORN: ProfileInput = { region: '430000', insurance: 'employee', stage: 'postpartum', birthDate: '2026-02-27' };

beforeEach(() => {
  freshApp();
  Current.router = null;
});
afterAll(() => {
  setClock(null);
  Current.router = null;
});

/** Open a page with this query, as a link from 资格自查 would. */
function openWith(params: Record<string, string>, path: string) {
  Current.router = { params, path } as unknown as typeof Current.router;
}

const tasksOf = (list: string) => within(screen.getByRole('list', { name: list })).getAllByRole('listitem').filter((el) => el.parentElement?.getAttribute('aria-label') === list);
/** A row's title, without its 下一件 mark. */
const titleOf = (row: HTMLElement) => row.querySelector('.home-task__title')?.textContent?.replace('下一件', '');
const cardOf = (title: string) => screen.getByRole('heading', { name: title, level: 2 }).closest('.yb-card') as HTMLElement;

describe('首页 after a birth', () => {
  test('the dated list first: each task with its days left, the next one marked; a tick is kept and moves it on', async () => {
    onboarded(HUNAN_BORN);
    render(<Home />);
    await screen.findByRole('list', { name: '产后要办的事' });
    const rows = tasksOf('产后要办的事');
    expect(rows.map((r) => titleOf(r))).toEqual([
      '领取出生医学证明',
      '给宝宝上户口（出生登记）',
      '产后42天健康检查',
      '给宝宝参加医保',
      '申领育儿补贴',
      '生育津贴',
    ]);
    // born 2026-02-27: the 户口 by 2026-03-27, the check by 2026-04-10, the enrollment by 2026-05-28
    expect(rows[1]).toHaveTextContent('出生后1个月内 · 2026年3月27日前 还剩 26 天');
    expect(rows[2]).toHaveTextContent('还剩 40 天');
    expect(rows[3]).toHaveTextContent('出生后90天内 · 2026年5月28日前 还剩 88 天');
    expect(within(rows[0]!).getByText('下一件')).toBeInTheDocument();

    const tick = screen.getByRole('checkbox', { name: '已办完：领取出生医学证明' });
    expect(tick).toHaveAttribute('aria-checked', 'false');
    tap(tick);
    expect(useAppStore.getState().afterBirthDone).toEqual(['birth-certificate']);
    expect(screen.getByRole('checkbox', { name: '已办完：领取出生医学证明' })).toHaveAttribute('aria-checked', 'true');
    expect(within(tasksOf('产后要办的事')[0]!).getByText('已完成')).toBeInTheDocument();
    expect(within(tasksOf('产后要办的事')[1]!).getByText('下一件')).toBeInTheDocument();
    // Space on the focused tick undoes it, as a keyboard user would
    fireEvent.keyDown(screen.getByRole('checkbox', { name: '已办完：领取出生医学证明' }), { key: ' ' });
    expect(useAppStore.getState().afterBirthDone).toEqual([]);
  });

  test('then the money: the allowance (days until she gives the wage, then the amount) and the subsidy by year, the 户口 first', async () => {
    onboarded(HUNAN_BORN);
    const home = render(<Home />);
    const allowance = await waitFor(() => cardOf('生育津贴'));
    await within(allowance).findByText('产假 98 天，期间可以领生育津贴，直接发给您本人');
    expect(within(allowance).getByText('依据：NAT-619 七')).toBeInTheDocument();

    const subsidy = cardOf('育儿补贴');
    expect(within(subsidy).getByText('¥10,800.00')).toBeInTheDocument();
    const years = within(within(subsidy).getByRole('list', { name: '每年可领的育儿补贴' })).getAllByRole('listitem');
    expect(years.map((y) => y.textContent)).toEqual(['2026年11 个月¥3,300.00', '2027年12 个月¥3,600.00', '2028年12 个月¥3,600.00', '2029年1 个月¥300.00']);
    expect(within(subsidy).getByText('2026年2月至2029年1月')).toBeInTheDocument();
    expect(within(subsidy).getByText('育儿补贴在孩子户籍所在地申领，所以要先给孩子办好出生登记（上户口）。')).toBeInTheDocument();
    home.unmount();

    act(() => useAppStore.getState().setAllowanceDraft({ wage: '6000' }));
    render(<Home />);
    const priced = await waitFor(() => cardOf('生育津贴'));
    await within(priced).findByText('¥19,600.00');
    expect(within(priced).getByText('按 98 天估算，直接发给您本人')).toBeInTheDocument();
    expect(within(priced).getByText('延长产假 60 天如果也发放，还可领 +¥12,000.00，请向医保部门确认。')).toBeInTheDocument();
    expect(within(priced).getByText('依据：SIL-2010 五十六')).toBeInTheDocument();
  });

  test('no allowance for a resident: the list has no allowance task and home no allowance card', async () => {
    onboarded({ ...HUNAN_BORN, insurance: 'resident' });
    render(<Home />);
    await screen.findByRole('list', { name: '产后要办的事' });
    expect(tasksOf('产后要办的事')).toHaveLength(5);
    expect(screen.queryByRole('heading', { name: '生育津贴' })).not.toBeInTheDocument();
    expect(cardOf('育儿补贴')).toHaveTextContent('¥10,800.00');
  });
});

test('首页 after a loss: only her check and the allowance, gently; nothing about a baby', async () => {
  // LMP 2025-10-01: 20 weeks on 2026-02-18
  onboarded({ region: '430400', insurance: 'employee', stage: 'ended', endedOn: '2026-02-18', dating: { method: 'lmp', date: '2025-10-01' } });
  render(<Home />);
  await screen.findByRole('list', { name: '接下来可以做的事' });
  expect(screen.getByText('愿您好好休养。这里只列出和您身体恢复、休假待遇有关的事，其余的都可以先放一放。')).toBeInTheDocument();
  expect(tasksOf('接下来可以做的事').map((r) => titleOf(r))).toEqual(['身体复查', '生育津贴']);
  expect(await screen.findByText('可以休 42 天，期间可以领生育津贴，直接发给您本人')).toBeInTheDocument();
  expect(screen.queryByText(/宝宝|户口|新生儿|育儿补贴/)).not.toBeInTheDocument();
  expect(screen.queryByText(/过期了怎么办/)).not.toBeInTheDocument();
});

describe('首页 while pregnant: 产后能领什么', () => {
  test('an employee: the subsidy expected from her EDD, and a link to estimate the allowance', async () => {
    onboarded({ region: '430000', insurance: 'employee', stage: 'pregnant', dating: { method: 'edd', date: '2026-09-01' } });
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
    try {
      render(<Home />);
      const card = await waitFor(() => cardOf('产后能领什么'));
      await within(card).findByText('¥10,800.00');
      expect(card).toHaveTextContent('育儿补贴（按预产期预估）¥10,800.00');
      expect(within(card).getByText('依据：GOV-2025-YEBT')).toBeInTheDocument();
      tap(within(card).getByText('按预产期估算生育津贴，安排产假'));
      expect(navigate).toHaveBeenCalledWith({ url: '/subpackages/allowance/index' });
    } finally {
      navigate.mockRestore();
    }
  });

  test('a resident: the subsidy only', async () => {
    onboarded({ region: '430000', insurance: 'resident', stage: 'pregnant', dating: { method: 'edd', date: '2026-09-01' } });
    render(<Home />);
    const card = await waitFor(() => cardOf('产后能领什么'));
    await within(card).findByText('¥10,800.00');
    expect(within(card).queryByText(/生育津贴/)).not.toBeInTheDocument();
  });
});

describe('产后要办的事, the whole list', () => {
  test('each task with when, where to go, what to bring and its source; ticks shared with home', () => {
    onboarded(HUNAN_BORN);
    render(<AfterBirth />);
    const tasks = tasksOf('产后要办的事');
    expect(tasks).toHaveLength(6);
    const hukou = tasks[1]!;
    expect(within(hukou).getByRole('heading', { name: '给宝宝上户口（出生登记）' })).toBeInTheDocument();
    expect(within(within(hukou).getByRole('list', { name: '去哪里办' })).getAllByRole('listitem').map((i) => i.textContent)).toEqual([
      '宝宝常住地派出所的户籍窗口',
      '“出生一件事”窗口（线下）',
    ]);
    expect(within(hukou).getByRole('list', { name: '要带什么' })).toHaveTextContent('出生医学证明');
    expect(within(hukou).getByText('依据：HUKOU-1958 七')).toBeInTheDocument();
    expect(within(tasks[0]!).getByText('依据：本应用所依据的文件未规定')).toBeInTheDocument();
    expect(within(tasks[3]!).getByText('在孕保通登记新生儿参保')).toBeInTheDocument();
    expect(within(tasks[5]!).getByText('算一算生育津贴')).toBeInTheDocument();
    expect(screen.queryByText('现在怎么办')).not.toBeInTheDocument();

    tap(within(hukou).getByRole('checkbox', { name: '已办完：给宝宝上户口（出生登记）' }));
    expect(useAppStore.getState().afterBirthDone).toEqual(['hukou']);
    expect(within(tasksOf('产后要办的事')[1]!).getByText('已完成')).toBeInTheDocument();
  });

  test('past its date a task stays, marked, with what to do now; the day before it is still due', () => {
    // born 2026-01-31: the 户口 due 2026-02-28 (one month, the month's last day) → one day late on 2026-03-01
    onboarded({ ...HUNAN_BORN, birthDate: '2026-01-31' });
    render(<AfterBirth />);
    const hukou = tasksOf('产后要办的事')[1]!;
    expect(hukou).toHaveTextContent('已过期限 1 天');
    expect(within(hukou).getByRole('note')).toHaveTextContent('现在怎么办已经超过1个月也可以办理');
    expect(tasksOf('产后要办的事')[2]).toHaveTextContent('还剩 13 天');
  });

  test('before a birth is recorded: it says what will be here', () => {
    onboarded({ region: '430000', insurance: 'employee', stage: 'pregnant', dating: { method: 'edd', date: '2026-09-01' } });
    render(<AfterBirth />);
    expect(screen.getByText('记录宝宝出生后，这里会按日期列出要办的事：去哪里办、带什么。')).toBeInTheDocument();
  });
});

describe('生育津贴', () => {
  /** The bodies sent to POST /maternity-allowance. */
  function captureAllowance(): unknown[] {
    const bodies: unknown[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/maternity-allowance')) void request.clone().json().then((b: unknown) => bodies.push(b));
    });
    return bodies;
  }
  afterEach(() => server.events.removeAllListeners('request:start'));

  const amount = () => document.querySelector('.al-result__amount')?.textContent;
  const leaveLines = () => within(screen.getByRole('list', { name: '产假天数' })).getAllByRole('listitem').map((l) => l.textContent);

  test('hers: the wage (the unit’s figure) → the amount large, the days line by line, the extended days, who pays to whom, what to ask; kept as her draft', async () => {
    onboarded(HUNAN_BORN);
    const bodies = captureAllowance();
    await renderPage(<Allowance />);
    expect(screen.getByText('按您的资料：湖南省其他地区 · 职工医保 · 分娩日期 2026年2月27日')).toBeInTheDocument();
    expect(screen.getAllByText(/这是单位的数字，不是您本人的工资，可以向单位人事询问/).length).toBeGreaterThan(0);
    expect(await screen.findByText('填写上面的单位月平均工资后，这里显示金额。')).toBeInTheDocument();

    typeInto('单位上年度职工月平均工资（元）', '6000');
    await waitFor(() => expect(amount()).toBe('¥19,600.00'));
    expect(screen.getByText('每天 ¥200.00 × 98 天')).toBeInTheDocument();
    expect(leaveLines()).toEqual(['产假98 天依据：NAT-619 七']);
    expect(screen.getByText('+¥12,000.00')).toBeInTheDocument();
    expect(screen.getByText('依据：HN-RKJS-2021')).toBeInTheDocument();
    expect(screen.getByText('直接发给您本人')).toBeInTheDocument();
    expect(screen.getByText('生育津贴从生育保险基金中支付。')).toBeInTheDocument();
    expect(screen.getByText('依据：NAT-619 八')).toBeInTheDocument();
    const ask = within(screen.getByRole('list', { name: '还要向医保部门问清楚的' })).getAllByRole('listitem');
    expect(ask.some((n) => /延长产假的60天是否也由生育保险基金发放生育津贴/.test(n.textContent ?? ''))).toBe(true);
    expect(useAppStore.getState().allowanceDraft).toEqual({ wage: '6000' });
    await waitFor(() => expect(bodies).toContainEqual(expect.objectContaining({ employerAverageMonthlyWage: 600000 })));

    // twins after a difficult birth, her second child: 98 + 15 + 15 days; Hunan's extended leave stays 60
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '这次生了几个宝宝？' })).getByRole('radio', { name: '2 个' }));
    tap(screen.getByRole('switch', { name: '难产' }));
    choose(/^第2个孩子/);
    await waitFor(() => expect(amount()).toBe('¥25,600.00'));
    expect(leaveLines()).toEqual(['产假98 天依据：NAT-619 七', '难产增加15 天依据：NAT-619 七', '多胞胎增加15 天依据：NAT-619 七']);
    expect(screen.getByText('合计').parentElement).toHaveTextContent('合计128 天');
    expect(useAppStore.getState().allowanceDraft).toEqual({ wage: '6000', babies: 2, difficult: true, childOrder: 2 });

    typeInto('单位上年度职工月平均工资（元）', '6千');
    expect(await screen.findByText('请填写金额（元），如 6000 或 6000.50')).toBeInTheDocument();
    tap('清空重填');
    expect(useAppStore.getState().allowanceDraft).toBeNull();
  });

  test('a Jilin employee is asked about her unit; a fully funded unit keeps paying her wages', async () => {
    onboarded({ ...HUNAN_BORN, region: '220000' });
    await renderPage(<Allowance />);
    typeInto('单位上年度职工月平均工资（元）', '6000');
    await waitFor(() => expect(amount()).toBe('¥19,600.00'));
    expect(screen.getByText('发给您的单位')).toBeInTheDocument();
    expect(screen.getByText('本应用所依据的文件没有写明延长的天数，请向单位确认您一共可以休多少天。')).toBeInTheDocument();
    choose(/^是/);
    expect(await screen.findByText('按现有文件不能领取生育津贴')).toBeInTheDocument();
    expect(amount()).toBeUndefined();
    expect(leaveLines()).toEqual(['产假98 天依据：NAT-619 七']);
    expect(useAppStore.getState().allowanceDraft?.fullyFunded).toBe(true);
  });

  test('after a loss her dating cannot date, she gives the weeks', async () => {
    onboarded({ region: '430000', insurance: 'employee', stage: 'ended', endedOn: '2026-02-10' });
    await renderPage(<Allowance />);
    expect(screen.queryByRole('radiogroup', { name: '这次生了几个宝宝？' })).not.toBeInTheDocument();
    expect(screen.getByText('填写上面的信息后，这里会显示结果。')).toBeInTheDocument();
    typeInto('妊娠终止时怀孕满几周', '12');
    await waitFor(() => expect(leaveLines()).toEqual(['产假（怀孕未满16周终止）15 天依据：NAT-619 七']));
    expect(screen.queryByText('延长产假')).not.toBeInTheDocument();
  });

  test('a relative from 资格自查: her answers from the link, asked here, nothing stored', async () => {
    openWith({ for: 'family', region: '330300', insurance: 'employee', date: '2026-05-01' }, '/subpackages/allowance/index');
    onboarded(HUNAN_BORN);
    await renderPage(<Allowance />);
    expect(screen.getByText('替家人算一算：填写的内容只在这一页使用，不会保存。')).toBeInTheDocument();
    expect(within(screen.getByRole('radiogroup', { name: '她在哪里参保？' })).getByRole('radio', { name: /^温州市/ })).toHaveAttribute('aria-checked', 'true');
    typeInto('单位上年度职工月平均工资（元）', '9000');
    choose(/^第2个孩子/);
    await waitFor(() => expect(amount()).toBe('¥29,400.00'));
    expect(screen.getByText('+¥27,000.00')).toBeInTheDocument();
    expect(screen.getByText('温州政策为征求意见稿')).toBeInTheDocument();
    expect(useAppStore.getState().allowanceDraft).toBeNull();
  });

  test('no profile at all: who she is and when are asked on the page', async () => {
    await renderPage(<Allowance />);
    expect(screen.getByText('填写上面的信息后，这里会显示结果。')).toBeInTheDocument();
    choose(/^衡阳市/);
    choose(/^城乡居民医保/);
    typeInto('分娩日期（还没生就填预产期）', '2026-02-20');
    expect(await screen.findByText('按现有文件不能领取生育津贴')).toBeInTheDocument();
    expect(screen.getByText('城乡居民医保不含生育保险，不享受生育津贴。')).toBeInTheDocument();
    expect(leaveLines()).toEqual(['产假98 天依据：NAT-619 七']);
    expect(useAppStore.getState().profile).toBeNull();
  });

  test('offline: the engine’s answer, said to be computed on the phone', async () => {
    server.use(http.post('*/api/v1/maternity-allowance', () => HttpResponse.error()));
    onboarded(HUNAN_BORN);
    await renderPage(<Allowance />);
    typeInto('单位上年度职工月平均工资（元）', '6000');
    expect(await screen.findByText(OFFLINE_MESSAGE)).toBeInTheDocument();
    expect(amount()).toBe('¥19,600.00');
  });
});

describe('育儿补贴', () => {
  test('hers: in all and by year, the months, the two steps (户口 first) with where, what to bring and sources', async () => {
    onboarded(HUNAN_BORN);
    render(<Subsidy />);
    expect(await screen.findByText('按出生日期 2026年2月27日 计算')).toBeInTheDocument();
    expect(screen.getByText('¥10,800.00')).toBeInTheDocument();
    expect(screen.getByText('每年 ¥3,600.00，共 36 个月')).toBeInTheDocument();
    const steps = within(screen.getByRole('list', { name: '申领步骤' })).getAllByRole('listitem');
    expect(steps.map((s) => s.querySelector('.sb-step__title')?.textContent)).toEqual(['第1步 给宝宝上户口（出生登记）', '第2步 申领育儿补贴']);
    expect(steps[0]).toHaveTextContent('依据：HUKOU-1958 七');
    expect(steps[1]).toHaveTextContent('当地政务服务平台（线上）；乡镇（街道）办事处（线下）');
    expect(steps[1]).toHaveTextContent('依据：GOV-2025-YEBT');
    expect(within(screen.getByRole('list', { name: '育儿补贴的说明' })).getAllByRole('listitem').map((n) => n.textContent)).toContain(
      '育儿补贴免征个人所得税（财政部 税务总局公告2025年第6号），也不计入低保等社会救助对象的家庭收入。',
    );
  });

  test('a relative picks the date; a child born in 2022-10 gets the months from January 2025', async () => {
    openWith({ for: 'family' }, '/subpackages/subsidy/index');
    render(<Subsidy />);
    expect(screen.getByText('选好日期后，这里会显示每年能领多少、怎么申领。')).toBeInTheDocument();
    typeInto('宝宝的出生日期（还没出生就填预产期）', '2022-10-20');
    await waitFor(() => expect(document.querySelector('.yb-subsidy__total')?.textContent).toBe('¥2,700.00'));
    expect(screen.getByText('2025年1月至2025年9月')).toBeInTheDocument();
    expect(useAppStore.getState().profile).toBeNull();
  });
});

test('资格自查’s result opens the calculators with her answers', async () => {
  const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never);
  try {
    act(() => useAppStore.getState().setEligibilityDraft({ region: '220200', insurance: 'employee', stage: 'pregnant', deliveryDate: '2026-08-01', fullyFunded: false, step: 99 }));
    render(<Eligibility />);
    tap(await screen.findByRole('link', { name: /^生育津贴/ }));
    expect(navigate).toHaveBeenLastCalledWith({ url: '/subpackages/allowance/index?for=family&region=220200&insurance=employee&date=2026-08-01&fullyFunded=0' });
    tap(screen.getByRole('link', { name: /^育儿补贴/ }));
    expect(navigate).toHaveBeenLastCalledWith({ url: '/subpackages/subsidy/index?for=family&region=220200&insurance=employee&date=2026-08-01&fullyFunded=0' });

    act(() => useAppStore.getState().setEligibilityDraft({ insurance: 'resident' }));
    expect(screen.queryByRole('link', { name: /^生育津贴/ })).not.toBeInTheDocument();
  } finally {
    navigate.mockRestore();
  }
});

// Journey 5, 服务包: the six packages, the current one first and highlighted, each service labelled
// 基础服务 or 升级服务（可能收费） (never 免费 as a label), 产前检查 and 住院分娩 linking to the quota and
// the estimate; outside Hunan the packages are information with no current one.
import { render, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import Packages from '@/pages/packages/index';
import { setClock } from '@/utils/clock';
import { server } from '../../mock/node';
import { freshApp, onboarded } from './helpers';

beforeEach(() => freshApp());
afterAll(() => setClock(null));

const ALL = ['湘迎备孕包', '湘护早孕包', '湘伴孕产包', '湘悦产康包', '湘佑新生包', '湘助成长包'];

const names = (items: HTMLElement[]) => items.map((i) => within(i).getByRole('heading').textContent);

test('Hengyang, 7 weeks pregnant: 湘护早孕包 first and highlighted, then the other five', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } });
  render(<Packages />);
  const list = await screen.findByRole('list', { name: '六个服务包' });
  const items = within(list).getAllByRole('listitem');
  expect(names(items)).toEqual(['湘护早孕包', '湘迎备孕包', '湘伴孕产包', '湘悦产康包', '湘佑新生包', '湘助成长包']);
  expect(within(items[0]!).getByText('您现在的阶段')).toBeInTheDocument();
  expect(items[0]!.className).toContain('pkg--current');
  expect(screen.getAllByText('您现在的阶段')).toHaveLength(1);
  // 精准保胎 is an upgrade, 早孕检测 basic
  expect(within(items[0]!).getByText('精准保胎').nextSibling).toHaveTextContent('升级服务（可能收费）');
  expect(within(items[0]!).getByText('早孕检测').nextSibling).toHaveTextContent('基础服务');
  // never labelled 免费
  expect(screen.queryAllByText('免费')).toHaveLength(0);
  expect(document.querySelectorAll('.pkg__tier').length).toBeGreaterThan(30);
  for (const el of document.querySelectorAll('.pkg__tier')) expect(['基础服务', '升级服务（可能收费）']).toContain(el.textContent);
  // medical care under her insurance links to what she pays
  expect(screen.getByRole('link', { name: '产前检查：看产检费用与定额' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '住院分娩：估算分娩费用' })).toBeInTheDocument();
});

test('Hengyang, baby 2 days old: 湘悦产康包 and 湘佑新生包 are both current', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'postpartum', birthDate: '2026-02-27' });
  render(<Packages />);
  const items = within(await screen.findByRole('list', { name: '六个服务包' })).getAllByRole('listitem');
  expect(names(items).slice(0, 2)).toEqual(['湘悦产康包', '湘佑新生包']);
  expect(screen.getAllByText('您现在的阶段')).toHaveLength(2);
});

test('outside Hunan: the six packages as information, none current', async () => {
  onboarded({ region: '220200', insurance: 'employee', stage: 'pregnant', registeredOn: '2026-02-01', dating: { method: 'lmp', date: '2026-01-05' } });
  render(<Packages />);
  expect(await screen.findByText('这是湖南省的服务包')).toBeInTheDocument();
  const items = within(screen.getByRole('list', { name: '六个服务包' })).getAllByRole('listitem');
  expect(names(items)).toEqual(ALL);
  expect(screen.queryByText('您现在的阶段')).not.toBeInTheDocument();
});

test('with the API unreachable the packages come from the bundled engine, and the page says so', async () => {
  server.use(http.get('*/api/v1/service-packages', () => HttpResponse.error()));
  onboarded({ region: '430400', insurance: 'resident', stage: 'planning' });
  render(<Packages />);
  expect(await screen.findByText('离线计算，结果来自内置政策')).toBeInTheDocument();
  const items = within(screen.getByRole('list', { name: '六个服务包' })).getAllByRole('listitem');
  expect(names(items)[0]).toBe('湘迎备孕包');
});

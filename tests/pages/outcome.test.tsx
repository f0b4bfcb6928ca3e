// Issue 17: a recorded birth (or an ended pregnancy) can be corrected or undone, after a
// confirmation; 本次妊娠已结束（未分娩） is offered in 我的, where it is looked for, not on every
// pregnant user's home page.
import { render, screen } from '@testing-library/react';
import Home from '@/pages/index/index';
import Me from '@/pages/me/index';
import { useAppStore } from '@/stores';
import { setClock } from '@/utils/clock';
import { freshApp, fullText, onboarded, tap, typeInto } from './helpers';

const DATING = { method: 'lmp' as const, date: '2025-06-10' };

beforeEach(() => freshApp());
afterAll(() => setClock(null));

test('a pregnant user’s home offers recording the birth only; 我的 offers the ended pregnancy too', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'pregnant', dating: { method: 'lmp', date: '2026-01-05' } });
  const home = render(<Home />);
  expect(await screen.findByText('宝宝出生了，记录分娩')).toBeInTheDocument();
  expect(screen.queryByText(/本次妊娠已结束/)).not.toBeInTheDocument();
  home.unmount();
  render(<Me />);
  expect(screen.getByText('宝宝出生了，记录分娩')).toBeInTheDocument();
  expect(screen.getByText('本次妊娠已结束（未分娩）')).toBeInTheDocument();
});

test('a recorded birth date can be corrected from home', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'postpartum', birthDate: '2026-02-27', dating: DATING });
  render(<Home />);
  tap(await screen.findByText('修改出生日期'));
  typeInto('正确的出生日期', '2026-02-26');
  tap('保存修改');
  expect(useAppStore.getState().profile).toMatchObject({ stage: 'postpartum', birthDate: '2026-02-26' });
  expect(await screen.findByText(fullText('出生日期 2026年2月26日，产检记录已结束。'))).toBeInTheDocument();
});

test('a birth recorded by mistake is undone after a confirmation: back to the pregnancy, dating kept', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'postpartum', birthDate: '2026-02-27', dating: DATING });
  render(<Home />);
  tap(await screen.findByText('撤销分娩记录'));
  // nothing changes before she confirms; 保留 keeps it
  expect(screen.getByText(/撤销后/)).toBeInTheDocument();
  tap('保留');
  expect(useAppStore.getState().profile?.stage).toBe('postpartum');
  tap(screen.getByText('撤销分娩记录'));
  tap('确认撤销');
  expect(useAppStore.getState().profile).toMatchObject({ stage: 'pregnant', dating: DATING });
  expect(useAppStore.getState().profile?.birthDate).toBeUndefined();
});

test('an ended pregnancy recorded by mistake can be undone from 我的', async () => {
  onboarded({ region: '430400', insurance: 'resident', stage: 'ended', endedOn: '2026-02-20', dating: DATING });
  render(<Me />);
  tap(screen.getByText('撤销这条记录'));
  tap('确认撤销');
  expect(useAppStore.getState().profile).toMatchObject({ stage: 'pregnant', dating: DATING });
});

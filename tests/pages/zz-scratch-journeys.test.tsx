import { render, screen, fireEvent } from '@testing-library/react';
import { DatePicker } from '@nutui/nutui-react-taro';

jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro');
  return { __esModule: true, ...actual, ...actual.default, default: actual.default };
});

test('datepicker', async () => {
  const onConfirm = jest.fn();
  render(<DatePicker visible title="选月份" type="year-month" showChinese startDate={new Date(2025,0,1)} endDate={new Date(2030,11,1)} defaultValue={new Date(2026,0,1)} onConfirm={onConfirm} onClose={() => {}} />);
  await new Promise((r) => setTimeout(r, 200));
  console.log(document.body.innerHTML.slice(0, 3000));
  fireEvent.click(screen.getByText('确认'));
  console.log(JSON.stringify(onConfirm.mock.calls));
});

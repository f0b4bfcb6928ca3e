import { render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Index from '@/pages/index/index';

test('the home page renders under jest', () => {
  render(<Index />);
  expect(screen.getByText('孕保通')).toBeInTheDocument();
  Taro.setStorageSync('k', 'v');
  expect(Taro.getStorageSync('k')).toBe('v');
});

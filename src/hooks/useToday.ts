// Today in Asia/Shanghai, re-read when the page shows again and at local midnight, so screens
// move on to the next day without a restart.
import { useEffect, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { todayInShanghai, type IsoDate } from '@/domain';
import { msUntilShanghaiMidnight, now } from '@/utils/clock';

export function useToday(): IsoDate {
  const [today, setToday] = useState<IsoDate>(() => todayInShanghai(now()));

  useDidShow(() => setToday(todayInShanghai(now())));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      // a little after midnight, so the new day has surely begun
      timer = setTimeout(() => {
        setToday(todayInShanghai(now()));
        schedule();
      }, msUntilShanghaiMidnight(now()) + 1000);
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);

  return today;
}

// Pages that need a profile: without one (first run, or data reset/deleted) go to onboarding.
import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { useAppStore, type Profile } from '@/stores';

export const ONBOARDING_URL = '/pages/onboarding/index';

let redirecting = false;

/** reLaunch to onboarding once, even when several mounted pages notice the missing profile together. */
export function goToOnboarding(): void {
  if (redirecting) return;
  redirecting = true;
  Promise.resolve(Taro.reLaunch({ url: ONBOARDING_URL }))
    .catch(() => undefined)
    .finally(() => {
      setTimeout(() => {
        redirecting = false;
      }, 500);
    });
}

export function useRequireProfile(): Profile | null {
  const profile = useAppStore((s) => s.profile);
  useEffect(() => {
    if (profile === null) goToOnboarding();
  }, [profile]);
  return profile;
}

// Pages that need a profile: without one (first run, or data reset/deleted) go to onboarding.
import { useEffect } from 'react';
import { useAppStore, type Profile } from '@/stores';
import { restartAt } from '@/utils/navigation';

export const ONBOARDING_URL = '/profile/onboarding/index';

let redirecting = false;

/** reLaunch to onboarding once, even when several mounted pages notice the missing profile together. */
export function goToOnboarding(): void {
  if (redirecting) return;
  redirecting = true;
  void restartAt(ONBOARDING_URL).finally(() => {
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

// Which package is hers today: the /service-packages query of her stage (rules §6).
import { daysBetween, datePregnancy, type IsoDate, type ServicePackagesQuery } from '@/domain';
import type { Profile } from '@/stores';

const MAX_CHILD_DAYS = 6574;

/** The query of her stage: which package is hers today (rules §6). Outside Hunan: none. */
export function packagesQueryOf(profile: Profile, today: IsoDate): ServicePackagesQuery {
  if (!profile.region.startsWith('43')) return {};
  switch (profile.stage) {
    case 'planning':
      return { stage: 'planning' };
    case 'pregnant': {
      if (!profile.dating) return {};
      const d = datePregnancy(profile.dating, today);
      return d.ok ? { stage: 'pregnant', weeks: Math.min(44, Math.max(0, d.value.gestation.weeks)) } : {};
    }
    case 'postpartum':
      return profile.birthDate ? { stage: 'postpartum', childAgeDays: Math.min(MAX_CHILD_DAYS, Math.max(0, daysBetween(profile.birthDate, today))) } : {};
    case 'ended':
      return profile.endedOn ? { stage: 'ended', daysSince: Math.min(MAX_CHILD_DAYS, Math.max(0, daysBetween(profile.endedOn, today))) } : {};
    default:
      return {};
  }
}

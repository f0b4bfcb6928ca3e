import { Text } from '@tarojs/components';
import { daysBetween, newbornTerms, type IsoDate } from '@/domain';
import { Card, Citation } from '@/components';
import { useAppStore, type Profile } from '@/stores';
import { openPage } from '@/utils/navigation';

interface Props {
  profile: Profile;
  birthDate: IsoDate;
  today: IsoDate;
}

/** The newborn's enrollment: days left of the 90 that keep cover from birth. */
export function NewbornCard({ profile, birthDate, today }: Props) {
  const enrollments = useAppStore((s) => s.enrollments);
  const terms = newbornTerms({ birthDate, region: profile.region, guardianInsuredInRegion: false }, today);
  const age = daysBetween(birthDate, today);
  const recorded = enrollments.filter((e) => e.birthDate === birthDate);
  if (recorded.length > 0) {
    return (
      <Card title="新生儿参保" action={{ label: '查看登记记录', onTap: () => void openPage('/subpackages/newborn/list') }}>
        <Text style={{ display: 'block' }}>已登记，尚需到医保部门办理。</Text>
        <Text className="yb-small" style={{ display: 'block' }}>
          {terms.daysLeft > 0 ? `出生后 90 天内办完，可从出生之日起享受医保，还剩 ${terms.daysLeft} 天。` : '已超过出生后 90 天，医保从办理参保之日起生效，请尽快办理。'}
        </Text>
        <Citation citation={terms.citation} />
      </Card>
    );
  }
  return (
    <Card
      title="新生儿参保"
      tone={terms.daysLeft > 0 ? 'accent' : 'warn'}
      action={{ label: '登记新生儿参保', onTap: () => void openPage('/subpackages/newborn/index') }}
    >
      <Text className="home-newborn__days">{terms.daysLeft > 0 ? `还剩 ${terms.daysLeft} 天` : '已超过 90 天'}</Text>
      <Text className="yb-small" style={{ display: 'block' }}>
        {terms.daysLeft > 0
          ? `宝宝出生第 ${age + 1} 天。出生后 90 天内参保，医保从出生之日起生效；凭出生医学证明即可办理，不需要先上户口。`
          : '出生超过 90 天后参保，医保从办理参保之日起生效，请尽快办理。'}
      </Text>
      <Citation citation={terms.citation} />
    </Card>
  );
}

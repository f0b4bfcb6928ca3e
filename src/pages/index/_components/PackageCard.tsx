import { View, Text } from '@tarojs/components';
import { hasServicePackages, SERVICE_TIER_NAMES, type IsoDate, type ServicePackagesAnswer } from '@/domain';
import { Card, StateView } from '@/components';
import { useOutcome } from '@/hooks/useOutcome';
import { packagesQueryOf, type Profile } from '@/stores';
import { fetchServicePackages } from '@/stores/services';
import { openPage } from '@/utils/navigation';

interface Props {
  profile: Profile;
  today: IsoDate;
  title?: string;
}

const openPackages = () => void openPage('/pages/packages/index');

/** The current service package where the packages apply (Hunan); elsewhere they are information only. */
export function PackageCard({ profile, today, title = '当前服务包' }: Props) {
  const applies = hasServicePackages(profile.region);
  const query = packagesQueryOf(profile, today);
  const { outcome, loading, retry } = useOutcome<ServicePackagesAnswer>(applies ? JSON.stringify(query) : null, (onInstant) => fetchServicePackages(query, onInstant));
  const action = { label: '查看全部服务包', onTap: openPackages };
  if (!applies) {
    return (
      <Card title="生育友好服务包" action={action}>
        <Text className="yb-small">服务包是湖南省的政策，您所在地区没有对应的服务包，可查看其内容作参考。</Text>
      </Card>
    );
  }
  if (loading || !outcome) return <Card title={title}><StateView status="loading" /></Card>;
  if (!outcome.ok) {
    return (
      <Card title={title}>
        <StateView status="error" message={outcome.error.message} onRetry={retry} />
      </Card>
    );
  }
  const current = outcome.value.packages.filter((p) => outcome.value.current.includes(p.id));
  if (current.length === 0) {
    return (
      <Card title={title} action={action}>
        <Text className="yb-small">目前没有对应您这个阶段的服务包。</Text>
      </Card>
    );
  }
  return (
    <Card title={title} action={action}>
      {current.map((p) => (
        <View key={p.id} className="home-package">
          <Text className="home-package__name">{p.name}</Text>
          {p.services.map((s) => (
            <View key={s.name} className="home-package__service">
              <Text>{s.name}</Text>
              <Text className={`home-package__tier home-package__tier--${s.tier}`}>{SERVICE_TIER_NAMES[s.tier]}</Text>
            </View>
          ))}
        </View>
      ))}
    </Card>
  );
}

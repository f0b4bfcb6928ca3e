import { View, Text } from '@tarojs/components';
import type { ServicePackagesAnswer, ServicePackagesQuery } from '@/domain';
import { Card, StateView } from '@/components';
import { useOutcome } from '@/hooks/useOutcome';
import type { Profile } from '@/stores';
import { fetchServicePackages } from '@/stores/services';
import { openPage } from '@/utils/navigation';

interface Props {
  profile: Profile;
  query: ServicePackagesQuery;
  title?: string;
}

const openPackages = () => void openPage('/pages/packages/index');

/** The current service package (Hunan's); elsewhere the packages are information only. */
export function PackageCard({ profile, query, title = '当前服务包' }: Props) {
  const { outcome, loading, retry } = useOutcome<ServicePackagesAnswer>(JSON.stringify(query), (onInstant) => fetchServicePackages(query, onInstant));
  const hunan = profile.region.startsWith('43');
  const action = { label: '查看全部服务包', onTap: openPackages };
  if (!hunan) {
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
              <Text className={`home-package__tier home-package__tier--${s.tier}`}>{s.tier === 'basic' ? '基础服务' : '升级服务（可能收费）'}</Text>
            </View>
          ))}
        </View>
      ))}
    </Card>
  );
}

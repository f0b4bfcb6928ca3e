// 服务包 (tab): Hunan's six 生育友好 service packages, the current one first and highlighted (from
// her stage and weeks, or the child's age), each service marked 基础服务 or 升级服务（可能收费）
// — never 免费: 产前检查 and 住院分娩 are medical care paid under her insurance, and link to the
// quota ledger and the delivery estimate. Outside Hunan they are information, with no current one.
import { View, Text } from '@tarojs/components';
import { BENEFIT_NAMES, hasServicePackages, SERVICE_PACKAGES_CITATION, SERVICE_TIER_NAMES, type IsoDate, type ServicePackage, type ServicePackagesAnswer } from '@/domain';
import { Card, Citation, PageRoot, StateView, a11y, pressable } from '@/components';
import { useOutcome } from '@/hooks/useOutcome';
import { useRequireProfile } from '@/hooks/useRequireProfile';
import { useToday } from '@/hooks/useToday';
import { packagesQueryOf, type Profile } from '@/stores';
import { OFFLINE_MESSAGE, fetchServicePackages } from '@/stores/services';
import { openPage } from '@/utils/navigation';
import './index.scss';

/** Services that are medical care under her insurance: where to see what she pays. */
const SERVICE_LINKS: Record<string, { label: string; url: string }> = {
  产前检查: { label: '看产检费用与定额', url: '/subpackages/quota/index' },
  住院分娩: { label: '估算分娩费用', url: '/subpackages/estimate/index' },
};

function PackageCard({ pkg, current }: { pkg: ServicePackage; current: boolean }) {
  return (
    <View className={`pkg${current ? ' pkg--current' : ''}`} {...a11y({ role: 'listitem' })}>
      <View className="pkg__head">
        <Text className="pkg__name" {...a11y({ role: 'heading', level: 2 })}>
          {pkg.name}
        </Text>
        {current ? <Text className="pkg__badge">您现在的阶段</Text> : null}
      </View>
      {pkg.services.map((s) => {
        const link = SERVICE_LINKS[s.name];
        return (
          <View key={s.name} className="pkg__service">
            <View className="pkg__row">
              <Text className="pkg__service-name">{s.name}</Text>
              <Text className={`pkg__tier pkg__tier--${s.tier}`}>{SERVICE_TIER_NAMES[s.tier]}</Text>
            </View>
            {link ? (
              <View className="pkg__link" {...pressable(() => void openPage(link.url), { role: 'link', label: `${s.name}：${link.label}` })}>
                <Text>{link.label} ›</Text>
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}

function Packages({ profile, today }: { profile: Profile; today: IsoDate }) {
  const query = packagesQueryOf(profile, today);
  const { outcome, loading, retry } = useOutcome<ServicePackagesAnswer>(JSON.stringify(query), (onInstant) => fetchServicePackages(query, onInstant));
  const applies = hasServicePackages(profile.region);
  if (loading || !outcome) return <StateView status="loading" message="正在加载服务包…" />;
  if (!outcome.ok) return <StateView status="error" message={outcome.error.message} onRetry={retry} />;
  const { packages, current } = outcome.value;
  if (packages.length === 0) return <StateView status="empty" message="暂时没有服务包信息。" />;
  const ordered = [...packages.filter((p) => current.includes(p.id)), ...packages.filter((p) => !current.includes(p.id))];

  return (
    <>
      {outcome.offline ? (
        <Text className="pkgs-block yb-small yb-muted" {...a11y({ role: 'status' })}>
          {OFFLINE_MESSAGE}
        </Text>
      ) : null}
      {applies ? (
        <Card title={BENEFIT_NAMES['service-packages']}>
          <Text className="pkgs-block yb-small">
            湖南省从备孕到孩子成长提供六个服务包。「基础服务」面向所有人；「升级服务」针对特定需要，可能收费。产前检查和住院分娩属于医疗服务，按您的医保报销。
          </Text>
          {current.length === 0 ? (
            <Text className="pkgs-block yb-small yb-muted">
              {profile.stage === 'ended' ? '现阶段没有对应的服务包。需要时，可以查看下面的内容。' : '现阶段没有对应的服务包。'}
            </Text>
          ) : null}
          <Citation citation={SERVICE_PACKAGES_CITATION} />
        </Card>
      ) : (
        <Card title="这是湖南省的服务包" tone="warn">
          <Text className="pkgs-block yb-small">
            生育友好服务包是湖南省的政策，您的参保地没有对应的服务包。下面的内容仅供了解，当地的服务请咨询社区卫生服务中心或医院。
          </Text>
          <Citation citation={SERVICE_PACKAGES_CITATION} />
        </Card>
      )}
      <View {...a11y({ role: 'list', label: '六个服务包' })}>
        {ordered.map((p) => (
          <PackageCard key={p.id} pkg={p} current={applies && current.includes(p.id)} />
        ))}
      </View>
      <Text className="pkgs-block yb-small yb-muted">具体服务清单由湖南省另行公布，以当地医疗机构的安排为准。</Text>
    </>
  );
}

export default function PackagesPage() {
  const profile = useRequireProfile();
  const today = useToday();
  return (
    <PageRoot className="pkgs" offlineNote={false}>
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        服务包
      </Text>
      {profile ? <Packages profile={profile} today={today} /> : <StateView status="loading" message="正在打开…" />}
    </PageRoot>
  );
}

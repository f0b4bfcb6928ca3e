// 我的: her profile (edit in 修改资料), recording the birth or an ended pregnancy, 大字模式, and the
// policy documents and privacy pages.
import { Text } from '@tarojs/components';
import { formatChineseDate, insuranceName, needsRegistration, POLICY_VERSION, regionLabel, STAGE_NAMES, type DatingInput } from '@/domain';
import { Card, LinkRow, OutcomeCorrection, PageRoot, RecordOutcome, StateView, Toggle, a11y } from '@/components';
import { useRequireProfile } from '@/hooks/useRequireProfile';
import { useToday } from '@/hooks/useToday';
import { useAppStore, type Profile } from '@/stores';
import { openPage } from '@/utils/navigation';
import './index.scss';

const go = (url: string) => () => void openPage(url);

function datingText(d: DatingInput): string {
  if (d.method === 'lmp') return `末次月经 ${formatChineseDate(d.date)}${d.cycleDays && d.cycleDays !== 28 ? `，周期 ${d.cycleDays} 天` : ''}`;
  if (d.method === 'edd') return `预产期 ${formatChineseDate(d.date)}`;
  return `胚胎移植 ${formatChineseDate(d.date)}（第${d.embryoDay}天胚胎）`;
}

function stageText(p: Profile): string {
  switch (p.stage) {
    case 'pregnant':
      return `${STAGE_NAMES.pregnant} · ${p.dating ? datingText(p.dating) : ''}`;
    case 'planning':
      return STAGE_NAMES.planning;
    case 'postpartum':
      return `${STAGE_NAMES.postpartum} · 宝宝出生于 ${formatChineseDate(p.birthDate ?? '')}`;
    case 'ended':
      return `${STAGE_NAMES.ended} · ${formatChineseDate(p.endedOn ?? '')}`;
  }
}

export default function Me() {
  const profile = useRequireProfile();
  const today = useToday();
  const largeText = useAppStore((s) => s.largeText);
  const setLargeText = useAppStore((s) => s.setLargeText);
  if (!profile) {
    return (
      <PageRoot>
        <StateView status="loading" message="正在打开…" />
      </PageRoot>
    );
  }
  return (
    <PageRoot className="me">
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        我的
      </Text>
      <Card title="我的资料" action={{ label: '修改地区、参保与孕期', onTap: go('/profile/edit/index') }}>
        <Text className="me__line">参保地区：{regionLabel(profile.region)}</Text>
        <Text className="me__line">参保类型：{insuranceName(profile.insurance)}</Text>
        <Text className="me__line">阶段：{stageText(profile)}</Text>
        {needsRegistration(profile.region, profile.insurance) ? (
          <Text className="me__line">生育保险备案：{profile.registeredOn ? formatChineseDate(profile.registeredOn) : '尚未备案'}</Text>
        ) : null}
      </Card>
      {profile.stage === 'pregnant' ? (
        <Card title="记录分娩或妊娠结束">
          <RecordOutcome today={today} />
        </Card>
      ) : null}
      {profile.stage === 'postpartum' || profile.stage === 'ended' ? (
        <Card title={profile.stage === 'postpartum' ? '分娩记录' : '妊娠结束的记录'}>
          <OutcomeCorrection today={today} />
        </Card>
      ) : null}
      <Card title="显示">
        <Toggle label="大字模式" hint="放大全部文字，方便阅读" on={largeText} onChange={setLargeText} />
      </Card>
      <Card>
        {profile.stage === 'postpartum' ? <LinkRow label="新生儿参保登记" hint="登记记录与办理进度" onTap={go('/subpackages/newborn/list')} /> : null}
        <LinkRow label="资格自查" hint="看看能享受哪些生育待遇" onTap={go('/subpackages/eligibility/index')} />
        <LinkRow label="政策文件" hint="本应用依据的文件与状态" onTap={go('/subpackages/documents/index')} />
        <LinkRow label="隐私与数据" hint="同意记录、导出与删除数据" onTap={go('/subpackages/privacy/index')} />
      </Card>
      <Text className="me__version yb-muted">政策数据版本 {POLICY_VERSION}</Text>
    </PageRoot>
  );
}

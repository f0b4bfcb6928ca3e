import { Text } from '@tarojs/components';
import { PAYEE_NAMES, allowanceFigures, formatYuan, type IsoDate } from '@/domain';
import { Card, Citation, Money } from '@/components';
import { allowanceRequestOf, useAppStore, type Profile } from '@/stores';
import { openPage } from '@/utils/navigation';

const openAllowance = () => void openPage('/subpackages/allowance/index');

/**
 * Her maternity allowance (she is eligible): the estimate from her allowance form, or the leave days
 * and what it still needs. The engine's figures at once (the allowance page also asks the server).
 */
export function AllowanceCard({ profile, today }: { profile: Profile; today: IsoDate }) {
  const draft = useAppStore((s) => s.allowanceDraft);
  const req = allowanceRequestOf(profile, draft, today);
  const a = req ? allowanceFigures(req) : null;
  return (
    <Card title={profile.stage === 'ended' ? '休假和生育津贴' : '生育津贴'} action={{ label: a?.amount ? '查看明细或修改' : '填写单位月平均工资，算一算', onTap: openAllowance }}>
      {!req ? <Text className="yb-small">填写妊娠终止时的孕周后即可估算。</Text> : null}
      {a ? (
        <>
          {a.amount !== null ? <Money fen={a.amount} className="home-money__figure" /> : null}
          <Text style={{ display: 'block' }}>
            {a.amount !== null ? `按 ${a.leave.days} 天估算` : `${profile.stage === 'ended' ? '可以休' : '产假'} ${a.leave.days} 天，期间可以领生育津贴`}
            {a.payee ? `，${PAYEE_NAMES[a.payee]}` : ''}
          </Text>
          {a.extended?.days && a.extended.amountIfPaid !== null ? (
            <Text className="yb-small" style={{ display: 'block' }}>
              延长产假 {a.extended.days} 天如果也发放，还可领 +{formatYuan(a.extended.amountIfPaid)}，请向医保部门确认。
            </Text>
          ) : null}
          <Citation citation={a.amount !== null ? a.amountCitation : a.leave.lines[0]?.citation} />
        </>
      ) : null}
    </Card>
  );
}

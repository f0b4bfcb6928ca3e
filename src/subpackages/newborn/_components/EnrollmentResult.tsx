// The enrollment as answered: what it means and what is left to do (rules §7): recorded here,
// still to be filed with a 医保 agency (where, what to bring, days left of the 90).
import { View, Text } from '@tarojs/components';
import { newbornTerms, premiumWaiverText, type IsoDate } from '@/domain';
import { Card, ChineseDate, Citation, LinkRow, a11y } from '@/components';
import type { EnrollOutcome } from '@/stores/services';
import { EnrollmentFacts } from './EnrollmentFacts';
import { openPage } from '@/utils/navigation';

export type Enrollment = Extract<EnrollOutcome, { ok: true }>['record'];

const openList = () => void openPage('/subpackages/newborn/list');

/** What the record means and what is left to do (rules §7). */
export function EnrollmentResult({ record, today, onAnother }: { record: Enrollment; today: IsoDate; onAnother?: () => void }) {
  const terms = newbornTerms({ birthDate: record.birthDate, region: record.region, guardianInsuredInRegion: record.guardian.insuredInRegion }, today);
  const fromBirth = record.coverageStart === record.birthDate;
  return (
    <>
      <Card title="已登记，尚需到医保部门办理" tone="accent">
        <Text className="nb-block">
          孕保通已保存 {record.babyName} 的参保登记信息，但还没有提交给医保部门。请按下面的方式办理，办完才算参保。
        </Text>
        <Text className="nb-block yb-small yb-muted">
          本机填写的内容已删除，手机上只留下这份登记结果（身份证号只显示前 6 位和后 4 位）。完整身份证号加密保存在孕保通服务器上，只在您导出自己的数据时完整显示，直到您在「我的 → 隐私与数据」删除。
        </Text>
        {terms.daysLeft > 0 ? (
          <Text className="nb-days" {...a11y({ role: 'status' })}>
            还剩 {terms.daysLeft} 天
          </Text>
        ) : null}
        <Text className="nb-block yb-small">
          {terms.daysLeft > 0 ? (
            <>
              出生后 90 天内（<ChineseDate iso={terms.deadline} />前）办完，医保从出生之日起生效。
            </>
          ) : terms.inTime ? (
            '今天是出生后第 90 天：今天办完，医保仍从出生之日起生效。'
          ) : (
            '已超过出生后 90 天，医保从办理参保之日起生效，请尽快办理。'
          )}
        </Text>
      </Card>
      <Card title="到哪里办">
        {terms.filing.where.map((w) => (
          <Text key={w} className="nb-list-item">
            · {w}
          </Text>
        ))}
        <Text className="nb-subtitle">带上</Text>
        {terms.filing.bring.map((b) => (
          <Text key={b} className="nb-list-item">
            · {b}
          </Text>
        ))}
      </Card>
      <Card title="登记内容">
        <View className="nb-row">
          <Text>宝宝</Text>
          <Text>
            {record.babyName}（{record.sex === 'F' ? '女' : '男'}）
          </Text>
        </View>
        <EnrollmentFacts record={record} />
        <Text className="nb-block yb-small yb-muted">{fromBirth ? '在出生后 90 天内办完，医保从出生之日起生效。' : '超过出生后 90 天才登记，医保从办理参保之日起生效。'}</Text>
        <View className="nb-row">
          <Text>出生当年参保缴费</Text>
          <Text className="nb-strong">{record.birthYearPremiumWaived ? '可以减免' : '不适用减免'}</Text>
        </View>
        <Text className="nb-block yb-small yb-muted">{premiumWaiverText(record.region, record.birthYearPremiumWaived)}</Text>
        <View className="nb-row">
          <Text>监护人</Text>
          <Text>
            {record.guardian.name} {record.guardian.idNo}
          </Text>
        </View>
        <Citation citation={record.citation} />
      </Card>
      <Card>
        <LinkRow label="查看我的全部登记" onTap={openList} />
        {onAnother ? <LinkRow label="再登记一个宝宝" hint="如双胞胎" onTap={onAnother} /> : null}
      </Card>
    </>
  );
}

import { View, Text } from '@tarojs/components';
import { formatChineseMonth, formatYuan, type ChildcareSubsidyAnswer } from '@/domain';
import { a11y } from '../a11y';
import './index.scss';

/** The childcare subsidy in all and per year: the total, the months it covers and each calendar year's months and amount. */
export function SubsidySchedule({ answer }: { answer: ChildcareSubsidyAnswer }) {
  return (
    <View className="yb-subsidy">
      <Text className="yb-small yb-muted">{answer.expected ? '预计' : ''}一共可领</Text>
      <Text className="yb-subsidy__total">{formatYuan(answer.total)}</Text>
      <View className="yb-small">
        每年 {formatYuan(answer.perYear)}，共 {answer.months} 个月
      </View>
      {answer.from && answer.to ? (
        <View className="yb-small">
          {formatChineseMonth(answer.from)}至{formatChineseMonth(answer.to)}
        </View>
      ) : null}
      <View className="yb-subsidy__years" {...a11y({ role: 'list', label: '每年可领的育儿补贴' })}>
        {answer.byYear.map((y) => (
          <View key={y.year} className="yb-subsidy__year" {...a11y({ role: 'listitem' })}>
            <Text className="yb-subsidy__strong">{y.year}年</Text>
            <Text className="yb-subsidy__months">{y.months} 个月</Text>
            <Text className="yb-subsidy__strong">{formatYuan(y.amount)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

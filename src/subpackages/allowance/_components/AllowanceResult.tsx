import { View, Text } from '@tarojs/components';
import { FUND_PAYS, LEAVE_LINE_NAMES, PAYEE_NAMES, formatYuan, type MaternityAllowanceAnswer } from '@/domain';
import { Citation, DraftBanner, Money, a11y } from '@/components';

interface Props {
  answer: MaternityAllowanceAnswer;
  region: string;
  /** 您 for herself, 她 for a relative. */
  you: '您' | '她';
}

/** The allowance answer: the amount large, the leave days line by line, the extended days, who pays and to whom, each with its source. */
export function AllowanceResult({ answer: a, region, you }: Props) {
  return (
    <View className="al-result">
      {a.draft ? <DraftBanner region={region} /> : null}
      {a.eligible ? (
        <>
          <Text className="al-result__label">生育津贴（估算）</Text>
          {a.amount !== null ? (
            <Money fen={a.amount} className="al-result__amount" />
          ) : (
            <Text className="al-result__pending">填写上面的单位月平均工资后，这里显示金额。</Text>
          )}
          {a.dailyRate !== null ? (
            <Text className="al-block">
              每天 {formatYuan(a.dailyRate)} × {a.leave.days} 天
            </Text>
          ) : null}
          {a.amountCitation ? <Citation citation={a.amountCitation} /> : null}
        </>
      ) : (
        <>
          <Text className="al-result__no">按现有文件不能领取生育津贴</Text>
          <Text className="al-block">{a.reason}</Text>
          <Citation citation={a.citation} />
        </>
      )}

      <View className="al-section">
        <Text className="al-section__title" {...a11y({ role: 'heading', level: 3 })}>
          产假天数
        </Text>
        <View {...a11y({ role: 'list', label: '产假天数' })}>
          {a.leave.lines.map((l) => (
            <View key={l.id} className="al-line" {...a11y({ role: 'listitem' })}>
              <View className="al-line__head">
                <Text>{LEAVE_LINE_NAMES[l.id]}</Text>
                <Text className="al-line__days">{l.days} 天</Text>
              </View>
              <Citation citation={l.citation} />
            </View>
          ))}
        </View>
        <View className="al-line al-line--total">
          <Text>合计</Text>
          <Text className="al-line__days">{a.leave.days} 天</Text>
        </View>
      </View>

      {a.extended ? (
        <View className="al-section">
          <Text className="al-section__title" {...a11y({ role: 'heading', level: 3 })}>
            延长产假
          </Text>
          {a.extended.days === null ? (
            <Text className="al-block">本应用所依据的文件没有写明延长的天数，请向单位确认{you}一共可以休多少天。</Text>
          ) : (
            <>
              <View className="al-line__head">
                <Text>在国家产假之外，还可以休</Text>
                <Text className="al-line__days">{a.extended.days} 天</Text>
              </View>
              {a.extended.amountIfPaid !== null ? (
                <Text className="al-block">
                  如果这 {a.extended.days} 天也发放生育津贴，还可领 <Text className="al-result__extra">+{formatYuan(a.extended.amountIfPaid)}</Text>。是否发放，文件没有说，请向医保部门问清楚。
                </Text>
              ) : null}
            </>
          )}
          <Citation citation={a.extended.citation} />
        </View>
      ) : null}

      {a.eligible && a.payee ? (
        <View className="al-section">
          <Text className="al-section__title" {...a11y({ role: 'heading', level: 3 })}>
            谁来发，发给谁
          </Text>
          <Text className="al-block">{FUND_PAYS.text}</Text>
          <Citation citation={FUND_PAYS.citation} />
          <Text className="al-result__payee">{PAYEE_NAMES[a.payee]}</Text>
          <Text className="al-block">{a.reason}</Text>
          <Citation citation={a.citation} />
        </View>
      ) : null}
    </View>
  );
}

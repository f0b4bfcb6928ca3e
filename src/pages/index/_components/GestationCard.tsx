import { View, Text } from '@tarojs/components';
import { daysBetween, formatChineseDate, pregnancyStageName, type IsoDate, type TimelineAnswer } from '@/domain';
import { Card, a11y } from '@/components';

interface Props {
  timeline: TimelineAnswer;
  today: IsoDate;
}

/** 孕X周+Y天, the EDD and the days to go, and the trimester (or 已足月): never a word for a birth. */
export function GestationCard({ timeline, today }: Props) {
  const toGo = daysBetween(today, timeline.edd);
  const phase = pregnancyStageName(timeline.trimester, timeline.gestation.days);
  return (
    <Card className="home-gestation" tone="accent">
      <Text className="home-gestation__week" {...a11y({ role: 'heading', level: 2 })}>
        {timeline.gestation.label}
      </Text>
      <Text className="home-gestation__phase">{phase}</Text>
      <View className="home-gestation__row">
        <Text>预产期 {formatChineseDate(timeline.edd)}</Text>
      </View>
      <Text className="home-gestation__togo">
        {toGo > 0 ? `距预产期还有 ${toGo} 天` : toGo === 0 ? '今天是预产期' : `已过预产期 ${-toGo} 天，请按医生的安排产检`}
      </Text>
    </Card>
  );
}

import { View, Text } from '@tarojs/components';
import { regionLabel } from '@/domain';
import { ChineseDate } from '@/components';

interface EnrollmentFactsProps {
  record: { birthDate: string; certificateNo: string; region: string; coverageStart: string };
}

/** The rows an enrollment shows on its result and in the list: birth date to coverage start. */
export function EnrollmentFacts({ record }: EnrollmentFactsProps) {
  return (
    <>
      <View className="nb-row">
        <Text>出生日期</Text>
        <ChineseDate iso={record.birthDate} />
      </View>
      <View className="nb-row">
        <Text>出生医学证明编号</Text>
        <Text>{record.certificateNo}</Text>
      </View>
      <View className="nb-row">
        <Text>参保地区</Text>
        <Text>{regionLabel(record.region)}</Text>
      </View>
      <View className="nb-row">
        <Text>{record.coverageStart === record.birthDate ? '医保生效日期（按时办完）' : '医保生效日期'}</Text>
        <Text className="nb-strong">
          <ChineseDate iso={record.coverageStart} />
        </Text>
      </View>
    </>
  );
}

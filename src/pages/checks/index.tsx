import { View, Text } from '@tarojs/components';

// Placeholder until this journey lands: says what the page will hold, no made-up data.
export default function Page() {
  return (
    <View className="page">
      <Text>这里将显示十二次产检的时间线与状态。</Text>
    </View>
  );
}

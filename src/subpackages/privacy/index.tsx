import { View, Text } from '@tarojs/components';

// Placeholder until this journey lands: says what the page will hold, no made-up data.
export default function Page() {
  return (
    <View className="page">
      <Text>这里将可以导出或删除您的全部数据。</Text>
    </View>
  );
}

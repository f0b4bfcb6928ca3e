import { View, Text } from '@tarojs/components';

// Placeholder until this journey lands: says what the page will hold, no made-up data.
export default function Page() {
  return (
    <View className="page">
      <Text>这里将显示产前检查额度的使用明细。</Text>
    </View>
  );
}

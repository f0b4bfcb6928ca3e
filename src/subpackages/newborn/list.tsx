import { View, Text } from '@tarojs/components';

// Placeholder until this journey lands: says what the page will hold, no made-up data.
export default function Page() {
  return (
    <View className="page">
      <Text>这里将列出已登记的新生儿参保记录。</Text>
    </View>
  );
}

import { View, Text } from '@tarojs/components';

// Placeholder until this journey lands: says what the page will hold, no made-up data.
export default function Page() {
  return (
    <View className="page">
      <Text>这里将显示湖南省六个生育友好服务包。</Text>
    </View>
  );
}

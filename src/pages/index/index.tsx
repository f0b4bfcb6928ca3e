import { View, Text } from '@tarojs/components';

export default function Index() {
  return (
    <View className="home">
      <Text>孕保通</Text>
    </View>
  );
}

// The privacy notice of the first run and of 我的 → 隐私与数据: what is kept, where and for how
// long, in plain words.
import { View, Text } from '@tarojs/components';
import './index.scss';

export function ConsentNotice() {
  return (
    <View className="yb-consent">
      <Text className="yb-consent__p">
        孕保通会把您填写的孕期与健康信息（末次月经或预产期、产检记录与费用、分娩费用估算）保存在这台手机上，用来推算孕周、产检时间和报销额度，一直保存到您删除为止。
      </Text>
      <Text className="yb-consent__p">
        计算时，相关日期和金额会发送到孕保通服务器计算后立即返回，服务器不保存这些健康信息。只有办理新生儿参保登记时，服务器才会保存登记所需的宝宝和监护人信息（含完整身份证号，加密保存），一直保存到您删除为止。
      </Text>
      <Text className="yb-consent__p">您可以随时在「我的 → 隐私与数据」导出或删除全部数据。</Text>
    </View>
  );
}

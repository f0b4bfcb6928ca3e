// The policy documents the app rests on: id, title, issuer, status and dates (the engine's list).
import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { formatChineseDate, POLICY_DOCUMENTS, POLICY_VERSION } from '@/domain';
import { Card, PageRoot, a11y } from '@/components';
import './index.scss';

const STATUS: Record<(typeof POLICY_DOCUMENTS)[number]['status'], string> = {
  'in-force': '现行有效',
  draft: '征求意见稿（未生效）',
  reference: '参考文件（本应用未收录原文）',
};

export default function Documents() {
  // null outside a routed page (tests render the page directly); no `typeof useRouter` here:
  // the H5 build rewrites Taro's hook imports, which breaks a type query on them.
  const params = (useRouter() as { params?: Record<string, string | undefined> } | null)?.params ?? {};
  const focus = params.id ? decodeURIComponent(params.id) : null;
  return (
    <PageRoot className="docs">
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        政策文件
      </Text>
      <Text className="docs__lead yb-muted">孕保通的每一项计算都注明依据的文件编号和条款。以下是这些文件及其状态（政策数据版本 {POLICY_VERSION}）。</Text>
      {POLICY_DOCUMENTS.map((d) => (
        <Card key={d.id} className={`docs__item${d.id === focus ? ' docs__item--focus' : ''}`} tone={d.id === focus ? 'accent' : 'default'}>
          <View className="docs__head">
            <Text className="docs__id">{d.id}</Text>
            <Text className={`docs__status docs__status--${d.status}`}>{STATUS[d.status]}</Text>
          </View>
          <Text className="docs__title" {...a11y({ role: 'heading', level: 2 })}>
            {d.title}
          </Text>
          <Text className="docs__line">发布：{d.issuer}</Text>
          <Text className="docs__line">发布日期：{d.issued ? formatChineseDate(d.issued) : '未注明'}</Text>
          <Text className="docs__line">施行：{d.inForce}</Text>
          <Text className="docs__line yb-muted">适用：{d.scope}</Text>
        </Card>
      ))}
    </PageRoot>
  );
}

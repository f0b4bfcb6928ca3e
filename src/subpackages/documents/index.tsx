// The policy documents the app rests on: id, title, issuer, status and dates (the engine's list),
// the texts we hold first; each opens its text (documents/text), or its summary for a reference.
import { Text } from '@tarojs/components';
import { POLICY_DOCUMENTS, POLICY_VERSION, type PolicyDocument } from '@/domain';
import { Card, PageRoot, a11y, documentUrl } from '@/components';
import { openPage } from '@/utils/navigation';
import { DocumentFacts } from './_components/Facts';
import './index.scss';

function DocumentCard({ d }: { d: PolicyDocument }) {
  const open = () => void openPage(documentUrl(d.id));
  return (
    <Card className="docs__item" action={{ label: d.status === 'reference' ? `${d.id} 内容摘要` : `阅读 ${d.id} 原文`, onTap: open }}>
      <DocumentFacts d={d} title />
      <Text className="docs__line yb-muted">适用：{d.scope}</Text>
    </Card>
  );
}

export default function Documents() {
  const texts = POLICY_DOCUMENTS.filter((d) => d.status !== 'reference');
  const references = POLICY_DOCUMENTS.filter((d) => d.status === 'reference');
  return (
    <PageRoot className="docs">
      <Text className="yb-h1" {...a11y({ role: 'heading', level: 1 })}>
        政策文件
      </Text>
      <Text className="docs__lead yb-muted">孕保通的每一项计算都注明依据的文件编号和条款。点开文件可以阅读原文（政策数据版本 {POLICY_VERSION}）。</Text>
      <Text className="docs__group" {...a11y({ role: 'heading', level: 2 })}>
        收录原文的文件
      </Text>
      {texts.map((d) => (
        <DocumentCard key={d.id} d={d} />
      ))}
      <Text className="docs__group" {...a11y({ role: 'heading', level: 2 })}>
        其他参考文件（未收录原文，提供内容摘要）
      </Text>
      {references.map((d) => (
        <DocumentCard key={d.id} d={d} />
      ))}
    </PageRoot>
  );
}

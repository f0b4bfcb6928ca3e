// A document's facts, on the list and at the head of its text: id, status, issuer and dates.
import { View, Text } from '@tarojs/components';
import { formatChineseDate, type PolicyDocument, type PolicyDocumentStatus } from '@/domain';
import { a11y } from '@/components';
import './Facts.scss';

const STATUS_NAMES: Record<PolicyDocumentStatus, string> = {
  'in-force': '现行有效',
  draft: '征求意见稿（未生效）',
  reference: '参考文件（本应用未收录原文）',
};

/** With `title`, the document's title as a heading under its id (the list; the text page has it as its h1). */
export function DocumentFacts({ d, title = false }: { d: PolicyDocument; title?: boolean }) {
  return (
    <>
      <View className="doc-facts__head">
        <Text className="doc-facts__id">{d.id}</Text>
        <Text className={`doc-facts__status doc-facts__status--${d.status}`}>{STATUS_NAMES[d.status]}</Text>
      </View>
      {title ? (
        <Text className="doc-facts__title" {...a11y({ role: 'heading', level: 3 })}>
          {d.title}
        </Text>
      ) : null}
      <Text className="doc-facts__line">发布：{d.issuer}</Text>
      <Text className="doc-facts__line">发布日期：{d.issued ? formatChineseDate(d.issued) : '未注明'}</Text>
      <Text className="doc-facts__line">施行：{d.inForce}</Text>
    </>
  );
}

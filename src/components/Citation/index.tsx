import { Text } from '@tarojs/components';
import { openPage } from '@/utils/navigation';
import { pressable } from '../a11y';
import './index.scss';

interface Props {
  /** "HY-2025-8 二(三)" or null (no document here sets the rule). */
  citation: string | null | undefined;
  /** Words before it (default 依据). */
  prefix?: string;
}

/** The page of a document ("HY-2025-8"), opened at an article when one is given ("二(三)"). */
export function documentUrl(documentId: string, article?: string | null): string {
  const at = article ? `&article=${encodeURIComponent(article)}` : '';
  return `/subpackages/documents/text?id=${encodeURIComponent(documentId)}${at}`;
}

/** "HY-2025-8 二(三)" → the document's id and the article ("" when the document alone is cited). */
export function citationParts(citation: string): { documentId: string; article: string } {
  const [documentId = citation, ...rest] = citation.trim().split(/\s+/);
  return { documentId, article: rest.join(' ') };
}

/** The document id and article a figure rests on; a tap opens the document's text at that article. */
export function Citation({ citation, prefix = '依据' }: Props) {
  if (!citation) {
    return <Text className="yb-citation yb-citation--none">{prefix}：本应用所依据的文件未规定</Text>;
  }
  const { documentId, article } = citationParts(citation);
  const open = () => {
    void openPage(documentUrl(documentId, article));
  };
  return (
    <Text className="yb-citation" {...pressable(open, { role: 'link', label: `${prefix} ${citation}，查看政策原文` })}>
      {prefix}：{citation}
    </Text>
  );
}

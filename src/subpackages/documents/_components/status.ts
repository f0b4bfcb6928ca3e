// The words for a document's status, on the list and on a document's page.
import type { PolicyDocumentStatus } from '@/domain';

export const STATUS_NAMES: Record<PolicyDocumentStatus, string> = {
  'in-force': '现行有效',
  draft: '征求意见稿（未生效）',
  reference: '参考文件（本应用未收录原文）',
};

// Chinese names of the delivery estimate's cost buckets (the rules' headlines are the engine's DELIVERY_RULE_NAMES).
import type { CostBucket } from '@/domain';

export const BUCKET_LABELS: Record<CostBucket, string> = {
  inScope: '医保范围内的分娩费用',
  outOfScope: '医保目录外费用',
  specialNeeds: '特需服务费用',
  complications: '妊娠和分娩并发症治疗费用',
};

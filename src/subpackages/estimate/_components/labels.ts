// Chinese names of the delivery estimate's rules and cost buckets.
import type { CostBucket, DeliveryRule } from '@/domain';

export const RULE_HEADLINES: Record<DeliveryRule, string> = {
  HY_ZERO_COPAY: '衡阳分娩基本医疗费用零自付',
  WZ_FULL_GUARANTEE: '温州职工生育全额保障',
  JL_MATERNITY_FULL: '吉林职工生育保险全额支付',
  ORDINARY_INPATIENT: '按普通住院规则报销',
  NON_DESIGNATED: '非定点医院：医保基金不支付',
  NOT_INSURED: '未参保：费用需全部自付',
};

export const BUCKET_LABELS: Record<CostBucket, string> = {
  inScope: '医保范围内的分娩费用',
  outOfScope: '医保目录外费用',
  specialNeeds: '特需服务费用',
  complications: '妊娠和分娩并发症治疗费用',
};

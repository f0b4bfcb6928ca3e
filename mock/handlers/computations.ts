// POST /pregnancy/timeline, /prenatal-quota, /delivery-estimate, /eligibility, /maternity-allowance,
// /childcare-subsidy from the engine.
import { http } from 'msw';
import {
  ChildcareSubsidyRequest,
  DeliveryEstimateRequest,
  EligibilityRequest,
  MaternityAllowanceRequest,
  PrenatalQuotaRequest,
  TimelineRequest,
} from '../../src/api/contract';
import {
  childcareSubsidy,
  deliveryEstimate,
  eligibility,
  maternityAllowance,
  pregnancyTimeline,
  prenatalQuota,
  todayInShanghai,
} from '../../src/domain';
import { answer, json, readBody, unwrap, type MockContext } from '../http';

export const computationHandlers = (ctx: MockContext) => {
  const today = () => todayInShanghai(ctx.now());
  return [
    http.post(`${ctx.base}/pregnancy/timeline`, ({ request }) =>
      answer(async () => json(unwrap(pregnancyTimeline(await readBody<TimelineRequest>(request, TimelineRequest), today())))),
    ),
    http.post(`${ctx.base}/prenatal-quota`, ({ request }) =>
      answer(async () => json(unwrap(prenatalQuota(await readBody<PrenatalQuotaRequest>(request, PrenatalQuotaRequest), today())))),
    ),
    http.post(`${ctx.base}/delivery-estimate`, ({ request }) =>
      answer(async () =>
        json(unwrap(deliveryEstimate(await readBody<DeliveryEstimateRequest>(request, DeliveryEstimateRequest), today()))),
      ),
    ),
    http.post(`${ctx.base}/eligibility`, ({ request }) =>
      answer(async () => json(unwrap(eligibility(await readBody<EligibilityRequest>(request, EligibilityRequest), today())))),
    ),
    http.post(`${ctx.base}/maternity-allowance`, ({ request }) =>
      answer(async () => json(unwrap(maternityAllowance(await readBody<MaternityAllowanceRequest>(request, MaternityAllowanceRequest))))),
    ),
    http.post(`${ctx.base}/childcare-subsidy`, ({ request }) =>
      answer(async () =>
        json(unwrap(childcareSubsidy(await readBody<ChildcareSubsidyRequest>(request, ChildcareSubsidyRequest), today()))),
      ),
    ),
  ];
};

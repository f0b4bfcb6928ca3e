// GET /health, /regions, /regions/{code}/policy, /checks, /service-packages from the engine.
import { http } from 'msw';
import { RegionParams, ServicePackagesQuery } from '../../src/api/contract';
import { POLICY_VERSION, checkCatalog, listRegions, regionPolicy, servicePackages } from '../../src/domain';
import { answer, check, json, queryOf, unwrap, type MockContext } from '../http';

export const referenceHandlers = (ctx: MockContext) => [
  http.get(`${ctx.base}/health`, () =>
    // As a default server answers: the embedded SQLite store, answering.
    json({ status: 'ok', version: ctx.version, policyVersion: POLICY_VERSION, login: 'dev', store: { kind: 'sqlite', ok: true } }),
  ),
  http.get(`${ctx.base}/regions`, () => json({ regions: listRegions() })),
  http.get(`${ctx.base}/regions/:code/policy`, ({ params }) =>
    answer(() => {
      const { code } = check<RegionParams>(RegionParams, { code: params.code });
      return json(unwrap(regionPolicy(code)));
    }),
  ),
  http.get(`${ctx.base}/checks`, () => json(checkCatalog())),
  http.get(`${ctx.base}/service-packages`, ({ request }) =>
    answer(() => {
      const raw = queryOf(request);
      // Parameters the endpoint does not read are ignored, as on the server.
      const q = check<ServicePackagesQuery>(ServicePackagesQuery, raw);
      const int = (s: string | undefined) => (s === undefined ? undefined : Number(s));
      return json(
        unwrap(servicePackages({ stage: q.stage, weeks: int(q.weeks), childAgeDays: int(q.childAgeDays), daysSince: int(q.daysSince) })),
      );
    }),
  ),
];

// /api/v1/openapi.json: an OpenAPI 3.1 document of every route of the contract, from the same
// schemas the server validates with, without personal example data.
import { ROUTES } from '../../src/api/contract';
import { makeApp, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});
afterAll(() => t.close());

interface Operation {
  operationId?: string;
  requestBody?: { content?: Record<string, { schema?: Record<string, unknown> }> };
  responses?: Record<string, unknown>;
  security?: unknown[];
  parameters?: { name: string; in: string }[];
}
interface OpenApi {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { securitySchemes?: Record<string, unknown> };
}

test('a 3.1 document with every route, its schemas and its errors', async () => {
  const res = await t.send('GET', '/api/v1/openapi.json');
  expect(res.status).toBe(200);
  expect(String(res.headers['content-type'])).toContain('application/json');
  const doc = res.json<OpenApi>();
  expect(doc.openapi).toBe('3.1.0');
  expect(doc.info.title).toBeTruthy();
  expect(doc.components?.securitySchemes).toHaveProperty('bearerAuth');

  for (const [id, spec] of Object.entries(ROUTES)) {
    const path = `/api/v1${spec.path.replace(/:(\w+)/g, '{$1}')}`;
    const op = doc.paths[path]?.[spec.method.toLowerCase()];
    expect({ id, found: op !== undefined }).toEqual({ id, found: true });
    if (!op) continue;
    expect(op.operationId).toBe(id);
    expect(Object.keys(op.responses ?? {})).toEqual(expect.arrayContaining([String(spec.success.status), '400', '404', '413', '429']));
    // Every operation says how it is authorised (Redocly's security-defined): a token, or none.
    expect(op.security).toEqual(spec.auth ? [{ bearerAuth: [] }] : []);
    if (spec.auth) expect(op.responses).toHaveProperty('401');
    if ('body' in spec) {
      const schema = op.requestBody?.content?.['application/json']?.schema;
      expect(schema).toMatchObject({ type: 'object', additionalProperties: false });
    }
  }
  expect(doc.paths['/api/v1/openapi.json']).toBeUndefined();
  expect(doc.paths['/api/v1/newborn-enrollments']?.post?.responses).toHaveProperty('409');
  expect(doc.paths['/api/v1/newborn-enrollments']?.post?.responses).toHaveProperty('200');
});

test('fen are integers 0…10^10, dates carry their pattern, no raw ID number anywhere', async () => {
  const text = (await t.send('GET', '/api/v1/openapi.json')).body;
  expect(text).not.toMatch(/\d{17}[\dXx]/);
  const doc = JSON.parse(text) as OpenApi;
  const body = doc.paths['/api/v1/delivery-estimate']?.post?.requestBody?.content?.['application/json']?.schema as {
    properties: { costs: { properties: { inScope: { anyOf: Record<string, unknown>[] } } }; deliveryDate: Record<string, unknown> };
  };
  expect(body.properties.costs.properties.inScope.anyOf).toEqual(
    expect.arrayContaining([expect.objectContaining({ type: 'integer', minimum: 0, maximum: 10_000_000_000 }), { type: 'null' }]),
  );
  expect(body.properties.deliveryDate).toMatchObject({ type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
});

// A request without a body is answered the same whatever its content-type says (api.md,
// Conventions): wx.request sends `content-type: application/json` on every request, a DELETE
// without data included. A request that does carry a body keeps the usual error mapping.
import { anEnrollment } from '../../mock/fixtures';
import { errorOf, makeApp, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});
afterAll(() => t.close());

const WECHAT_JSON = { 'content-type': 'application/json' };

test.each([
  ['no length (as wx.request sends it)', {}],
  ['content-length: 0', { 'content-length': '0' }],
])('DELETE /me with content-type json and no body (%s): 204, her records gone', async (_name, extra) => {
  const token = await t.login(`wx_delete_${Object.keys(extra).length}`);
  expect((await t.send('POST', '/api/v1/newborn-enrollments', { body: anEnrollment({ certificateNo: `R${Object.keys(extra).length}12345678` }), token })).status).toBe(201);
  const res = await t.send('DELETE', '/api/v1/me', { token, headers: { ...WECHAT_JSON, ...extra } });
  expect({ status: res.status, body: res.body }).toEqual({ status: 204, body: '' });
  expect((await t.send('GET', '/api/v1/newborn-enrollments', { token })).json()).toEqual({ enrollments: [] });
});

test('DELETE /me with any other content-type and no body: 204', async () => {
  const token = await t.login('wx_delete_text');
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-8']) {
    expect((await t.send('DELETE', '/api/v1/me', { token, headers: { 'content-type': type } })).status).toBe(204);
  }
});

test('GET with content-type json and no body answers as without it', async () => {
  const token = await t.login('wx_get');
  for (const url of ['/api/v1/health', '/api/v1/regions', '/api/v1/checks', '/api/v1/service-packages?stage=pregnant&weeks=10', '/api/v1/newborn-enrollments', '/api/v1/me/export']) {
    expect({ url, status: (await t.send('GET', url, { token, headers: WECHAT_JSON })).status }).toEqual({ url, status: 200 });
  }
});

test('the error mapping stays: no token is 401, a POST without its body and a DELETE with a broken one are 400', async () => {
  expect((await t.send('DELETE', '/api/v1/me', { headers: WECHAT_JSON })).status).toBe(401);
  const token = await t.login('wx_errors');
  const emptyPost = await t.send('POST', '/api/v1/eligibility', { headers: WECHAT_JSON });
  expect({ status: emptyPost.status, code: errorOf(emptyPost).code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  const broken = await t.send('DELETE', '/api/v1/me', { token, body: '{', headers: WECHAT_JSON });
  expect({ status: broken.status, code: errorOf(broken).code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  const big = await t.send('DELETE', '/api/v1/me', { token, body: `"${'x'.repeat(70_000)}"`, headers: WECHAT_JSON });
  expect({ status: big.status, code: errorOf(big).code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
});

// STATIC_ROOT: the H5 build served at / from the API's origin, with a CSP that admits exactly
// its inline script; the API and its 404s are unchanged.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeApp, type TestApp } from './helpers';

const inline = 'document.documentElement.style.fontSize = "20px";';
let dir: string;
let t: TestApp;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunbao-h5-'));
  fs.mkdirSync(path.join(dir, 'js'));
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html><head><script>${inline}</script><script src="/js/app.js"></script></head><body><div id="app"></div></body></html>`);
  fs.writeFileSync(path.join(dir, 'js', 'app.js'), 'console.log("app");');
  t = await makeApp({ staticRoot: dir });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('GET / serves index.html with a CSP hash for its inline script', async () => {
  const res = await t.send('GET', '/');
  expect(res.status).toBe(200);
  expect(String(res.headers['content-type'])).toContain('text/html');
  expect(res.body).toContain('<div id="app">');
  const csp = String(res.headers['content-security-policy']);
  const hash = createHash('sha256').update(inline).digest('base64');
  expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
  expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  // The documents carry helmet's full set; API answers the shorter REST set.
  expect(res.headers).toMatchObject({
    'x-frame-options': 'SAMEORIGIN',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-dns-prefetch-control': 'off',
    'x-permitted-cross-domain-policies': 'none',
  });
  const api = await t.send('GET', '/api/v1/health');
  expect(api.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
  expect(api.headers['referrer-policy']).toBeUndefined();
});

test('assets are served; the API still answers; unknown files are 404 NOT_FOUND', async () => {
  expect((await t.send('GET', '/js/app.js')).status).toBe(200);
  expect((await t.send('GET', '/api/v1/health')).json()).toMatchObject({ status: 'ok' });
  const missing = await t.send('GET', '/js/missing.js');
  expect(missing.status).toBe(404);
  expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  expect((await t.send('GET', '/api/v1/unknown')).status).toBe(404);
});

describe('compressed and cached files', () => {
  let dir2: string;
  let t2: TestApp;
  const big = `console.log(${JSON.stringify('孕保通'.repeat(2000))});`;
  beforeAll(async () => {
    dir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'yunbao-h5z-'));
    fs.mkdirSync(path.join(dir2, 'js'));
    fs.writeFileSync(path.join(dir2, 'index.html'), '<!doctype html><html><body><div id="app"></div></body></html>');
    fs.writeFileSync(path.join(dir2, 'js', 'app.1234abcd.js'), big);
    fs.writeFileSync(path.join(dir2, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'precompress.mjs'), dir2]);
    t2 = await makeApp({ staticRoot: dir2 });
  });
  afterAll(async () => {
    await t2.close();
    fs.rmSync(dir2, { recursive: true, force: true });
  });

  test('a browser that accepts brotli or gzip gets the precompressed file; others the original', async () => {
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const br = await t2.app.inject({ method: 'GET', url: '/js/app.1234abcd.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(big) / 10);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(big);
    const gz = await t2.app.inject({ method: 'GET', url: '/js/app.1234abcd.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(big);
    const plain = await t2.app.inject({ method: 'GET', url: '/js/app.1234abcd.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(big);
  });

  test('hashed files are cached for a year, index.html and the favicon are revalidated', async () => {
    const js = await t2.send('GET', '/js/app.1234abcd.js');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const br = await t2.app.inject({ method: 'GET', url: '/js/app.1234abcd.js', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await t2.send('GET', '/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
    const html = await t2.send('GET', '/');
    expect(html.headers['cache-control']).toBe('no-cache');
    expect(html.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

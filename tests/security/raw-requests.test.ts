// What a client sends below fetch's level, on a real socket: an absolute-form request target gets
// the headers of the route it reached (an API answer is never cacheable), and what Node's parser
// refuses itself (a header too large: 431; an unparsable request: 400) is answered in the
// contract's error shape. And with CORS_ORIGINS set, an H5 file's Vary keeps Accept-Encoding.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { FUZZ_NOW, FUZZ_SECRET } from '../fuzz/support/harness';

let app: FastifyInstance;
let port: number;
let root: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'yunbao-raw-'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>孕保通</title>');
  fs.writeFileSync(path.join(root, 'app.js'), 'console.log("孕保通");'.repeat(50));
  fs.writeFileSync(path.join(root, 'app.js.br'), 'brotli bytes');
  app = await buildApp({ databasePath: ':memory:', tokenSecret: FUZZ_SECRET, rateLimitPerMinute: 0, logger: false, now: () => FUZZ_NOW, staticRoot: root, corsOrigins: ['https://app.yunbao.example'] });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as net.AddressInfo).port;
});
afterAll(async () => {
  await app.close();
  fs.rmSync(root, { recursive: true, force: true });
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function raw(text: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = all.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

const expectApiHeaders = (res: RawAnswer) => {
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
  expect(res.headers['x-frame-options']).toBe('DENY');
};

test('an absolute-form target (GET http://evil/api/v1/me/export) gets the API’s headers, no-store included', async () => {
  const res = await raw('GET http://evil/api/v1/me/export HTTP/1.1\r\nHost: evil\r\nConnection: close\r\n\r\n');
  expect(res.status).toBe(401);
  expectApiHeaders(res);
  expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  const regions = await raw('GET http://evil/api/v1/regions HTTP/1.1\r\nHost: evil\r\nConnection: close\r\n\r\n');
  expect(regions.status).toBe(200);
  expectApiHeaders(regions);
  // An H5 file keeps the documents' headers.
  const page = await raw('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  expect(page.status).toBe(200);
  expect(page.headers['content-security-policy']).toMatch(/^default-src 'self'/);
  expect(page.headers['cache-control']).toBe('no-cache');
});

test.each<[string, string, number, RegExp]>([
  ['a header over 16 KiB', `GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, /请求头过大/],
  ['a malformed header line', 'GET /api/v1/health HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n', 400, /请求格式无效/],
  ['a content-length that is no number', 'POST /api/v1/eligibility HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n', 400, /请求格式无效/],
  ['no HTTP at all', 'hello there\r\n\r\n', 400, /请求格式无效/],
])('%s: Node’s refusal in the contract’s shape', async (_what, request, status, message) => {
  const res = await raw(request);
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  expectApiHeaders(res);
  const body = JSON.parse(res.body) as { error: { code: string; message: string; details: unknown[] } };
  expect(body).toEqual({ error: { code: 'VALIDATION_FAILED', message: expect.stringMatching(message), details: [{ path: '', message: body.error.message }] } });
});

test('with CORS_ORIGINS set, an H5 file varies on Origin and on Accept-Encoding (appended, not replaced)', async () => {
  const res = await app.inject({ method: 'GET', url: '/app.js', headers: { origin: 'https://app.yunbao.example', 'accept-encoding': 'br' } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-encoding']).toBe('br');
  const vary = String(res.headers.vary).split(',').map((v) => v.trim().toLowerCase());
  expect(vary).toEqual(expect.arrayContaining(['origin', 'accept-encoding']));
  const plain = await app.inject({ method: 'GET', url: '/app.js' });
  expect(String(plain.headers.vary).toLowerCase()).toContain('accept-encoding');
});

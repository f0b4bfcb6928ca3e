// For the slow robustness checks: the server as a child process (dist/server/main.mjs, as `npm start`
// runs it; jest's globalSetup builds it), a small HTTP client, and valid enrollment bodies.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@jest/globals';
import { Value } from '@sinclair/typebox/value';
import { serverArgs } from '../../scripts/lib/server-build.mjs';
import { deviceUser } from '../../server/auth/login';
import { EnrollmentAnswer } from '../../src/api/contract';
import { checkDigit, maskId } from '../fuzz/support/oracle';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Server {
  child: ChildProcessWithoutNullStreams;
  pid: number;
  base: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last 64 KiB of stdout + stderr. */
  output(): string;
}

/** Starts the API on a free port with the given environment; resolves when it listens. */
export function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, serverArgs(ROOT), {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'info', NODE_ENV: 'production', ...env },
  });
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-65_536);
  };
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    let seen = '';
    let listening = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within 30 s:\n${out}`));
    }, 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (!listening) {
        seen += chunk.toString();
        const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
        if (match?.[1]) {
          clearTimeout(timer);
          listening = true;
          resolve({ child, pid: child.pid ?? -1, base: match[1], exited, output: () => out });
        }
      }
    });
    child.stderr.on('data', keep);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${out}`));
    });
  });
}

export interface Answer {
  status: number;
  body: string;
  json<T = Record<string, unknown>>(): T;
}

/** One HTTP request; network failures reject. */
export async function call(base: string, method: string, url: string, options: { token?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${url}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const body = await res.text();
  return { status: res.status, body, json: <T,>() => JSON.parse(body) as T };
}

/** The device login of a named test user (NODE_ENV=production: no dev login): the same name, the same account. */
export const deviceCode = (name: string) => `device:${createHash('sha256').update(`faults ${name}`).digest('base64url')}`;

/** The user id the server gives `deviceCode(name)`. */
export const deviceUserOf = (name: string) => deviceUser(deviceCode(name).slice('device:'.length));

export async function login(base: string, name: string): Promise<string> {
  const res = await call(base, 'POST', '/api/v1/auth/login', { body: { code: deviceCode(name) } });
  if (res.status !== 200) throw new Error(`login ${name}: ${res.status} ${res.body}`);
  return res.json<{ token: string }>().token;
}

/** A Shanghai calendar day `n` days before the real today (the child uses the real clock). */
export function daysAgo(n: number): string {
  return new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);
}

/** A valid resident ID for serial `n` (birth dates spread over 1980–2000). */
export function idFor(n: number): string {
  const birth = new Date(Date.UTC(1980, 0, 1) + (n % 7000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `430421${birth}${String(n % 1000).padStart(3, '0')}`;
  return `${first17}${checkDigit(first17)}`;
}

const HAN = [...'张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高'];
const given = [...'小满雨欣怡子涵浩宇明华丽安乐'];

/** A valid enrollment for serial `n` and certificate number `certificateNo`. */
export function enrollmentBody(n: number, certificateNo: string) {
  return {
    certificateNo,
    babyName: `${HAN[n % HAN.length]}${given[n % given.length]}${given[(n * 7) % given.length]}`,
    sex: n % 2 === 0 ? 'F' : 'M',
    birthDate: daysAgo(5 + (n % 60)),
    region: ['430400', '430421', '330300', '220200', '220281', '430100'][n % 6],
    guardian: { name: `${HAN[(n * 3) % HAN.length]}${given[(n * 5) % given.length]}`, idNo: idFor(n), relation: ['mother', 'father', 'guardian'][n % 3], insuredInRegion: n % 4 !== 0 },
  };
}

export type Body = ReturnType<typeof enrollmentBody>;

/** The record as the API answers it for `body` (masked ID, defaults). */
export function matches(record: EnrollmentAnswer, body: Body, rawId: boolean): boolean {
  const g = record.guardian;
  return (
    Value.Check(EnrollmentAnswer, record) &&
    record.status === 'submitted' &&
    record.certificateNo === body.certificateNo &&
    record.babyName === body.babyName &&
    record.sex === body.sex &&
    record.birthDate === body.birthDate &&
    record.region === body.region &&
    g.name === body.guardian.name &&
    g.relation === body.guardian.relation &&
    g.insuredInRegion === body.guardian.insuredInRegion &&
    g.idNo === (rawId ? body.guardian.idNo : maskId(body.guardian.idNo)) &&
    !Number.isNaN(Date.parse(record.createdAt)) &&
    typeof record.id === 'string' &&
    record.id !== ''
  );
}

/**
 * What a restart found of a burst: each acknowledged enrollment exactly once, every record present
 * whole and as sent. Answers the records by certificate number and how many were committed
 * without their answer reaching the client.
 */
export function checkAfterCrash(present: EnrollmentAnswer[], bodies: Body[], acked: ReadonlySet<string>) {
  const byCert = new Map<string, EnrollmentAnswer[]>();
  for (const r of present) byCert.set(r.certificateNo, [...(byCert.get(r.certificateNo) ?? []), r]);
  const bodyOf = new Map(bodies.map((b) => [b.certificateNo, b]));
  for (const cert of acked) expect(byCert.get(cert)?.length).toBe(1);
  for (const r of present) {
    const body = bodyOf.get(r.certificateNo);
    if (!body || !matches(r, body, false)) throw new Error(`half-written or foreign record after the crash: ${JSON.stringify(r)}`);
  }
  expect(byCert.size).toBe(present.length);
  const committedUnacked = present.length - [...acked].filter((c) => byCert.has(c)).length;
  const found = [...acked].filter((c) => byCert.get(c)?.length === 1).length;
  return { byCert, committedUnacked, found };
}

/**
 * The client retries everything not acknowledged (the i-th retry through `baseOf(i)`): 201 for
 * what was lost, 200 and the record as stored for what was committed. Answers the statuses.
 */
export function retryUnacknowledged(bodies: Body[], acked: ReadonlySet<string>, byCert: Map<string, EnrollmentAnswer[]>, token: string, baseOf: (i: number) => string) {
  return Promise.all(
    bodies
      .filter((b) => !acked.has(b.certificateNo))
      .map(async (body, i) => {
        const res = await call(baseOf(i), 'POST', '/api/v1/newborn-enrollments', { token, body });
        const expected = byCert.has(body.certificateNo) ? 200 : 201;
        if (res.status !== expected) throw new Error(`retry of ${body.certificateNo}: expected ${expected}, got ${res.status} ${res.body}`);
        if (!matches(res.json<EnrollmentAnswer>(), body, false)) throw new Error(`retry answer differs: ${res.body}`);
        if (expected === 200) expect(res.json<EnrollmentAnswer>()).toEqual(byCert.get(body.certificateNo)?.[0]);
        return res.status;
      }),
  );
}

/** VmRSS of a process in KiB, from /proc/<pid>/status. */
export function rssKiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]);
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/** Stops a server started here: SIGTERM, then SIGKILL after 10 s. */
export async function stop(server: Server): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return server.exited;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  const result = await server.exited;
  clearTimeout(timer);
  return result;
}

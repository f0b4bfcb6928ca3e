// A private PostgreSQL server for development, tests and the bench: a new cluster in a temp
// folder, listening on 127.0.0.1 at a free port and on a unix socket in that folder, with a
// random password. PostgreSQL refuses to run as root: as root it runs as the `postgres` user
// (Debian's package creates it; PG_RUN_AS names another), otherwise as the caller.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.mjs';

const ROLE = 'yunbao';
const DATABASE = 'yunbao';

/** The folder of initdb/postgres: PG_BIN, else the newest /usr/lib/postgresql/N/bin, else PATH. */
export function findPostgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(path.join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(debian, versions[0], 'bin');
  }
  try {
    return path.dirname(execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim());
  } catch {
    throw new Error('PostgreSQL is not installed: `apt-get install postgresql` (Debian), or set PG_BIN to the folder of initdb and postgres');
  }
}

/** Who runs the server: null for the caller, else {name, uid, gid} of an unprivileged user. */
function serverUser() {
  if (process.getuid?.() !== 0) return null;
  const name = process.env.PG_RUN_AS || 'postgres';
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    if (uid === 0) throw new Error(`PG_RUN_AS=${name} is root`);
    return { name, uid, gid };
  } catch (e) {
    throw new Error(`PostgreSQL refuses to run as root and there is no user "${name}" to run it (Debian's postgresql package creates one): ${e.message}`);
  }
}

const hasSetpriv = (() => {
  try {
    execFileSync('setpriv', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * Spawns `cmd` as `user`. Through setpriv where it exists, with a parent-death signal, so that a
 * killed test runner does not leave a server behind.
 */
function spawnAs(user, cmd, args, { deathSignal = null, stdio = 'ignore', env = {} } = {}) {
  const childEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C', ...env };
  if (hasSetpriv && (user || deathSignal)) {
    const ids = user ? [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--init-groups'] : [];
    const death = deathSignal ? [`--pdeathsig=${deathSignal}`] : [];
    return spawn('setpriv', [...ids, ...death, '--', cmd, ...args], { stdio, env: childEnv });
  }
  return spawn(cmd, args, { stdio, env: childEnv, ...(user ? { uid: user.uid, gid: user.gid } : {}) });
}

function runAs(user, cmd, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawnAs(user, cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${path.basename(cmd)} exited with ${code}:\n${out.slice(-2000)}`))));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Tries to connect until the server answers, it exits, or 30 s pass. */
async function waitReady(url, isRunning, logFile) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
    }
    if (!isRunning()) throw new Error(`postgres exited while starting:\n${tail(logFile)}`);
    if (Date.now() > deadline) throw new Error(`postgres did not answer within 30 s:\n${tail(logFile)}`);
    await sleep(100);
  }
}

const tail = (file) => {
  try {
    return readFileSync(file, 'utf8').slice(-2000);
  } catch {
    return '(no log)';
  }
};

/**
 * Creates and starts a cluster. Options: `parent` (folder for the temp folder; default the
 * system's temp folder), `port` (default a free one), `label` (part of the folder's name).
 * Resolves { url, adminUrl(db), port, root, stop({mode}), start(), isRunning() }.
 */
export async function startLocalPostgres({ parent = os.tmpdir(), port, label = 'pg' } = {}) {
  const bin = findPostgresBin();
  const user = serverUser();
  const root = mkdtempSync(path.join(parent, `yunbao-${label}-`));
  const dataDir = path.join(root, 'data');
  const socketDir = path.join(root, 'socket');
  const logFile = path.join(root, 'postgres.log');
  mkdirSync(socketDir);
  const password = randomBytes(18).toString('base64url');
  const pwFile = path.join(root, 'pw');
  writeFileSync(pwFile, password, { mode: 0o600 });
  if (user) for (const p of [root, socketDir, pwFile]) chownSync(p, user.uid, user.gid);

  // -N: a cluster that lives for one run needs no fsync of its template files at creation.
  await runAs(user, path.join(bin, 'initdb'), ['-D', dataDir, '-U', ROLE, `--pwfile=${pwFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C', '-N']);
  rmSync(pwFile);

  let child = null;
  let exited = null;
  const boundPort = port ?? (await freePort());
  const url = `postgres://${ROLE}:${password}@127.0.0.1:${boundPort}/${DATABASE}`;
  const adminUrl = (db = 'postgres') => `postgres://${ROLE}:${password}@127.0.0.1:${boundPort}/${db}`;

  async function start() {
    const fd = openSync(logFile, 'a');
    try {
      child = spawnAs(
        user,
        path.join(bin, 'postgres'),
        // synchronous_commit and fsync are PostgreSQL's defaults, named so that no config file can turn them off.
        ['-D', dataDir, '-c', 'listen_addresses=127.0.0.1', '-c', `port=${boundPort}`, '-c', `unix_socket_directories=${socketDir}`, '-c', 'fsync=on', '-c', 'synchronous_commit=on', '-c', 'max_connections=200'],
        // SIGINT is PostgreSQL's "fast" shutdown: clients are disconnected, a checkpoint is written.
        { deathSignal: 'INT', stdio: ['ignore', fd, fd] },
      );
    } finally {
      closeSync(fd);
    }
    const current = child;
    exited = new Promise((resolve) => current.on('exit', (code, signal) => resolve({ code, signal })));
    await waitReady(adminUrl(), () => current.exitCode === null && current.signalCode === null, logFile);
  }

  const isRunning = () => child !== null && child.exitCode === null && child.signalCode === null;

  /** mode: 'fast' (SIGINT, clean) or 'immediate' (SIGQUIT: no checkpoint, crash recovery at the next start). */
  async function stop({ mode = 'fast' } = {}) {
    if (!isRunning()) return;
    const pid = child.pid;
    const signal = mode === 'immediate' ? 'SIGQUIT' : 'SIGINT';
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }, 15_000);
    await exited;
    clearTimeout(timer);
  }

  try {
    await start();
    const admin = new pg.Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();
  } catch (e) {
    await stop({ mode: 'immediate' });
    rmSync(root, { recursive: true, force: true });
    throw e;
  }

  return {
    url,
    adminUrl,
    /** The postmaster's process id while it runs (its backends are its children). */
    pid: () => (isRunning() ? child.pid : null),
    port: boundPort,
    root,
    logFile,
    isRunning,
    start,
    stop,
    /** Stops the server and removes its folder. */
    async destroy() {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

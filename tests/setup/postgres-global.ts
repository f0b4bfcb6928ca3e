// globalSetup of the jest project `postgres`: one private PostgreSQL server for the run (a new
// cluster in memory-backed /dev/shm where there is one), its URL in YUNBAO_TEST_PG_URL for the
// test workers, which each make databases of their own on it.
import fs from 'node:fs';
import os from 'node:os';
import { startLocalPostgres, type LocalPostgres } from '../../scripts/lib/local-postgres.mjs';

declare global {
  // Kept from globalSetup for globalTeardown (same process).
  var yunbaoTestPostgres: LocalPostgres | undefined;
}

export default async function startTestPostgres(): Promise<void> {
  const started = Date.now();
  const server = await startLocalPostgres({ parent: fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), label: 'test-pg' });
  globalThis.yunbaoTestPostgres = server;
  process.env.YUNBAO_TEST_PG_URL = server.adminUrl();
  process.stderr.write(`\n[postgres] test server on 127.0.0.1:${server.port}, started in ${Date.now() - started} ms\n`);
}

// Before any test starts the API as a process (tests/contract/process.ts, tests/faults/support.ts,
// the browser suite): dist/server/main.mjs built from the current source, as `npm start` runs it.
import path from 'node:path';
import { buildServer } from '../../scripts/lib/server-build.mjs';

export default async function buildServerBeforeTests(): Promise<void> {
  await buildServer(path.resolve(__dirname, '..', '..'));
}

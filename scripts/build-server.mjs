// `npm run build:server`: the policy API bundled into dist/server/main.mjs (scripts/lib/server-build.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, SERVER_BUNDLE } from './lib/server-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
await buildServer(root);
console.log(`server: ${SERVER_BUNDLE} in ${Date.now() - started} ms`);

// `npm run db:pg`: a private PostgreSQL for development (scripts/lib/local-postgres.mjs), in a
// temp folder, until Ctrl-C; prints the DATABASE_URL to start the API with. The data goes with
// it: a throwaway database, for trying the PostgreSQL store and several instances.
//   npm run db:pg                 a free port
//   npm run db:pg -- --port 5433  a fixed one
import { parseArgs } from 'node:util';
import { startLocalPostgres } from './lib/local-postgres.mjs';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const server = await startLocalPostgres({ label: 'dev-pg', ...(values.port ? { port: Number(values.port) } : {}) });
console.log(`PostgreSQL is running (data in ${server.root}, removed when it stops).

  DATABASE_URL=${server.url}

Start API instances on it, for example:
  DATABASE_URL='${server.url}' TOKEN_SECRET=dev-secret-0123456789 PORT=8787 npm run api
  DATABASE_URL='${server.url}' TOKEN_SECRET=dev-secret-0123456789 PORT=8788 npm run api

Ctrl-C stops it.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.destroy().then(() => process.exit(0));
  });
}
// Keeps the process (and so the server, which gets SIGINT when this process dies) alive.
setInterval(() => {
  if (!server.isRunning() && !stopping) {
    console.error(`PostgreSQL stopped on its own; its log: ${server.logFile}`);
    process.exit(1);
  }
}, 1000);

// The API's budgeted baseline: a bare Fastify route (no logger, no hooks, Fastify's own JSON body
// parser) that answers a fixed JSON of BENCH_BYTES bytes, the size of the real answer it stands
// in for. Started as its own process, like the real server, by bench/rows/api.mjs; prints its port.
import Fastify from 'fastify';

const bytes = Number(process.env.BENCH_BYTES || 700);
const filler = 'x'.repeat(Math.max(0, bytes - '{"ok":true,"pad":""}'.length));
const body = Buffer.from(JSON.stringify({ ok: true, pad: filler }));

const app = Fastify({ logger: false, keepAliveTimeout: 72_000 });
app.post('/api/v1/delivery-estimate', (_request, reply) => {
  reply.type('application/json; charset=utf-8').send(body);
});
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${new URL(address).port}\n`);
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));

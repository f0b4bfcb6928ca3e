// The API baseline: a bare node:http server that reads the POST body and answers a fixed JSON of
// BENCH_BYTES bytes (the size of the real answer it stands in for). Started as its own process,
// like the real server, by bench/rows/api.mjs; prints its port on stdout.
import http from 'node:http';

const bytes = Number(process.env.BENCH_BYTES || 700);
const filler = 'x'.repeat(Math.max(0, bytes - '{"ok":true,"pad":""}'.length));
const body = Buffer.from(JSON.stringify({ ok: true, pad: filler }));

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 72_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

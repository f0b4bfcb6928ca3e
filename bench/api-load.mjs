// The load generator, run as its own process (so it does not share a core with the server it
// loads): autocannon's programmatic API. Reads a JSON job from argv[2], prints the result as JSON.
//   {url, connections, duration, headers, body}              same request every time
//   {url, connections, duration, headers, enroll: {letter}}   a new enrollment each request
//   {urls: [...], …}                                          the connections spread over several servers
import autocannon from 'autocannon';

const job = JSON.parse(process.argv[2]);

// GB 11643: 17 digits, weights 2^(17-i) mod 11, check character from the sum mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
function residentId(i) {
  const birth = new Date(Date.UTC(1988, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `430421${birth}${String(100 + (i % 900)).padStart(3, '0')}`;
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += Number(first17[k]) * WEIGHTS[k];
  return first17 + CHECK[sum % 11];
}
const GUARDIANS = Array.from({ length: 64 }, (_, i) => residentId(i * 37));
const BABIES = ['张小满', '李安然', '王若溪', '赵一诺', '陈可心', '刘子墨', '杨沐阳', '黄语桐', '周嘉禾', '吴思远', '阿依·买买提'];
const PARENTS = ['李华', '王芳', '张伟', '刘洋', '陈静', '杨帆', '赵敏', '黄磊'];

function enrollmentBody(n, { letter, birthDate, region }) {
  return JSON.stringify({
    certificateNo: `${letter}${String(n).padStart(9, '0')}`,
    babyName: BABIES[n % BABIES.length],
    sex: n % 2 ? 'M' : 'F',
    birthDate,
    region,
    guardian: { name: PARENTS[n % PARENTS.length], idNo: GUARDIANS[n % GUARDIANS.length], relation: 'mother', insuredInRegion: n % 3 !== 0 },
  });
}

const urls = (job.urls ?? [job.url]).map((u) => new URL(u));
const url = urls[0];
const opts = {
  // autocannon shares the connections among several origins in turn.
  url: urls.length === 1 ? `${url.protocol}//${url.host}` : urls.map((u) => `${u.protocol}//${u.host}`),
  connections: job.connections,
  duration: job.duration,
  pipelining: 1,
  // A connection closed by the server is an error to report, not to hide.
  timeout: 10,
};
// Certificate numbers from enroll.start on: several runs on one database stay distinct.
let n = job.enroll?.start ?? 0;
if (job.enroll) {
  opts.requests = [
    {
      method: 'POST',
      path: url.pathname,
      headers: job.headers,
      setupRequest(req) {
        n += 1;
        return { ...req, body: enrollmentBody(n, job.enroll) };
      },
    },
  ];
} else {
  opts.requests = [{ method: job.method ?? 'POST', path: url.pathname, headers: job.headers, body: job.body }];
}

// 2xx latencies by whole millisecond, so that several windows combine into one exact p99.
const latencyBuckets = {};
const instance = autocannon(opts);
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  if (statusCode >= 200 && statusCode < 300) {
    const ms = Math.round(responseTime);
    latencyBuckets[ms] = (latencyBuckets[ms] ?? 0) + 1;
  }
});
const result = await instance;
process.stdout.write(
  JSON.stringify({
    duration: result.duration,
    sent: n - (job.enroll?.start ?? 0),
    total: result.requests.total,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodeStats: result.statusCodeStats,
    latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.average },
    reqPerSec: result['2xx'] / result.duration,
    latencyBuckets,
  }),
);

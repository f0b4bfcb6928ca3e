// Row "weapp home first setData": in the WeChat double (tests/weapp/double), the real time from
// App() (app.js registering the app) to the first setData of the first page, i.e. the JavaScript
// work of a cold start up to the first data the view layer receives. The double's clock is
// virtual, so timers cost no waiting: the figure is the work, not WeChat's scheduling.
// Run by bench/rows/weapp.mjs as `node --import tsx bench/weapp-first-setdata.ts <product dist/weapp>
// <bare dist/weapp> <rounds>`; prints JSON. The product starts at home with a seeded pregnancy
// (and the real API in-process); the bare Taro page is built the same way (bench/lib/baseline-app.mjs).
import { startApiServer } from '../tests/weapp/double/server';
import { WechatDouble } from '../tests/weapp/double/wechat';
import { PREGNANT_IN_HENGYANG, START, seededDevice } from '../tests/weapp/harness';

const [productRoot, bareRoot, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 15);

interface Sample {
  ms: number;
  bytes: number;
  shows: string;
}

async function once(root: string, product: boolean, api: Awaited<ReturnType<typeof startApiServer>>): Promise<Sample> {
  const wx = await WechatDouble.launch({
    root,
    device: product ? seededDevice(PREGNANT_IN_HENGYANG) : seededDevice(PREGNANT_IN_HENGYANG, {}, { privacyAgreed: true }),
    upstreams: [api.upstream],
    wechat: api.wechat,
    start: START,
  });
  try {
    const first = wx.setDataLog.find((s) => s.route === wx.appJson.pages[0]);
    if (!first || wx.appRegisteredHr === null) throw new Error(`${root}: no setData of the first page`);
    if (wx.errors.length > 0) throw new Error(`${root}: ${wx.errors[0]}`);
    // The week, if that first payload already carries it (the bare page's text is the same words).
    const shows = /孕\d+周\+\d天/.exec(first.json)?.[0] ?? '(no week in it)';
    return { ms: Number(first.hr - wx.appRegisteredHr) / 1e6, bytes: first.bytes, shows };
  } finally {
    wx.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  if (!productRoot || !bareRoot) throw new Error('usage: weapp-first-setdata.ts <product dist/weapp> <bare dist/weapp> [rounds]');
  let clock = START.getTime();
  const api = await startApiServer(() => clock);
  const product: Sample[] = [];
  const bare: Sample[] = [];
  try {
    // One warm-up each (the first run compiles the scripts), then in turns so drift weighs on both.
    await once(productRoot, true, api);
    await once(bareRoot, false, api);
    for (let i = 0; i < rounds; i++) {
      product.push(await once(productRoot, true, api));
      bare.push(await once(bareRoot, false, api));
      clock += 1000;
    }
  } finally {
    await api.close();
  }
  process.stdout.write(
    JSON.stringify({
      rounds,
      productMs: median(product.map((s) => s.ms)),
      productMin: Math.min(...product.map((s) => s.ms)),
      productMax: Math.max(...product.map((s) => s.ms)),
      productBytes: product[0]!.bytes,
      productShows: product[0]!.shows,
      bareMs: median(bare.map((s) => s.ms)),
      bareBytes: bare[0]!.bytes,
      bareShows: bare[0]!.shows,
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});

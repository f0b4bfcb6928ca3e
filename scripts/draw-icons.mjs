// Draws the tab bar icons (src/assets/tabbar/*.png, 81×81 as WeChat asks, grey and the app's
// magenta when selected) and the H5 favicon (src/assets/favicon.ico, a PNG inside an ICO) from
// the SVGs below, in Debian's Chromium through playwright-core. Run by hand after changing an
// icon (`npm run draw-icons`); the PNGs are checked in, so builds need no browser. The tab icons
// count towards WeChat's main package: one colour in 4 levels of opacity, a 2-bit palette PNG.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GREY = '#5c5c66';
const MAGENTA = '#c2185b';
const BITS = 2;

/** 24×24 line drawings: 首页, 产检, 服务包, 我的 (the order of app.config.ts's tab bar). */
const TABS = {
  home: '<path d="M3 11.2 12 3.8l9 7.4"/><path d="M5.6 9.6V20.2h4.9v-5.6h3v5.6h4.9V9.6"/>',
  checks: '<rect x="3.6" y="5.2" width="16.8" height="15.2" rx="2.6"/><path d="M3.6 10h16.8M8.2 3v4.2M15.8 3v4.2"/><path d="m9 15.1 2.1 2.1 4.1-4.2"/>',
  packages:
    '<rect x="3.4" y="8.2" width="17.2" height="4.4" rx="1.2"/><path d="M5.2 12.6v7.8h13.6v-7.8M12 8.2v12.2"/><path d="M12 8.2C10.6 4.4 7.1 4.3 7.3 6.4c.2 1.8 4.7 1.8 4.7 1.8Zm0 0c1.4-3.8 4.9-3.9 4.7-1.8-.2 1.8-4.7 1.8-4.7 1.8Z"/>',
  me: '<circle cx="12" cy="8" r="4.1"/><path d="M4.2 20.4c1.2-3.9 4.3-6 7.8-6s6.6 2.1 7.8 6"/>',
};

const svg = (body, colour, size, strokeWidth) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="${colour}" stroke-width="${strokeWidth}" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

/** A white heart on a magenta rounded square. */
const FAVICON = (size) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24"><rect width="24" height="24" rx="5" fill="${MAGENTA}"/><path d="M12 19.2s-6.8-4.1-6.8-8.6A3.7 3.7 0 0 1 12 8.5a3.7 3.7 0 0 1 6.8 2.1c0 4.5-6.8 8.6-6.8 8.6Z" fill="#fff"/></svg>`;

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A one-colour icon as a palette PNG of `bits` bits a pixel: the colour at 2^bits opacities. */
function palettePng(alpha, size, colour, bits = BITS) {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
  const levels = 2 ** bits;
  const perByte = 8 / bits;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.writeUInt8(bits, 8);
  ihdr.writeUInt8(3, 9);
  const plte = Buffer.alloc(levels * 3);
  const trns = Buffer.alloc(levels);
  for (let i = 0; i < levels; i += 1) {
    plte.writeUInt8(r, i * 3);
    plte.writeUInt8(g, i * 3 + 1);
    plte.writeUInt8(b, i * 3 + 2);
    trns.writeUInt8(Math.round((i * 255) / (levels - 1)), i);
  }
  const stride = Math.ceil(size / perByte);
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const level = Math.round((alpha[y * size + x] * (levels - 1)) / 255);
      const at = y * (stride + 1) + 1 + Math.floor(x / perByte);
      raw[at] |= level << (8 - bits * (1 + (x % perByte)));
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('tRNS', trns), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** An .ico holding one PNG (every current browser reads PNG-in-ICO). */
function ico(png, size) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(size >= 256 ? 0 : size, 6);
  header.writeUInt8(size >= 256 ? 0 : size, 7);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png]);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const draw = async (markup) => {
    await page.setContent(`<body style="margin:0;background:transparent">${markup}</body>`);
    return page.locator('svg').screenshot({ omitBackground: true });
  };
  /** The opacity of each pixel of an SVG drawn on a canvas, row by row. */
  const alphaOf = (markup, size) =>
    page.evaluate(
      async ({ markup, size }) => {
        const img = new Image();
        img.src = `data:image/svg+xml;base64,${btoa(markup)}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = size;
        canvas.height = size;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0, size, size);
        const rgba = ctx.getImageData(0, 0, size, size).data;
        return Array.from({ length: size * size }, (_, i) => rgba[i * 4 + 3]);
      },
      { markup, size },
    );
  const dir = path.join(root, 'src', 'assets', 'tabbar');
  mkdirSync(dir, { recursive: true });
  for (const [name, body] of Object.entries(TABS)) {
    writeFileSync(path.join(dir, `${name}.png`), palettePng(await alphaOf(svg(body, '#000', 81, 1.8), 81), 81, GREY));
    writeFileSync(path.join(dir, `${name}-active.png`), palettePng(await alphaOf(svg(body, '#000', 81, 2.2), 81), 81, MAGENTA));
  }
  writeFileSync(path.join(root, 'src', 'assets', 'favicon.ico'), ico(await draw(FAVICON(48)), 48));
  console.log(`drew ${Object.keys(TABS).length * 2} tab icons and the favicon`);
} finally {
  await browser.close();
}

// The tab bar's icons (both platforms, from app.config.ts) and the H5 favicon are real, small
// PNGs: WeChat takes tab icons of at most 40 KB, 81×81 recommended (scripts/draw-icons.mjs).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');

interface TabItem {
  pagePath: string;
  text: string;
  iconPath?: string;
  selectedIconPath?: string;
}

function appConfig(): { tabBar: { list: TabItem[] } } {
  (globalThis as unknown as { defineAppConfig: (c: unknown) => unknown }).defineAppConfig = (c) => c;
  return jest.requireActual<{ default: { tabBar: { list: TabItem[] } } }>('../../src/app.config').default;
}

/** Width and height from a PNG's IHDR. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

test.each(appConfig().tabBar.list.map((t) => [t.text, t] as const))('the %s tab has an icon and a selected icon: 81×81 PNGs under 40 KB', (_text, tab) => {
  for (const icon of [tab.iconPath, tab.selectedIconPath]) {
    expect(icon).toMatch(/^assets\/tabbar\/[a-z-]+\.png$/);
    const file = path.join(SRC, icon!);
    expect(existsSync(file)).toBe(true);
    const png = readFileSync(file);
    expect(png.length).toBeLessThan(40 * 1024);
    expect(pngSize(png)).toEqual({ width: 81, height: 81 });
  }
  expect(tab.iconPath).not.toBe(tab.selectedIconPath);
});

test('the favicon is an ICO holding a PNG, linked from index.html and copied into the H5 build', () => {
  const ico = readFileSync(path.join(SRC, 'assets/favicon.ico'));
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  expect(ico.readUInt16LE(4)).toBe(1);
  const offset = ico.readUInt32LE(18);
  expect(pngSize(ico.subarray(offset)).width).toBe(48);
  expect(readFileSync(path.join(SRC, 'index.html'), 'utf8')).toContain('<link rel="icon" href="/favicon.ico">');
  expect(readFileSync(path.join(SRC, '../config/index.ts'), 'utf8')).toContain("{ from: 'src/assets/favicon.ico', to: 'dist/h5/favicon.ico' }");
});

// What the H5 build makes a browser fetch to show the home page, read from the build itself:
// the scripts and stylesheets index.html links, plus the chunks (JS and their CSS) that the home
// route's loader requests (`load(){return[__webpack_require__.e(ID)...]}` in Taro's route table).
// Sizes raw and gzip (zlib level 6, as a compressing server would send them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSize } from './util.mjs';

export const H5_FIRST_LOAD_BUDGET_GZIP = 160 * 1024;

const attr = (tag, name) => (tag.match(new RegExp(`\\b${name}=["']?([^"' >]+)`)) ?? [])[1];

/** Home route path: the first page of the app config embedded in the bundle. */
function homeRoute(entryText) {
  const m = entryText.match(/"pages":\[\s*"([^"]+)"/);
  return m ? m[1] : 'pages/index/index';
}

function chunkFiles(dir, sub, id, ext) {
  const folder = path.join(dir, sub);
  if (!existsSync(folder)) return [];
  const esc = String(id).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const re = new RegExp(`^${esc}\\.[0-9a-f]+\\.${ext}$`);
  return readdirSync(folder)
    .filter((f) => re.test(f))
    .map((f) => `/${sub}/${f}`);
}

export function h5FirstLoadFromBuild(dir) {
  const indexPath = path.join(dir, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} missing: build h5 first`);
  const html = readFileSync(indexPath, 'utf8');
  const urls = [];
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = attr(tag, 'src');
    if (src) urls.push(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (/rel=["']?stylesheet/.test(tag)) urls.push(attr(tag, 'href'));
  }
  const local = (u) => path.join(dir, u.replace(/^\/+/, '').split('?')[0]);
  const entryJs = urls.filter((u) => u.endsWith('.js')).map((u) => readFileSync(local(u), 'utf8'));
  const home = homeRoute(entryJs.join('\n'));
  const routeChunks = new Set();
  let routeFound = false;
  for (const text of entryJs) {
    const at = text.indexOf(`"path":"${home}"`);
    if (at < 0) continue;
    routeFound = true;
    const tail = text.slice(at, at + 2000);
    const end = tail.indexOf('"path":', 10);
    const loader = end > 0 ? tail.slice(0, end) : tail.slice(0, 800);
    for (const m of loader.matchAll(/\.e\(\s*("?)([\w/.-]+)\1\s*\)/g)) routeChunks.add(m[2]);
  }
  for (const id of routeChunks) {
    urls.push(...chunkFiles(dir, 'js', id, 'js'), ...chunkFiles(dir, 'css', id, 'css'));
  }
  const files = [...new Set(urls)].map((u) => {
    const buf = readFileSync(local(u));
    return { url: u, type: u.endsWith('.css') ? 'css' : 'js', raw: buf.length, gzip: gzipSize(buf) };
  });
  const sum = (k, t) => files.filter((f) => !t || f.type === t).reduce((a, f) => a + f[k], 0);
  return {
    home,
    routeFound,
    routeChunks: [...routeChunks],
    files,
    raw: sum('raw'),
    gzip: sum('gzip'),
    js: { raw: sum('raw', 'js'), gzip: sum('gzip', 'js') },
    css: { raw: sum('raw', 'css'), gzip: sum('gzip', 'css') },
  };
}

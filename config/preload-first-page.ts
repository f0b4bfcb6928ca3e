// H5 only: index.html preloads the chunks of the first page (the home page), JS and CSS.
//
// Taro's H5 router loads every page with a dynamic import(), so the home page's chunks were only
// requested after the runtime (app.js) had been downloaded and run: measured at 4× CPU, the home
// chunk's request started ~780 ms after navigation, 200 ms after app.js was there, and first
// render waited on that second round trip. With <link rel=preload> the browser fetches them
// alongside app.js; webpack's loader then finds them in the cache (same URL, same attributes).
// Only the first page: preloading every page would spend the first load on pages not shown.
import type { Compilation, Compiler } from 'webpack';

const PLUGIN = 'PreloadFirstPage';

export interface PreloadFirstPageOptions {
  /** The page's source module, e.g. /src\/pages\/index\/index\.tsx$/. */
  page: RegExp;
  /** The HTML document to add the links to. Default 'index.html'. */
  html?: string;
  /** publicPath of the build, ending in '/'. */
  publicPath: string;
}

/** The files (JS, CSS) of the async chunk group that loads `page`, in load order. */
export function firstPageFiles(compilation: Compilation, page: RegExp): string[] {
  const files: string[] = [];
  for (const group of compilation.chunkGroups) {
    if (group.isInitial()) continue;
    // nameForCondition: the resource without its query; a concatenated module answers its root's.
    const loadsPage = group.chunks.some((chunk) =>
      [...compilation.chunkGraph.getChunkModulesIterable(chunk)].some((m) => page.test(m.nameForCondition() ?? '')),
    );
    if (!loadsPage) continue;
    for (const chunk of group.chunks) for (const file of chunk.files) if (!files.includes(file)) files.push(file);
    break;
  }
  return files;
}

export function preloadTag(publicPath: string, file: string): string | null {
  const as = file.endsWith('.js') ? 'script' : file.endsWith('.css') ? 'style' : null;
  return as ? `<link rel="preload" as="${as}" href="${publicPath}${file}">` : null;
}

export class PreloadFirstPage {
  constructor(private readonly options: PreloadFirstPageOptions) {}

  apply(compiler: Compiler): void {
    const { page, publicPath } = this.options;
    const htmlName = this.options.html ?? 'index.html';
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      // After html-webpack-plugin has emitted the document (PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE).
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT - 1 }, () => {
        const html = compilation.getAsset(htmlName);
        if (!html) return;
        const files = firstPageFiles(compilation, page);
        if (files.length === 0) {
          compilation.warnings.push(new compiler.webpack.WebpackError(`${PLUGIN}: no async chunk loads ${page}`));
          return;
        }
        const tags = files.map((f) => preloadTag(publicPath, f)).filter((t): t is string => t !== null);
        const source = html.source.source().toString();
        if (!source.includes('</head>')) return;
        compilation.updateAsset(htmlName, new compiler.webpack.sources.RawSource(source.replace('</head>', `${tags.join('')}</head>`)));
      });
    });
  }
}

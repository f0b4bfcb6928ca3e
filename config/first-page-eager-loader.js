// H5 only: the home page goes into the entry chunk instead of a chunk of its own.
//
// Taro's H5 route table loads every page with a dynamic import(). For the first page that meant
// a second script after app.js had run: the app shell was laid out and painted empty, then the
// home chunk was evaluated in a task of its own, then rendered. Measured at 4× CPU throttling
// (eight A/B rounds of 7 cold loads, bench/README.md): the week label painted at 1.42 s against
// 1.56 s with the page in the entry chunk, for the same first-load bytes (the chunk had been
// preloaded with app.js). Other pages keep their lazy chunks.
//
// A webpack loader run last on the app entry (src/app.config.ts after taro-loader and babel): it
// marks the import() of `options.page` with webpackMode "eager". It fails the build when it does
// not find exactly one such import, so a Taro upgrade that changes the route table is noticed.
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

module.exports = function firstPageEager(source) {
  const { page } = this.getOptions();
  const importOfPage = new RegExp(`import\\(\\s*(["'])((?:[^"']*/)?${escape(page)})\\1\\s*\\)`, 'g');
  const found = source.match(importOfPage) ?? [];
  if (found.length !== 1) {
    throw new Error(`first-page-eager-loader: expected one import() of ${page} in ${this.resourcePath}, found ${found.length}`);
  }
  return source.replace(importOfPage, (_m, quote, request) => `import(/* webpackMode: "eager" */ ${quote}${request}${quote})`);
};

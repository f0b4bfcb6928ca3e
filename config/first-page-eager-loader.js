// H5: the first page's import() in Taro's route table becomes webpackMode "eager", so the home page
// renders in the entry's task instead of after an empty shell (bench/README.md, H5 first render).
// Run last on src/app.config.ts; it fails the build unless it finds exactly one such import, so a
// Taro upgrade that changes the route table is noticed.
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

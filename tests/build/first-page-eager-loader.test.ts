// The H5 build's loader that puts the home page into the entry chunk: it marks exactly the home
// page's import() eager, leaves every other page lazy, and fails the build when Taro's route table
// no longer has the import it expects (so the home page never silently goes back to a chunk of its own).
type Loader = (this: { getOptions(): { page: string }; resourcePath: string }, source: string) => string;

const firstPageEager = jest.requireActual<Loader>('../../config/first-page-eager-loader.js');
const run = (source: string, page = 'pages/index/index') => firstPageEager.call({ getOptions: () => ({ page }), resourcePath: '/app/src/app.config.ts' }, source);

// The shape of @tarojs/taro-loader's H5 route table after babel.
const routeTable = (quote: string) => `config.routes = [Object.assign({
  path: 'pages/index/index',
  load: function (context, params) {
    const page = import(${quote}./pages/index/index${quote});
    return [page, context, params];
  }
}, {}), Object.assign({
  path: 'pages/checks/index',
  load: function (context, params) {
    const page = import(${quote}./pages/checks/index${quote});
    return [page, context, params];
  }
}, {}), Object.assign({
  path: 'subpackages/check/index',
  load: function (context, params) {
    const page = import(${quote}./subpackages/check/index${quote});
    return [page, context, params];
  }
}, {})];`;

test.each(['"', "'"])('the home page is imported eagerly, the other pages stay lazy (quote %s)', (quote) => {
  const out = run(routeTable(quote));
  expect(out).toContain(`import(/* webpackMode: "eager" */ ${quote}./pages/index/index${quote})`);
  expect(out).toContain(`import(${quote}./pages/checks/index${quote})`);
  expect(out).toContain(`import(${quote}./subpackages/check/index${quote})`);
  expect(out.match(/webpackMode/g)).toHaveLength(1);
});

test('an absolute request is recognised too', () => {
  expect(run('const page = import("/work/app/src/pages/index/index")')).toBe('const page = import(/* webpackMode: "eager" */ "/work/app/src/pages/index/index")');
});

test('a page whose path only ends like the home page is not taken for it', () => {
  expect(() => run('import("./pages/other-pages/index/index")')).toThrow(/found 0/);
});

test('no import of the page, or two, fails the build with the reason', () => {
  expect(() => run('const routes = []')).toThrow('first-page-eager-loader: expected one import() of pages/index/index in /app/src/app.config.ts, found 0');
  expect(() => run(`${routeTable('"')}\n${routeTable('"')}`)).toThrow(/found 2/);
});

import type { UserConfigExport } from '@tarojs/cli';

export default {
  logger: { quiet: false, stats: true },
  // No minifying in development (terser also prints msw's private #fields as invalid #"x").
  terser: { enable: false },
  csso: { enable: false },
  mini: {},
  // Preact's fast refresh (@prefresh) is not installed: full reloads in `npm run dev:h5`.
  h5: { devServer: { hot: false, host: '127.0.0.1', port: 10086 } },
} satisfies UserConfigExport<'webpack5'>;

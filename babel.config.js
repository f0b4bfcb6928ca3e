// Taro's preset for the app; jest uses it for project files only (see jest.config.js).
module.exports = {
  presets: [
    ['taro', { framework: process.env.JEST_WORKER_ID ? 'react' : 'preact', ts: true, compiler: 'webpack5', useBuiltIns: false, hot: false }],
  ],
};

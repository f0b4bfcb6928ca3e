// Taro's preset for the app; jest uses it for project files only (see jest.config.js).
module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5', useBuiltIns: false }],
  ],
};

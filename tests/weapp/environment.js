// Jest's node environment plus one bridge: the WeChat double hears of unhandled promise
// rejections in the app's realm (WeChat reports them to App.onUnhandledRejection), which the
// test's own `process` (a copy jest makes) never receives.
const { TestEnvironment } = require('jest-environment-node');

class WeappEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.__weappHost = {
      /** Calls `listener(reason, promise)` for each unhandled rejection until the returned function is called. */
      onUnhandledRejection(listener) {
        process.on('unhandledRejection', listener);
        return () => process.off('unhandledRejection', listener);
      },
    };
  }
}

module.exports = WeappEnvironment;

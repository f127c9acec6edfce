/**
 * `npm test`'s Jest: the files of jest.config.js, run by jest-light-runner.
 * @type {import('jest').Config}
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  runner: '<rootDir>/test/light-runner.mjs',
  // Jest itself loads only the runner and global setup, which need no transform; the workers load the
  // tests as test/light-setup.js says.
  transform: {},
  setupFiles: ['<rootDir>/test/light-setup.js'],
  globalSetup: '<rootDir>/test/light-global-setup.js',
};

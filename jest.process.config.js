/**
 * `npm run test:process`: the process-level test files, which `npm test` leaves out (jest.config.js):
 * real synth processes killed while they write (faults), description load errors through the runner
 * (load-errors), the pre-commit hook in a scratch repository (pre-commit), the cdk8s CLI (cdk8s-cli), the
 * runner's caches (run-script) and the synth command's process (synth-process). CI runs them after `npm test`.
 * @type {import('jest').Config}
 */
const base = require('./jest.config');

const processTests = base.testPathIgnorePatterns.filter((p) => p.startsWith('<rootDir>/test/'));

module.exports = {
  ...base,
  testMatch: processTests,
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/test/global-setup-process.js',
};

/**
 * The Jest configuration of `npm run test:mutation` (stryker.config.mjs): every test that can tell a
 * mutant from the real code, and none that kills mutants without proving anything.
 * - The drift test compares dist/ with a fresh synth: every mutant that changes any output fails it,
 *   whether or not any behaviour is checked. Left out.
 * - Snapshot assertions likewise: in this run `toMatchSnapshot` always passes (test/mutation-setup.js).
 * - The tests that run synth as separate processes (faults, run-script, and the process cases of
 *   synth-command) take seconds per case; they guard the runner and the atomic writer's crash
 *   recovery, which the in-process tests of lib/write.ts cover too. Left out for time, so no global
 *   setup is needed.
 * @type {import('jest').Config}
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/mutation/*.mutation.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
  setupFilesAfterEnv: ['<rootDir>/test/mutation-setup.js'],
  // An absolute path: StrykerJS's wrapper of the environment does not expand <rootDir>.
  testEnvironment: require('node:path').join(__dirname, 'test/mutation/environment.js'),
  maxWorkers: 1,
};

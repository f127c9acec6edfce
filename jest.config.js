/**
 * TypeScript and the ESM-only packages (kubernetes-models) are compiled to CommonJS by
 * test/transform.js; type-checking is `npm run typecheck`'s job.
 *
 * `npm test` runs every test file but the process-level ones (PROCESS_TESTS), which run real synth,
 * git and cdk8s processes, each taking seconds of CPU: they are `npm run test:process`
 * (jest.process.config.js), which CI runs too.
 * @type {import('jest').Config}
 */
const PROCESS_TESTS = ['faults', 'load-errors', 'pre-commit', 'cdk8s-cli', 'run-script', 'synth-process'].map(
  (name) => `<rootDir>/test/${name}.test.ts`,
);

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...PROCESS_TESTS],
  resolver: '<rootDir>/test/resolver.js',
  transform: { '\\.[cm]?[tj]s$': '<rootDir>/test/transform.js' },
  // Every file goes through the transform, which leaves CommonJS as it is: no list of ESM packages to keep.
  transformIgnorePatterns: [],
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
  // Jest's default is one worker fewer than the cores: on a 2-core CI machine that is one, and the suite
  // runs serially. The files are independent, so use every core.
  maxWorkers: '100%',
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
};

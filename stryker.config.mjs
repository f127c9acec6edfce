// @ts-check
/**
 * `npm run test:mutation`: StrykerJS mutates charts/ and lib/ (never the generated imports/) and runs
 * the tests of jest.mutation.config.js against each mutant. A mutant no test notices is a behaviour
 * nothing guards. Incremental: the result of every mutant is kept in reports/mutation/incremental.json
 * (not committed, see docs/design/tests.md), so a rerun tests only the mutants of changed code or tests.
 *
 * One file or a part of one: `npm run test:mutation -- --mutate lib/references.ts` (or
 * `charts/kafka.ts:140-175`). Survivors that cannot be killed are listed, with the reason, in
 * test/mutation/equivalent-mutants.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: ['charts/**/*.ts', 'lib/**/*.ts'],
  // `// @ts-nocheck` only where mutants are (its default is every file: examples/workload.ts would then
  // differ from the README's copy of it).
  disableTypeChecks: '{charts,lib}/**/*.ts',
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  // event-recorder: each mutant's result in reports/mutation/events/ as soon as it is tested, so that a
  // run stopped early still tells what it measured (scripts/mutation-summary.mjs); the HTML and JSON
  // reports are written at the end of a run only.
  reporters: ['clear-text', 'progress', 'html', 'json', 'event-recorder'],
  eventReporter: { baseDir: process.env.MUTATION_EVENTS ?? 'reports/mutation/events' },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The machine has 2 cores, shared: one Jest per core.
  concurrency: 2,
  timeoutMS: 30000,
  thresholds: { high: 95, low: 85, break: null },
  ignorePatterns: ['dist', 'reports', '.bench', 'coverage', '.stryker-tmp*'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // A random sample (scripts/mutation-sample.mjs): only its mutants are run, the others are ignored.
  ...(process.env.MUTATION_SAMPLE && {
    plugins: ['@stryker-mutator/*', './scripts/mutation-sample-ignorer.mjs'],
    ignorers: ['sample'],
  }),
};

/**
 * The test environment of `npm run test:mutation` (jest.mutation.config.js): Node's, plus "bail at the
 * first failure" inside the kill set's one file. Jest bails only between test files, and the kill set
 * is one file, so without this every test covering a mutant would still run after the first one had
 * killed it; a killed mutant now costs the tests up to the first failure. Only while StrykerJS runs a
 * mutant (its __STRYKER_ACTIVE_MUTANT__ is set): its dry run, which records which tests cover which
 * mutant, runs every test.
 */
const { TestEnvironment } = require('jest-environment-node');

class BailingEnvironment extends TestEnvironment {
  failed = false;

  handleTestEvent(event) {
    if (process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) return;
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') this.failed = true;
    // jest-circus reads `test.mode` right after this event to decide whether to skip the test.
    else if (event.name === 'test_start' && this.failed) event.test.mode = 'skip';
  }
}

module.exports = BailingEnvironment;

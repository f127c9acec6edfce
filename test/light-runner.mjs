/**
 * `npm test`'s runner (jest.light.config.js): jest-light-runner, which runs the test files one after
 * another in each worker with Node's own module loader (test/light-setup.js), plus Jest's own rule for a
 * file whose tests are all skipped: the file counts as skipped.
 */
import { createRunner } from 'jest-light-runner';

// Child processes, not worker threads: the code under test sees itself on a main thread (lib/parallel.ts
// starts synth's second thread only from one), as under Jest's own runner.
const LightRunner = createRunner({ runtime: 'child_process' });

export default class Runner extends LightRunner {
  runTests(tests, watcher, onStart, onResult, onFailure) {
    const result = (test, r) =>
      onResult(test, {
        ...r,
        skipped: r.numPendingTests === r.numPassingTests + r.numFailingTests + r.numPendingTests,
      });
    return super.runTests(tests, watcher, onStart, result, onFailure);
  }
}

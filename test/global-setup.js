/**
 * Before the workers start:
 * - synthesize the real platform once (test/fixtures/synth-json.ts) into a JSON file that every test file
 *   reads (test/helpers.ts `synth`) instead of synthesizing and validating it again;
 * - bundle the heavy dependencies for the resolver (test/vendor.js);
 * - for the light runner (test/light-global-setup.js), compile the project's sources (test/compile.js);
 * - run the entry points that tests then start as many concurrent processes (`warmUps`: the process-level
 *   suite's, jest.process.config.js), once, so that those processes find scripts/run.mjs's bundle and code
 *   caches ready instead of each bundling the app on a fresh clone. `npm test` starts none concurrently.
 * The folder of the JSON and the bundle is removed by test/global-teardown.js.
 */
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { compileProject } = require('./compile');
const { buildVendor } = require('./vendor');

const root = join(__dirname, '..');

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/run.mjs'), ...args], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`warm-up ${args[0]} exited ${code}`))));
  });
}

/**
 * `warmUps`: entry points (relative to the repository) with their arguments before the output folder;
 * `compile`: also compile the project for the light runner's workers (test/compile.js).
 */
async function setUp(warmUps = [], { compile = false } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'orofi-warm-up-'));
  const shared = mkdtempSync(join(tmpdir(), 'orofi-test-output-'));
  process.env.OROFI_TEST_OUTPUT = join(shared, 'environments.json');
  try {
    await Promise.all([
      buildVendor(join(shared, 'vendor')).then(() => (process.env.OROFI_TEST_VENDOR = join(shared, 'vendor'))),
      compile &&
        compileProject(join(shared, 'compiled')).then(
          () => (process.env.OROFI_TEST_COMPILED = join(shared, 'compiled')),
        ),
      run([join(root, 'test/fixtures/synth-json.ts'), process.env.OROFI_TEST_OUTPUT]),
      ...warmUps.map(([entry, ...args], i) => run([join(root, entry), ...args, join(scratch, String(i))])),
    ]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

module.exports = () => setUp();
module.exports.setUp = setUp;

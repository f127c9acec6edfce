/**
 * Before the workers start:
 * - synthesize the real platform once (test/fixtures/synth-json.ts) into a JSON file that every test file
 *   reads (test/helpers.ts `synth`) instead of synthesizing and validating it again;
 * - bundle the two entry points that tests run as real processes (the synth fixtures), once, so that the
 *   concurrent processes of synth-command and faults tests find scripts/run.mjs's bundle and code caches
 *   ready instead of each bundling the app on a fresh clone;
 * - bundle the heavy dependencies for the resolver (test/vendor.js).
 * The folder of the JSON and the bundle is removed by test/global-teardown.js.
 */
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { buildVendor } = require('./vendor');

const root = join(__dirname, '..');

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/run.mjs'), ...args], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`warm-up ${args[0]} exited ${code}`))));
  });
}

module.exports = async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'orofi-warm-up-'));
  const shared = mkdtempSync(join(tmpdir(), 'orofi-test-output-'));
  process.env.OROFI_TEST_OUTPUT = join(shared, 'environments.json');
  try {
    await Promise.all([
      buildVendor(join(shared, 'vendor')).then(() => (process.env.OROFI_TEST_VENDOR = join(shared, 'vendor'))),
      run([join(root, 'test/fixtures/synth-json.ts'), process.env.OROFI_TEST_OUTPUT]),
      run([join(root, 'test/fixtures/synth.ts'), join(scratch, 'real')]),
      run([join(root, 'test/fixtures/synth-generated.ts'), '1', join(scratch, 'generated')]),
    ]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
};

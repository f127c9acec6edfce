#!/usr/bin/env node
// `npm run test:mutation`: StrykerJS with stryker.config.mjs; extra arguments go to `stryker run`
// (e.g. `-- --mutate lib/references.ts`). Stryker runs the tests in sandboxes under .stryker-tmp/, so
// the tests that read ../shared (Polaris's checks) would look for .stryker-tmp/shared: it is linked to
// the real one when there is one (without it they skip, and the score is a kill set's without them).
// The heavy packages are bundled once into a scratch folder (as Jest's global setup does for
// `npm test`, test/vendor.js), which every mutant's Jest run then loads as one file instead of ~750:
// 0.6 to 0.9 s less CPU per mutant (docs/design/tests.md). Prints how long the run took.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
// The sandboxes are made under `--tempDirName` when it is given (a run of its own beside another).
const temp = process.argv.includes('--tempDirName')
  ? process.argv[process.argv.indexOf('--tempDirName') + 1]
  : '.stryker-tmp';
const link = join(root, temp, 'shared');
if (existsSync(shared)) {
  mkdirSync(dirname(link), { recursive: true });
  rmSync(link, { force: true });
  symlinkSync(shared, link);
}
const started = performance.now();
const vendor = mkdtempSync(join(tmpdir(), 'orofi-mutation-vendor-'));
await createRequire(import.meta.url)('../test/vendor.js').buildVendor(vendor);
const stryker = spawnSync(
  process.execPath,
  [join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, OROFI_TEST_VENDOR: vendor } },
);
rmSync(vendor, { recursive: true, force: true });
console.log(`test:mutation: ${((performance.now() - started) / 60000).toFixed(1)} min`);
process.exit(stryker.status ?? 1);

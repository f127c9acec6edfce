#!/usr/bin/env node
// `npm run test:mutation`: StrykerJS with stryker.config.mjs; extra arguments go to `stryker run`
// (e.g. `-- --mutate lib/references.ts`). Stryker runs the tests in sandboxes under .stryker-tmp/, so
// the tests that read ../shared (Polaris's checks) would look for .stryker-tmp/shared: it is linked to
// the real one when there is one. Prints how long the run took.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const link = join(root, '.stryker-tmp', 'shared');
if (existsSync(shared)) {
  mkdirSync(dirname(link), { recursive: true });
  rmSync(link, { force: true });
  symlinkSync(shared, link);
}
const started = performance.now();
const stryker = spawnSync(
  process.execPath,
  [join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
console.log(`test:mutation: ${((performance.now() - started) / 60000).toFixed(1)} min`);
process.exit(stryker.status ?? 1);

#!/usr/bin/env node
// `npm run test:properties`: the property-based tests of test/properties.test.ts with many more cases than
// `npm test` runs (10 valid platforms, 100 broken ones, 3 per kind of mistake; here a tenth of --runs per kind).
//
// Options: --runs N (default 500) cases per property; --seed N (default 9, the one `npm test` uses) or
// --seed random. The seed is printed first: the same seed and runs give the same cases.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(option('runs', 500));
const seedOption = option('seed', '9');
const seed = seedOption === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(seedOption);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run test:properties -- [--runs N] [--seed N|random]');
  process.exit(2);
}
console.log(`properties: seed ${seed}, ${runs} runs per property`);
console.log(`  reproduce: npm run test:properties -- --seed ${seed} --runs ${runs}`);
const started = performance.now();
const jest = spawnSync(process.execPath, [resolve(root, 'node_modules/jest/bin/jest.js'), 'test/properties.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PROPERTY_SEED: String(seed), PROPERTY_RUNS: String(runs) },
});
console.log(
  `properties: ${((performance.now() - started) / 1000).toFixed(1)} s, seed ${seed}, ${runs} runs per property`,
);
process.exit(jest.status ?? 1);

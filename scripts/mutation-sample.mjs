#!/usr/bin/env node
// A random sample of the mutants of charts/ and lib/, for an estimate of the overall score when the
// full run (thousands of mutants, a day on this machine) does not fit:
//
//   node scripts/mutation-sample.mjs --size 60 --seed 18 > reports/mutation/sample.json
//   npm run test:mutation -- --mutate "$(node scripts/mutation-sample.mjs --size 60 --seed 18 --mutate)"
//   node scripts/mutation-summary.mjs reports/mutation/events --sample reports/mutation/sample.json
//
// The mutants are listed by StrykerJS's own instrumenter (the mutants `stryker run` makes of the same
// files, in the same order), drawn without replacement with a seeded generator (same seed, same sample),
// and given to `--mutate` as the exact range of each. A range also takes the mutants of the code inside
// it: the summary counts only the sampled ones (`--sample`), and with MUTATION_SAMPLE set to the sample's
// JSON StrykerJS runs only those (scripts/mutation-sample-ignorer.mjs).
//
// The first k draws of a seed are the same whatever the size, so a sample grows in batches, each one a
// run of its own: `--size 200 --from 120` is draws 120 to 199, which with `--size 120` makes the sample
// `--size 200`; the summary takes the events folders of every batch.
//
// `--files lib/config/,lib/docs.ts` draws from the mutants of those files alone (comma-separated path
// prefixes): a sample of one group of files, for that group's score.
import { relative } from 'node:path';
import { mutantsOf, mutatedFiles, root } from './mutation-mutants.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const size = Number(arg('size', 60));
const seed = Number(arg('seed', 18));
const from = Number(arg('from', 0));
const only = arg('files', '')
  .split(',')
  .filter((prefix) => prefix !== '');

const files = mutatedFiles(only);
if (files.length === 0) {
  console.error(`mutation-sample: no file of charts/ or lib/ starts with ${only.join(' or ')}`);
  process.exit(1);
}
const mutants = await mutantsOf(files);

// mulberry32: a small seeded generator; a partial Fisher-Yates shuffle draws without replacement.
let state = seed >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const order = mutants.map((_, i) => i);
for (let i = 0; i < Math.min(size, order.length); i++) {
  const j = i + Math.floor(random() * (order.length - i));
  [order[i], order[j]] = [order[j], order[i]];
}
const sample = order
  .slice(from, size)
  .sort((a, b) => a - b)
  .map((i) => {
    const m = mutants[i];
    return {
      file: relative(root, m.fileName),
      // StrykerJS's locations: lines from 0 in the API, from 1 in `--mutate` ranges; columns from 0 in both.
      location: m.location,
      mutatorName: m.mutatorName,
      replacement: m.replacement,
    };
  });

if (process.argv.includes('--mutate')) {
  const range = ({ file, location: { start, end } }) =>
    `${file}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`;
  console.log([...new Set(sample.map(range))].join(','));
} else {
  console.log(
    JSON.stringify({ seed, size, from, only, population: mutants.length, files: files.length, sample }, null, 2),
  );
}

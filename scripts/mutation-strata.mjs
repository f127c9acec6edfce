#!/usr/bin/env node
// The score over all of charts/ and lib/ from a stratified sample: the population split into groups of
// files (strata), each sampled on its own (scripts/mutation-sample.mjs --files), each run its own way:
//
//   node scripts/mutation-strata.mjs \
//     --stratum reports/mutation/cfg.json reports/mutation/cfg-events \
//     --stratum reports/mutation/rest.json reports/mutation/rest-events,reports/mutation/rest2-events
//
// Each stratum is its sample's JSON (or several samples of the same files, comma-separated: their union)
// and its events folders (comma-separated). The strata must hold every file of charts/ and lib/ that has
// mutants exactly once (checked against the tree's, with StrykerJS's instrumenter), and their runs be of
// comparable trees (not checkable here: the caller's word). A stratum's score is over its valid
// mutants (compile and runtime errors out, as in StrykerJS's score); the estimate weighs each stratum's
// score by its share of the population's valid mutants, that share estimated from its sample:
//
//   score = sum over strata of W_h p_h, W_h = N_h v_h / sum(N_k v_k), 95 % interval +- 1.96 sqrt(sum W_h^2 p_h (1 - p_h) / n_h)
//
// (N_h the stratum's mutants, v_h the valid fraction of its sample, n_h its valid sampled mutants, p_h
// their detected fraction). The interval is the normal one and takes the weights as known; with a
// stratum at 0 or 100 % it understates the uncertainty of that stratum.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mutantKey } from './mutation-key.mjs';
import { mutantsOf, mutatedFiles, root } from './mutation-mutants.mjs';
const args = process.argv.slice(2);
const strata = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] !== '--stratum' || args[i + 2] === undefined) {
    console.error('usage: mutation-strata.mjs --stratum <sample.json> <events>[,<events>...] [--stratum ...]');
    process.exit(2);
  }
  strata.push({ sampleFiles: args[i + 1].split(','), dirs: args[i + 2].split(',') });
  i += 2;
}

/** A mutated file's path in the repository, wherever the run's sandbox or clone was. */
const inRepository = (fileName) => fileName.slice(fileName.search(/\/(charts|lib)\/[^/]+/) + 1);

/** Every file of charts/ and lib/ that has mutants. */
const mutants = await mutantsOf(mutatedFiles());
const mutated = [...new Set(mutants.map((m) => relative(root, m.fileName)))].sort();

const rows = strata.map(({ sampleFiles, dirs }) => {
  const samples = sampleFiles.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const sampleFile = sampleFiles.join(',');
  const only = samples[0].only ?? [];
  if (samples.some((s) => JSON.stringify(s.only ?? []) !== JSON.stringify(only))) {
    console.error(`${sampleFile}: samples of different files`);
    process.exit(1);
  }
  const keys = new Set(samples.flatMap((s) => s.sample.map((m) => mutantKey(m.file, m, 1))));
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0 };
  const seen = new Set();
  for (const dir of dirs)
    for (const f of readdirSync(dir).filter((name) => name.endsWith('-onMutantTested.json'))) {
      const m = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const key = mutantKey(inRepository(m.fileName), m, 0);
      if (keys.has(key) && !seen.has(key)) {
        seen.add(key);
        counts[m.status]++;
      }
    }
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  // The population as the newest sample counted it (the files may have changed between samples).
  const population = samples.at(-1).population;
  return { sampleFile, only, population, sampled: keys.size, tested: seen.size, valid, detected };
});

const problems = [];
for (const file of mutated) {
  const owners = rows.filter((r) => r.only.length === 0 || r.only.some((prefix) => file.startsWith(prefix)));
  if (owners.length !== 1) problems.push(`${file}: in ${owners.length} strata`);
}
for (const r of rows) {
  if (r.tested < r.sampled) problems.push(`${r.sampleFile}: ${r.tested} of ${r.sampled} sampled mutants tested`);
  if (r.valid === 0) problems.push(`${r.sampleFile}: no valid mutant tested`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const pct = (x) => `${(100 * x).toFixed(1)} %`;
const validMutants = rows.map((r) => (r.population * r.valid) / r.tested);
const totalValid = validMutants.reduce((a, b) => a + b, 0);
let score = 0;
let variance = 0;
console.log('stratum | mutants | sampled | valid | detected | score | weight');
rows.forEach((r, i) => {
  const p = r.detected / r.valid;
  const w = validMutants[i] / totalValid;
  score += w * p;
  variance += (w * w * p * (1 - p)) / r.valid;
  const name =
    r.only.length === 0
      ? '(all)'
      : r.only.length <= 5
        ? r.only.join(',')
        : `${r.only.length} files and folders (${r.sampleFile})`;
  console.log([name, r.population, r.tested, r.valid, r.detected, pct(p), pct(w)].join(' | '));
});
const half = 1.96 * Math.sqrt(variance);
console.log(
  `\nstratified estimate over ${rows.reduce((a, r) => a + r.population, 0)} mutants: ${pct(score)}, ` +
    `95 % interval ${pct(Math.max(0, score - half))} to ${pct(Math.min(1, score + half))}`,
);

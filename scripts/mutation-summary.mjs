#!/usr/bin/env node
// Scores per file from the mutants tested so far: `node scripts/mutation-summary.mjs [events folder...]`
// (default reports/mutation/events; several folders, e.g. the batches of one sample, add up). StrykerJS's event-recorder reporter (stryker.config.mjs) writes
// each mutant's result there as soon as it is tested, so a run stopped early still tells what it
// measured; the HTML and JSON reports appear only at the end of a run. Prints the survivors too.
// `--sample <file>` (scripts/mutation-sample.mjs) counts only the sampled mutants, and prints the
// estimate of the score over the population with its 95 % confidence interval (Wilson's), over all and
// per top folder (charts/, lib/).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { mutantKey } from './mutation-key.mjs';

const args = process.argv.slice(2);
const sampleAt = args.indexOf('--sample');
const sampleFile = sampleAt < 0 ? undefined : args.splice(sampleAt, 2)[1];
const dirs = (args.length > 0 ? args : ['reports/mutation/events']).map((d) => resolve(d));
const sample = sampleFile ? JSON.parse(readFileSync(sampleFile, 'utf8')) : undefined;
const sampled = sample && new Set(sample.sample.map((m) => mutantKey(m.file, m, 1)));
const inSample = (file, m, base) => !sampled || sampled.has(mutantKey(file, m, base));
const events = (suffix) =>
  dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(suffix))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))),
  );
const tested = events('-onMutantTested.json').filter((m) => inSample(relative(process.cwd(), m.fileName), m, 0));
const planned = events('-onMutationTestingPlanReady.json')
  .flatMap((plan) => plan.mutantPlans)
  .filter((p) => inSample(relative(process.cwd(), p.mutant.fileName), p.mutant, 1));

const files = new Map();
const row = (file) => {
  if (!files.has(file))
    files.set(file, {
      planned: 0,
      Killed: 0,
      Timeout: 0,
      Survived: 0,
      NoCoverage: 0,
      CompileError: 0,
      RuntimeError: 0,
      Ignored: 0,
    });
  return files.get(file);
};
for (const p of planned) row(relative(process.cwd(), p.mutant.fileName)).planned++;
const survivors = [];
for (const m of tested) {
  const file = relative(process.cwd(), m.fileName);
  row(file)[m.status]++;
  if (m.status === 'Survived' || m.status === 'NoCoverage')
    survivors.push(
      `${file}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName}: ${m.replacement.replace(/\s+/g, ' ').slice(0, 100)}`,
    );
}
const score = (r) => {
  const detected = r.Killed + r.Timeout;
  const valid = detected + r.Survived + r.NoCoverage;
  return valid === 0 ? '-' : `${((100 * detected) / valid).toFixed(2)} %`;
};
const total = row('(all)');
for (const [file, r] of files) if (file !== '(all)') for (const k of Object.keys(r)) total[k] += r[k];
console.log(
  'file | planned | tested | killed | timeout | survived | no coverage | compile error | runtime error | score',
);
for (const [file, r] of [...files].sort()) {
  const done = r.Killed + r.Timeout + r.Survived + r.NoCoverage + r.CompileError + r.RuntimeError + r.Ignored;
  console.log(
    [
      file,
      r.planned,
      done,
      r.Killed,
      r.Timeout,
      r.Survived,
      r.NoCoverage,
      r.CompileError,
      r.RuntimeError,
      score(r),
    ].join(' | '),
  );
}
console.log(`\n${survivors.length} survivors:\n${survivors.sort().join('\n')}`);
if (sample) {
  // Compile and runtime errors are not in a score (as in StrykerJS's): the estimate is over the valid
  // mutants of the sample. A runtime error is a mutant that breaks the synth while the test files load
  // (`npm test` fails on it); the second interval counts those as detected.
  const pct = (x) => `${(100 * x).toFixed(1)} %`;
  const wilson = (detected, n) => {
    if (n === 0) return 'no valid mutant tested';
    const p = detected / n;
    const z = 1.96;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n)) || 0;
    return `${detected} of ${n}, ${pct(p)}, 95 % interval ${pct(Math.max(0, centre - half))} to ${pct(Math.min(1, centre + half))}`;
  };
  const sum = (rows) => {
    const r = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, RuntimeError: 0 };
    for (const row of rows) for (const k of Object.keys(r)) r[k] += row[k];
    const detected = r.Killed + r.Timeout;
    const n = detected + r.Survived + r.NoCoverage;
    return { detected, n, runtime: r.RuntimeError };
  };
  const all = sum([total]);
  console.log(
    `\nestimate (not the full run): seed ${sample.seed}, ${sample.sample.length} of ${sample.population} mutants sampled, ` +
      `${planned.length} planned and found, ${tested.length} tested, ${all.n} valid (Wilson):\n` +
      `  all:  ${wilson(all.detected, all.n)}; runtime errors as detected: ` +
      `${wilson(all.detected + all.runtime, all.n + all.runtime)}`,
  );
  for (const top of ['charts', 'lib']) {
    const part = sum([...files].filter(([file]) => file.startsWith(`${top}/`)).map(([, r]) => r));
    console.log(`  ${top}/: ${wilson(part.detected, part.n)}`);
  }
}

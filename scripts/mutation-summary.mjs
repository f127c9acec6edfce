#!/usr/bin/env node
// Scores per file from the mutants tested so far: `node scripts/mutation-summary.mjs [events folder]`
// (default reports/mutation/events). StrykerJS's event-recorder reporter (stryker.config.mjs) writes
// each mutant's result there as soon as it is tested, so a run stopped early still tells what it
// measured; the HTML and JSON reports appear only at the end of a run. Prints the survivors too.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'reports/mutation/events');
const tested = readdirSync(dir)
  .filter((f) => f.endsWith('-onMutantTested.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const plan = readdirSync(dir).find((f) => f.endsWith('-onMutationTestingPlanReady.json'));
const planned = plan ? JSON.parse(readFileSync(join(dir, plan), 'utf8')).mutantPlans : [];

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
